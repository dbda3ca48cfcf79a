"""TEMP SHIM until the real module lands."""
from __future__ import annotations
import re

class SymbolError(ValueError):
    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r} is not a UN document symbol: {reason}")
        self.text = text
        self.reason = reason

_RES = re.compile(r"\b(?:ga\s+)?(?:res(?:olution)?\.?)\s*(\d{2,4})/(\d+)\b", re.I)
_SYM = re.compile(r"\b(?:A|E|S|WSIS-0[35]|GA|ECOSOC)(?:/[A-Za-z0-9.()]+)+(?:\s*[-–]\s*(?:A|E)(?:/[A-Za-z0-9.()]+)+)?", re.I)

def normalize(text: str) -> str:
    t = text.strip().strip(".,;:?!`'\"")
    m = _RES.fullmatch(t)
    if m:
        a, b = m.groups()
        return f"E/RES/{a}/{b}" if len(a) == 4 else f"A/RES/{a}/{b}"
    if "/" not in t or len(t) > 200:
        raise SymbolError(text, "no slash")
    parts = re.split(r"\s*[-–—]\s*(?=[AE]/)", t)
    out = []
    for p in parts:
        p = re.sub(r"\s+", "", p).upper()
        p = p.replace("/ADD.", "/Add.").replace("/CORR.", "/Corr.").replace("(REV.", "(Rev.").replace("/REV.", "/Rev.")
        p = re.sub(r"/CRP(\d)", r"/CRP.\1", p)
        out.append(p)
    return "-".join(out)

def try_normalize(text: str) -> str | None:
    try:
        return normalize(text)
    except SymbolError:
        return None

def lookup_key(symbol: str) -> str:
    s = try_normalize(symbol) or symbol
    return re.sub(r"[\s.]", "", s.upper()).replace("–", "-")

def split_joint(symbol: str) -> list[str]:
    return re.split(r"-(?=[AE]/)", symbol)

def find_symbols(text: str) -> list[str]:
    found = []
    for m in _RES.finditer(text):
        found.append(normalize(m.group(0)))
    for m in _SYM.finditer(text):
        s = try_normalize(m.group(0))
        if s and s not in found:
            found.append(s)
    return found

def looks_like_symbol(text: str) -> bool:
    return try_normalize(text) is not None
