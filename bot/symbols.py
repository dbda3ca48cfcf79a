"""UN document symbols as people type them -> the canonical symbol the UN prints.

Delegates write `a/res/66/184`, `res 66/184`, `E/CN.16/2012/CRP2`, `A/67/66 – E/2012/49` or paste
an undocs.org link; the knowledge base stores `A/RES/66/184`, `E/CN.16/2012/CRP.2`,
`A/67/66-E/2012/49`. Everything here is pure and total: any input gives a symbol or a
`SymbolError` saying what is wrong, never another exception, in time linear in its length.
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_SYMBOL_CHARS = 200
"""No real symbol is longer; longer input is refused before any pattern runs on it."""

SERIES = ("A", "E", "S", "ST", "GA", "ECOSOC", "UNEP", "TD", "UNCTAD")
"""Leading components seen in the WSIS follow-up, besides summit symbols (WSIS-03, WSIS-05)."""


class SymbolError(ValueError):
    """`text` is not a UN document symbol; `reason` says why, the message how one looks."""

    def __init__(self, text: str, reason: str) -> None:
        shown = text if len(text) <= 60 else text[:57] + "..."
        super().__init__(
            f"{shown!r} is not a UN document symbol: {reason}. "
            "Symbols look like A/RES/66/184, E/CN.16/2012/CRP.2 or A/67/66-E/2012/49."
        )
        self.text = text
        self.reason = reason


_RESOLUTION = re.compile(
    r"^(?:(ga|ecosoc|un ?ga|general assembly|economic and social council)\s+)?"
    r"(?:res|reso|resolution)s?\.?\s*(\d{1,4})\s*/\s*(\d{1,4})$",
    re.I,
)
_UNDOCS = re.compile(r"^https?://(?:www\.)?(?:undocs\.org|documents\.un\.org)/(?:[a-z]{2}/)?(.+)$", re.I)
_JOINT = re.compile(r"\s*[-–—]\s*(?=(?:A|E|S|ST)\s*/)", re.I)
_LANGUAGE_SUFFIX = re.compile(r"-[EFSRCA]$", re.I)
_SUMMIT = re.compile(r"^WSIS-?(\d{2})$", re.I)
_COMPONENT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), template)
    for pattern, template in (
        (r"^(\d+)\(rev\.?(\d+)\)$", "{0}(Rev.{1})"),
        (r"^add\.?(\d+)$", "Add.{0}"),
        (r"^corr\.?(\d+)$", "Corr.{0}"),
        (r"^rev\.?(\d+)$", "Rev.{0}"),
        (r"^([a-z]{1,6})\.?(\d+)$", "{0!u}.{1}"),
        (r"^(\d+)$", "{0}"),
        (r"^([a-z]{1,12})$", "{0!u}"),
    )
)


def _format(template: str, groups: tuple[str, ...]) -> str:
    out = template
    for i, value in enumerate(groups):
        out = out.replace(f"{{{i}!u}}", value.upper()).replace(f"{{{i}}}", value)
    return out


def _strip(text: str) -> str:
    text = text.strip()
    link = re.fullmatch(r"<([^<>|]*)\|([^<>]*)>", text)
    if link:
        text = link.group(2).strip()
    elif text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    text = text.strip(" \t`'\"“”‘’[]{}")
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    while text and text[-1] in ".,;:?!" and not re.search(r"\.\d*$", text[:-1] + "x"):
        text = text[:-1].rstrip()
    while text and text[-1] in ",;:?!":
        text = text[:-1].rstrip()
    if text.endswith(".") and not re.search(r"[A-Za-z]\.$", text[-2:]):
        text = text[:-1]
    undocs = _UNDOCS.match(text)
    return undocs.group(1).rstrip("/") if undocs else text


def _part(text: str, original: str) -> str:
    """One symbol (no joint): components normalised one by one."""
    text = re.sub(r"\s*/\s*", "/", text.strip())
    text = re.sub(r"\s*\(\s*rev\.?\s*(\d+)\s*\)", r"(Rev.\1)", text, flags=re.I)
    if _SUMMIT.match(text.split("/", 1)[0]):  # 'wsis-05/tunis/doc/6 rev1' -> '.../6(Rev.1)'
        text = re.sub(r"(\d)\s+rev\.?\s*(\d+)$", r"\1(Rev.\2)", text, flags=re.I)
    else:  # 'A/67/66 add 1' -> 'A/67/66/Add.1'
        text = re.sub(r"(\d)\s+(add|corr|rev)\.?\s*(\d+)$", r"\1/\2.\3", text, flags=re.I)
    text = re.sub(r"(?i)\b(add|corr|rev|crp|l)\.?\s+(\d+)$", r"\1.\2", text)
    text = re.sub(r"(?i)\b(add|corr|rev|crp|l)\.?\s+(\d+)/", r"\1.\2/", text)
    components = text.split("/")
    if len(components) < 2 or any(not c for c in components):
        raise SymbolError(original, "a symbol has parts separated by single slashes")
    head = components[0]
    summit = _SUMMIT.match(head)
    if summit:
        head = f"WSIS-{summit.group(1)}"
        if components:
            components[-1] = _LANGUAGE_SUFFIX.sub("", components[-1])
    elif re.fullmatch(r"[A-Za-z]{1,8}", head):
        head = head.upper()
    else:
        raise SymbolError(original, f"it must start with a body's letters such as A or E, not {head!r}")
    out = [head]
    for comp in components[1:]:
        comp = comp.replace(" ", "")
        for pattern, template in _COMPONENT_RULES:
            match = pattern.match(comp)
            if match:
                out.append(_format(template, match.groups()))
                break
        else:
            raise SymbolError(original, f"{comp!r} is not a part of a symbol")
    if not any(ch.isdigit() for c in out[1:] for ch in c):
        raise SymbolError(original, "a symbol has a number in it")
    if out[1] == "CN" or (len(out) > 2 and out[1] == "RES" and not out[2].isdigit()):
        raise SymbolError(original, "its parts are incomplete")
    return "/".join(out)


def normalize(text: str) -> str:
    """A typed symbol -> the canonical one: 'e/cn.16/2012/crp2' -> 'E/CN.16/2012/CRP.2'.

    Example: normalize("res 66/184") == "A/RES/66/184"; normalize("resolution 2006/46") == "E/RES/2006/46".
    """
    if not isinstance(text, str):
        raise SymbolError(repr(text), "it is not text")
    return _normalize(text)


@lru_cache(maxsize=100_000)  # the validator and the index see each symbol several times
def _normalize(text: str) -> str:
    if len(text) > MAX_SYMBOL_CHARS:
        raise SymbolError(text, f"it is longer than {MAX_SYMBOL_CHARS} characters")
    cleaned = _strip(text)
    if not cleaned:
        raise SymbolError(text, "it is empty")
    if not cleaned.isascii() and not set(cleaned) - set("–—") <= set(map(chr, range(128))):
        raise SymbolError(text, "it has characters no symbol uses")
    if any(not ch.isprintable() for ch in cleaned):
        raise SymbolError(text, "it has control characters")
    resolution = _RESOLUTION.match(cleaned)
    if resolution:
        return _resolution(text, *resolution.groups())
    parts = _JOINT.split(cleaned)
    if len(parts) > 4:
        raise SymbolError(text, "it joins too many symbols")
    return "-".join(_part(p, text) for p in parts)


def _resolution(original: str, body: str | None, first: str, number: str) -> str:
    body = (body or "").lower().replace(" ", "")
    year = len(first) == 4
    if year and not 1946 <= int(first) <= 2099:
        raise SymbolError(original, f"{first} is not a year of ECOSOC resolutions")
    if body in ("ga", "unga", "generalassembly") and year:
        raise SymbolError(original, "General Assembly resolutions are numbered by session (66/184), not by year")
    if body in ("ecosoc", "economicandsocialcouncil") and not year:
        raise SymbolError(original, "ECOSOC resolutions are numbered by year (2006/46)")
    if not year and not 1 <= int(first) <= 999:
        raise SymbolError(original, f"{first} is not a session of the General Assembly")
    return f"{'E' if year else 'A'}/RES/{int(first)}/{int(number)}"


def try_normalize(text: str) -> str | None:
    """normalize(text), or None when it is not a symbol."""
    try:
        return normalize(text)
    except SymbolError:
        return None


@lru_cache(maxsize=100_000)
def lookup_key(symbol: str) -> str:
    """A key equal for every spelling of one symbol (case, dots, spaces, dash kind). Never raises."""
    text = try_normalize(symbol) or (symbol[:MAX_SYMBOL_CHARS] if isinstance(symbol, str) else "")
    return re.sub(r"[\s.]", "", text.upper()).replace("–", "-").replace("—", "-")


def split_joint(symbol: str) -> list[str]:
    """'A/67/66-E/2012/49' -> ['A/67/66', 'E/2012/49']; a single symbol -> [symbol]."""
    return _JOINT.split(symbol)


_CANDIDATE = re.compile(
    r"(?:\b(?:ga|ecosoc)\s+)?\b(?:res|reso|resolution)s?\.?\s*\d{1,4}\s*/\s*\d{1,4}\b"  # res 66/184
    r"|https?://\S+"
    r"|(?<![\w/])(?:wsis-?0\d|[a-z]{1,8})(?:\s*/\s*[a-z0-9.]+(?:\s*\(\s*rev\.?\s*\d+\s*\))?)+"
    r"(?:\s+(?:add|corr|rev)\.?\s*\d+(?!\s*/))?"
    r"(?:\s*[-–—]\s*(?:a|e|s)\s*/\s*[a-z0-9.]+(?:\s*/\s*[a-z0-9.]+)*)*",
    re.I,
)


def find_symbols(text: str) -> list[str]:
    """Canonical symbols mentioned in free text, in order, without duplicates.

    Example: find_symbols("what does res 66/184 ask?") == ["A/RES/66/184"]
    """
    if not isinstance(text, str):
        return []
    found: list[str] = []
    text = re.sub(r"<([^<>|]*)\|([^<>]*)>", r" \2 ", text[:4000])  # Slack links: keep the label
    for match in _CANDIDATE.finditer(text):
        candidate = match.group(0)
        tail = text[match.end():match.end() + 12]
        rev = re.match(r"\s*\(?\s*rev\.?\s*(\d+)\s*\)?", tail, re.I)
        if rev and candidate.lower().startswith("wsis") and "(" not in candidate:
            candidate += f"(Rev.{rev.group(1)})"
        symbol = try_normalize(candidate) or try_normalize(candidate.rstrip(".,;:>)"))
        if symbol and symbol not in found:
            found.append(symbol)
    return found


def looks_like_symbol(text: str) -> bool:
    """Is this an attempt at a symbol (for UI hints), even if not a valid one?"""
    return isinstance(text, str) and len(text) <= MAX_SYMBOL_CHARS and bool(
        re.search(r"[A-Za-z]\s*/\s*\w", text) or _RESOLUTION.match(text.strip())
    )
