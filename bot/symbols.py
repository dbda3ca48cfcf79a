"""UN document symbols as people type them -> the one spelling the UN prints.

Answers cite documents by symbol and look-ups start from one, so `res 66/184`, `a/67/66 add 1`
and `E/CN.16/2012/CRP2` must become `A/RES/66/184`, `A/67/66/Add.1` and `E/CN.16/2012/CRP.2`.
Pure and standard-library only. Any input gives a symbol or a SymbolError, never another
exception: text is capped and reduced to a small ASCII alphabet before the patterns parse it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

MAX_SYMBOL_CHARS = 200
"""Longer text is refused before any pattern runs; the longest real joint symbol has ~40."""

EXAMPLES = "Symbols look like A/RES/66/184 or E/CN.16/2012/CRP.2."

MIXED_CASE = {"ADD": "Add", "CORR": "Corr", "REV": "Rev", "AMEND": "Amend", "SUPPL": "Suppl", "SUB": "Sub"}
"""Components the UN prints in mixed case (A/67/66/Add.1); all others are upper case (CRP.2, L.41)."""

PRESS_SERIES = frozenset({"GA", "ECOSOC", "SC", "SG", "HR", "DEV"})
"""Series whose two-part symbols (GA/10451) find_symbols accepts in prose; other two-part words
with a number (HTTP/2, COVID/19) are not symbols."""

_GA_BODIES = frozenset({"a", "ga", "unga", "general assembly"})
_ECOSOC_BODIES = frozenset({"e", "ecosoc", "economic and social council"})
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"))
_QUOTES = "\"'`*_~\u201c\u201d\u2018\u2019\u00ab\u00bb"  # and Slack's *bold*, _italic_, ~strike~
_TRAILING = ".,;:?!"
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_ALLOWED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/.-() ")
_FLAGS = re.IGNORECASE | re.ASCII

_BODY = r"(?P<body>ga|unga|general assembly|ecosoc|economic and social council|a|e)"
_SHORTHAND = re.compile(rf"(?:{_BODY} ?)?(?:res|reso|resolution)\.? ?(?P<session>\d{{1,4}}) ?[/-] ?(?P<number>\d{{1,5}})",
                        _FLAGS)
_SPACED = re.compile(r"(?P<body>a|e) res (?P<session>\d{1,4}) (?P<number>\d{1,5})", _FLAGS)  # "A RES 66 184"
_BARE_PAIR = re.compile(r"\d+ ?/ ?\d+")
_UNDOCS = re.compile(r"(?:https?://)?(?:www\.)?(?:undocs\.org|docs\.un\.org|documents\.un\.org)/"
                     r"(?:(?:en|fr|es|ru|zh|ar)/)?(?P<path>[^?#]*)(?:[?#].*)?", _FLAGS | re.DOTALL)
_JOINT = re.compile(r" ?- ?(?=[A-Za-z]+ ?/)")  # WSIS-05/... is not joint: digits follow its dash
_FILE_NAME = re.compile(r"(?:-(?:EN|FR|ES|RU|ZH|AR))?\.(?:pdf|docx?)\Z", _FLAGS)
_LANGUAGE = re.compile(r" ?- ?[EFSRCA]\Z", _FLAGS)  # WSIS-05/TUNIS/DOC/6(Rev.1)-E: the English file
_SPACED_SUFFIX = re.compile(r"(?<=\d) (?P<word>add|corr|rev)\.? ?(?P<number>\d{1,6})\Z", _FLAGS)
_SERIES = re.compile(r"(?P<letters>[A-Za-z]{1,10})(?:(?P<dash> ?- ?| ?)(?P<year>\d{2}))?")
_NUMBER = re.compile(r"\d{1,6}")
_WORD = re.compile(r"[A-Za-z]{1,10}")
_WORD_NUMBER = re.compile(r"(?P<word>[A-Za-z]{1,10}) ?\.? ?(?P<number>\d{1,6})")
_REVISED = re.compile(r"(?P<number>\d{1,6}) ?\( ?rev ?\.? ?(?P<rev>\d{1,3}) ?\)", _FLAGS)


class SymbolError(ValueError):
    """`text` is not a UN document symbol; `reason` says what is wrong, the message how one looks."""

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        shown = text if len(text) <= 60 else text[:57] + "..."
        super().__init__(f"{shown!r} is not a UN document symbol: {reason}. {EXAMPLES}")

    def __reduce__(self) -> tuple[type[SymbolError], tuple[str, str]]:
        return type(self), (self.text, self.reason)  # so that it survives pickling (multiprocessing)


class _Reject(Exception):
    """Why the text is not a symbol; normalize() turns it into a SymbolError naming the input."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def normalize(text: str) -> str:
    """The canonical symbol for a typed one; raises SymbolError for anything else.

    Example: normalize("e/cn.16/2012/crp2") == "E/CN.16/2012/CRP.2"; normalize("res 66/184") == "A/RES/66/184"
    """
    if not isinstance(text, str):
        raise SymbolError(f"<{type(text).__name__}>", "it is not text")
    stripped = text.strip()
    if len(stripped) > MAX_SYMBOL_CHARS:
        raise SymbolError(text, f"it is longer than {MAX_SYMBOL_CHARS} characters")
    try:
        return _normalize(stripped)
    except _Reject as exc:
        raise SymbolError(text, exc.reason) from None


def try_normalize(text: str) -> str | None:
    """normalize(text), or None when it is not a symbol."""
    try:
        return normalize(text)
    except SymbolError:
        return None


@lru_cache(maxsize=100_000)  # the validator and the index normalise each symbol several times
def _normalize(text: str) -> str:
    canonical = _canonical(text)
    return text if canonical == text else canonical  # one string, not two, in the cache for canonical input


def _canonical(text: str) -> str:
    cleaned = _clean(text)
    resolution = _SHORTHAND.fullmatch(cleaned) or _SPACED.fullmatch(cleaned)
    if resolution:
        series = _resolution_series(resolution["body"], resolution["session"])
        return f"{series}/RES/{int(resolution['session'])}/{int(resolution['number'])}"
    if _BARE_PAIR.fullmatch(cleaned):
        raise _Reject("a bare number pair is ambiguous; write 'resolution 66/184' (General Assembly, by session) "
                      "or 'resolution 2006/46' (ECOSOC, by year)")
    if "/" not in cleaned:
        try:
            return _joined(_slashed(cleaned))
        except _Reject:
            raise _Reject("it has no '/' between its parts") from None
    return _joined(cleaned)


def _joined(cleaned: str) -> str:
    """One symbol or a joint one (A/67/66-E/2012/49), each part in the UN's spelling."""
    parts = _JOINT.split(cleaned)
    if len(parts) > 4:
        raise _Reject("it joins more than four symbols")
    symbols = [_part(part) for part in parts]
    if len(symbols) > 1 and any("/RES/" in symbol for symbol in symbols):
        raise _Reject("resolutions have no joint symbols; give each resolution on its own")
    suffix = _SUFFIX.search(symbols[-1])
    if len(symbols) > 1 and suffix and not any(_SUFFIX.search(symbol) for symbol in symbols[:-1]):
        # "A/67/66-E/2012/49/Add.1": the addendum of the joint report is each part's addendum
        symbols = [symbol + suffix.group(0) for symbol in symbols[:-1]] + symbols[-1:]
    return "-".join(symbols)


_SUFFIX = re.compile(r"(?:/(?:Add|Corr|Rev|Amend)\.\d+)+$")


_NUMBERED_WORDS = frozenset({"AC", "ADD", "AMEND", "C", "CN", "CONF", "CORR", "CRP", "GC", "INF", "L", "MISC", "PV",
                             "R", "REV", "SR", "SUB", "SUPPL", "WG", "WP"})
"""Components that carry their number after a dot (CN.16, CRP.2, L.41, Add.1): typed with spaces
instead of slashes, "E CN 16 2012 CRP 2", the number is theirs, not a component of its own."""

_SPACED_SERIES = frozenset({"A", "CAT", "CCPR", "CEDAW", "CERD", "CRC", "DP", "E", "FCCC", "ICCD", "S", "ST", "T", "TD",
                            "UNEP", "WSIS"})
"""Series a space-typed symbol may start with: prose such as "paragraphs 34 and 35" is no symbol."""

_SPACED_TOKEN = re.compile(r"[A-Za-z]{1,10}(?:\.?\d{1,6})?|\d{1,6}")


def _slashed(text: str) -> str:
    """'E CN.16 2012 CRP.2' -> 'E/CN.16/2012/CRP.2': a symbol typed with spaces for slashes.

    Only when it starts with a known series and has a number; otherwise it is no symbol."""
    tokens = text.split(" ")
    if (len(tokens) < 3 or tokens[0].upper() not in _SPACED_SERIES or not any(c.isdigit() for c in text)
            or not all(_SPACED_TOKEN.fullmatch(t) for t in tokens)
            or any(t.lower() in ("and", "or", "of", "to", "in", "on") for t in tokens)):
        raise _Reject("it has no '/' between its parts")
    parts: list[str] = []
    for token in tokens:
        if token.isdigit() and parts and parts[-1].upper() in _NUMBERED_WORDS:
            parts[-1] = f"{parts[-1]}.{token}"
        else:
            parts.append(token)
    return "/".join(parts)


def _clean(text: str) -> str:
    """The symbol alone: no link, markup, quotes, brackets or trailing punctuation; ASCII, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)  # fullwidth and no-break forms -> ASCII
    if len(text) > MAX_SYMBOL_CHARS:  # NFKC can lengthen text ("㎑" -> "kHz")
        raise _Reject(f"it is longer than {MAX_SYMBOL_CHARS} characters")
    while True:  # every step shortens the text, so this ends
        before = text
        text = text.strip().strip(_QUOTES).rstrip(_TRAILING)
        if text.startswith("<") and text.endswith(">"):  # Slack markup: <url|label> or <url>
            inner = text[1:-1]
            if inner[:1] in ("!", "@", "#"):
                raise _Reject("it is a Slack mention or channel")
            text = inner.rpartition("|")[2]
        elif text[:1] in _BRACKETS and text[-1] == _BRACKETS[text[0]] and _balanced(text[1:-1]):
            text = text[1:-1]
        elif link := _UNDOCS.fullmatch(text):
            text = unquote(link["path"]).strip("/")
        if text == before:
            break
    if not text:
        raise _Reject("it is empty")
    if "://" in text or text.lower().startswith("www."):
        raise _Reject("the only links understood are undocs.org links")
    if "/" not in text and "_" in text:  # a downloaded file's name: A_RES_66_184-EN.pdf
        text = _FILE_NAME.sub("", text).replace("_", "/")
    for char in text:
        if char not in _ALLOWED:
            raise _Reject(f"it contains {char!r}, which no symbol has")
    return " ".join(text.split())


def _balanced(text: str) -> bool:
    """Whether parentheses pair up, so that '(A/1)(B/2)' is not unwrapped into 'A/1)(B/2'."""
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _resolution_series(body: str | None, session: str) -> str:
    """'A' for a General Assembly session (1-999), 'E' for an ECOSOC year (1946-2099); checks `body`."""
    value = int(session)
    if len(session) == 4 and 1946 <= value <= 2099:
        series = "E"
    elif len(session) <= 3 and 1 <= value <= 999:
        series = "A"
    else:
        raise _Reject(f"{session} is neither a General Assembly session (1-999) nor a year (1946-2099)")
    wanted = " ".join(body.lower().split()) if body else None
    if wanted in _ECOSOC_BODIES and series == "A":
        raise _Reject("ECOSOC resolutions are numbered by year, as in E/RES/2006/46")
    if wanted in _GA_BODIES and series == "E":
        raise _Reject("General Assembly resolutions are numbered by session, as in A/RES/66/184")
    return series


_GLUED_SERIES = re.compile(r"(?P<series>[AES])(?P<number>\d{2,4})", re.I)
_GLUED_RES = re.compile(r"RES(?P<number>\d{2,4})", re.I)


def _part(text: str) -> str:
    """One symbol of a joint symbol: series, then components, each in the UN's spelling."""
    text = _LANGUAGE.sub("", text)
    text = _SPACED_SUFFIX.sub(lambda m: f"/{m['word']}.{m['number']}", text)  # "A/67/66 add 1"
    raw = [component.strip() for component in text.split("/")]
    glued = _GLUED_SERIES.fullmatch(raw[0])
    if glued and len(raw) >= 2:  # "A67/66", "E2012/49": the series and its first number typed as one
        raw[0:1] = [glued["series"], glued["number"]]
    if len(raw) >= 3 and (res := _GLUED_RES.fullmatch(raw[1])):  # "A/RES66/184"
        raw[1:2] = ["RES", res["number"]]
    if len(raw) >= 3 and raw[0].upper() in ("ARES", "ERES"):  # "ares/60/252": the series and RES typed as one
        raw[0:1] = [raw[0][0], "RES"]
    if len(raw) < 2:
        raise _Reject(f"{text!r} has no '/' between its parts")
    if len(raw) > 10:
        raise _Reject(f"{text!r} has more than 10 parts")
    if "" in raw:
        raise _Reject(f"{text!r} has an empty part between slashes")
    series = _series(raw[0])
    summit = "-" in series
    if summit and len(raw) > 2 and _NUMBER.fullmatch(raw[-2]):  # WSIS-05/.../6/Rev.1 -> 6(Rev.1)
        revision = _WORD_NUMBER.fullmatch(raw[-1])
        if revision and revision["word"].upper() == "REV":
            raw[-2:] = [f"{raw[-2]}(Rev.{revision['number']})"]
    rest = [_component(c, revision_allowed=summit and i == len(raw) - 2) for i, c in enumerate(raw[1:])]
    if not any(char.isdigit() for char in rest[-1]):
        raise _Reject(f"{text!r} does not end in a number, as symbols do (A/67/66, Add.1)")
    if series in ("A", "E") and rest[0] == "RES":
        if len(rest) < 3 or not rest[1].isdigit() or not rest[2].isdigit():
            raise _Reject("a resolution symbol is A/RES/<session>/<number> or E/RES/<year>/<number>")
        _resolution_series(series, rest[1])
    return "/".join([series, *rest])


def _series(text: str) -> str:
    """The leading component: letters (A, ECOSOC), or a summit with its year (WSIS-05)."""
    match = _SERIES.fullmatch(text)
    if not match or (match["year"] and "-" not in match["dash"] and match["letters"].upper() != "WSIS"):
        raise _Reject(f"the series {text!r} is not letters such as A, E or WSIS-05")
    letters = match["letters"].upper()
    return f"{letters}-{match['year']}" if match["year"] else letters


def _component(text: str, *, revision_allowed: bool) -> str:
    """A component after the series: 184, RES, CN.16, Add.1, or 6(Rev.1) ending a summit symbol."""
    if _NUMBER.fullmatch(text):
        return str(int(text))  # no leading zeros: ITU files WSIS-03/GENEVA/DOC/4 as DOC/0004
    if _WORD.fullmatch(text):
        return MIXED_CASE.get(text.upper(), text.upper())
    if match := _WORD_NUMBER.fullmatch(text):
        word = match["word"].upper()
        return f"{MIXED_CASE.get(word, word)}.{int(match['number'])}"
    if revision_allowed and (match := _REVISED.fullmatch(text)):
        return f"{int(match['number'])}(Rev.{int(match['rev'])})"
    raise _Reject(f"{text!r} is not a component such as 66, RES, CN.16 or Add.1")


def lookup_key(symbol: str) -> str:
    """A key equal for every spelling of one symbol (case, dots, spaces, dash kind). Never raises.

    Example: lookup_key("E/CN.16/2012/CRP.2") == lookup_key("e/cn16/2012/crp2") == "E/CN16/2012/CRP2"
    """
    if not isinstance(symbol, str):
        return ""
    return _fold(try_normalize(symbol) or symbol)


def _fold(text: str) -> str:
    """Upper case, no dots or spaces, one kind of dash: the form of the keys stored in the index."""
    return "".join(text.translate(_DASHES).upper().replace(".", "").split())


def split_joint(symbol: str) -> list[str]:
    """The canonical parts of a joint symbol: 'A/67/66-E/2012/49' -> ['A/67/66', 'E/2012/49'].

    A single symbol gives [symbol]; text that is not a symbol comes back alone and unchanged.
    """
    canonical = try_normalize(symbol)
    return [symbol] if canonical is None else _JOINT.split(canonical)


_P_NUMBER = r"\d{1,6}(?:\s?\(\s?rev\.?\s?\d{1,3}\s?\)|\s(?:add|corr|rev)\.?\s?\d{1,2}(?![a-z0-9/]))?"
_P_COMPONENT = (rf"(?>(?:add|corr|rev|amend|suppl|sub|crp|cn|l)\.?\s?\d{{1,6}}"  # a space only after these
                rf"|[a-z]{{1,10}}\.?\d{{1,6}}|[a-z]{{1,10}}|{_P_NUMBER})")
_P_PART = rf"(?>wsis\s?-?\s?\d{{2}}|[aes]\d{{2,4}}|[a-z]{{1,10}}(?:-\d{{2}})?)(?:\s?/\s?{_P_COMPONENT})+"
_P_PAIR = r"\d{1,4}\s*[/-]\s*\d{1,5}(?!\d)"
_PROSE = re.compile(  # atomic groups (?>...) keep the scan linear: no component is re-split on failure
    rf"\b(?:(?P<body>ga|unga|general\s+assembly|ecosoc|economic\s+and\s+social\s+council)\s+)?"
    rf"(?:[ae]?res|reso|resolutions?)\.?\s*(?P<pairs>{_P_PAIR}(?:\s*(?:,\s*and|,|and|&)\s*{_P_PAIR})*)"
    rf"|(?P<symbol>(?<![a-z0-9./-]){_P_PART}(?:\s?-\s?{_P_PART})*(?:-[efsrca])?(?![a-z0-9/]))",
    _FLAGS,
)
_SLACK_LINK = re.compile(r"<(?P<url>[^<>|]*)(?:\|(?P<label>[^<>]*))?>")
_UNDOCS_PREFIX = re.compile(r"(?:https?://)?(?:www\.)?(?:undocs\.org|docs\.un\.org|documents\.un\.org)/"
                            r"(?:(?:en|fr|es|ru|zh|ar)/)?", _FLAGS)


_ADDENDUM_TO = re.compile(r"\b(?:addendum|add)\.?\s*(?:no\.?\s*)?(?P<number>\d{1,2})\s+(?:to|of)\s+(?:the\s+)?"
                          r"(?:document\s+|report\s+)?(?P<symbol>[A-Za-z][A-Za-z0-9.]*(?:\s?/\s?[A-Za-z0-9.]+)+"
                          r"(?:\s?-\s?[A-Za-z][A-Za-z0-9.]*(?:\s?/\s?[A-Za-z0-9.]+)+)?)", re.I)
"""'Addendum 1 to A/67/66-E/2012/49': the addendum's own symbol."""


def find_symbols(text: str) -> list[str]:
    """Canonical symbols mentioned in free text, in order, without duplicates. Never raises.

    Needs a slash symbol or a resolution cue: "res 66/184" is found, "66/184", "in 2012" are not.
    Example: find_symbols("what does res 66/184 say?") == ["A/RES/66/184"]
    """
    if not isinstance(text, str):
        return []
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    text = _SLACK_LINK.sub(lambda m: f" {m['label'] or m['url']} ", text)
    text = _UNDOCS_PREFIX.sub(" ", text)
    text = _ADDENDUM_TO.sub(lambda m: f" {m['symbol']}/Add.{m['number']} ", text)  # "addendum 1 to A/67/66"
    found: dict[str, None] = {}
    for match in _PROSE.finditer(text):
        if match["pairs"] is None:
            found.update(dict.fromkeys(_symbols_in(" ".join(match["symbol"].split()))))
            continue
        body = " ".join(match["body"].split()) + " " if match["body"] else ""
        for pair in re.finditer(r"(\d+)\s*[/-]\s*(\d+)", match["pairs"]):  # "resolutions 66/184 and 70/125"
            symbol = try_normalize(f"{body}res {pair[1]}/{pair[2]}")  # "ECOSOC res 66/184" gives None
            if symbol is not None:
                found[symbol] = None
    return list(found)


_GLUED_RESOLUTION = re.compile(r"\b(?:(?:a/)?res(?:olution)?\.?\s*/?\s*)(?P<session>[1-9]\d)(?P<number>\d{1,3})\b(?!\s*/)", re.I)
"""'res 66184', 'A/RES/66184': a General Assembly resolution typed without the slash after its session."""


def glued_resolutions(text: str) -> list[tuple[str, str]]:
    """('res 66184', 'A/RES/66/184') for each resolution typed without the slash between its session
    and number. Only a reading: the caller keeps those the knowledge holds. Never raises."""
    if not isinstance(text, str):
        return []
    return [(m.group(0), f"A/RES/{m['session']}/{int(m['number'])}") for m in _GLUED_RESOLUTION.finditer(text[:MAX_SYMBOL_CHARS * 20])]


def without_symbols(text: str, symbols: set[str]) -> str:
    """The text with the mentions of these canonical symbols cut out ("is the report
    e/cn.16/2012/crp.1?" without E/CN.16/2012/CRP.1 -> "is the report ?"). Never raises."""
    def cut(match: re.Match[str]) -> str:
        said = find_symbols(match.group(0))
        return " " if said and set(said) <= symbols else match.group(0)
    return " ".join(_PROSE.sub(cut, text).split())


def _symbols_in(candidate: str) -> list[str]:
    """The symbols in one slash-shaped stretch of prose: the whole joint symbol, else its parts."""
    canonical = try_normalize(candidate)
    if canonical is not None and all(_plausible(part) for part in _JOINT.split(canonical)):
        return [canonical]
    parts = _JOINT.split(candidate)
    if len(parts) == 1:
        return []
    symbols = [try_normalize(part) for part in parts]
    return [symbol for symbol in symbols if symbol is not None and _plausible(symbol)]


def _plausible(symbol: str) -> bool:
    """Whether a symbol found in prose is meant as one: 3+ components, or a press release (GA/10451)."""
    components = symbol.split("/")
    if len(components) >= 3:
        return True
    return components[0] in PRESS_SERIES and components[1].isdigit() and len(components[1]) >= 3


_RESOLUTION_ATTEMPT = re.compile(rf"(?:{_BODY}\s+)?(?:res|reso|resolution)\.?\s*\d\S*", _FLAGS)


def looks_like_symbol(text: str) -> bool:
    """Whether text is a symbol or an attempt at one, for UI: 'A/RES/66/18x' yes, 'what is IGF?' no."""
    if try_normalize(text) is not None:
        return True
    if not isinstance(text, str):
        return False
    text = text.strip().strip(_QUOTES + "()[]{}<>")
    if not text or len(text) > MAX_SYMBOL_CHARS:
        return False
    if _RESOLUTION_ATTEMPT.fullmatch(text):
        return True
    token = re.sub(r"\s*/\s*", "/", text)
    if "/" not in token or any(char.isspace() for char in token):
        return False
    if "://" in token:
        return any(host in token.lower() for host in ("undocs.org", "docs.un.org", "documents.un.org"))
    return token[0].isalnum() and any(char.isdigit() for char in token)


def symbol_parts(key: str) -> list[str]:
    """A lookup key's parts, split at "/", "(" and ")": "WSIS-05/TUNIS/DOC/9(REV1)" ->
    ['WSIS-05', 'TUNIS', 'DOC', '9', 'REV1'], so that "DOC/9/REV1" is seen to be its end."""
    return [p for p in re.split(r"[/()\s]+", key) if p]


_GENERIC_PART = re.compile(r"(ADD|REV|CORR|AMEND)\d*")


def tail_parts(key: str) -> tuple[str, ...]:
    """The parts of a lookup key typed as the end of a symbol ("CRP2", "DOC/9/REV1"); empty when
    they are only what ends many symbols ("ADD1", "REV1"): those name no document alone."""
    parts = tuple(symbol_parts(key))
    return () if all(_GENERIC_PART.fullmatch(p) for p in parts) else parts
