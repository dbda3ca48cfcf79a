"""Text normalisation shared by the index and the matcher, so that both sides see the same tokens.

Questions arrive with Slack markup, typos, abbreviations and spelled-out ordinals; records say
"Commission on Science and Technology for Development" where users type "CSTD". Both sides go
through `analyse()`: plain text -> words -> ordinals folded ("third" -> "3rd") -> known phrases
folded to one token ("internet governance forum" -> "igf") -> light stemming. Pure functions.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from collections.abc import Iterable, Sequence

# Slack markup: <@U123>, <!channel>, <!subteam^S1|@team>, <#C123|general>, <http://x|label>, <http://x>
_SLACK_MENTION = re.compile(r"<[@!][^<>]*>")
_SLACK_CHANNEL = re.compile(r"<#[A-Z0-9]+(?:\|([^<>]*))?>")
_SLACK_LINK = re.compile(r"<((?:https?|mailto):[^<>|]*)(?:\|([^<>]*))?>")
_WORD = re.compile(r"[a-z0-9]+")

MAX_QUESTION_CHARS = 2000
"""Questions are cut here: longer text is never a question, and this bounds the work per request."""

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


def _typos(word: str) -> set[str]:
    """One letter left out or two neighbours swapped: 'frist', 'eigth', 'secnd'."""
    out = {word[:i] + word[i + 1:] for i in range(len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return out - {word}


_NOT_TYPOS = frozenset({"forth", "fist", "sith", "firs", "thir", "eight", "tent", "tenh"})
"""Words (or likelier words) that are one slip from an ordinal: 'set forth' is no 'fourth'."""

_ORDINAL_TYPOS = {typo: word for word in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                          "ninth", "tenth") for typo in _typos(word)
                  if len(typo) >= 4 and typo not in _NOT_TYPOS and typo not in _ORDINALS}
"""'who chaired the frist wgec': an ordinal mistyped is still a number (the spelling corrector works on
the index's words, where ordinals are '1st')."""

_ORDINAL_SUFFIX = re.compile(r"^(\d+)(st|nd|rd|th)$")
_GLUED_NUMBER = re.compile(r"^([a-z]+)(\d+)$")

BASE_PHRASES: tuple[tuple[str, str], ...] = (
    ("working group on enhanced cooperation", "wgec"),
    ("working group on enhanced co operation", "wgec"),
    ("working group on ec", "wgec"),
    ("enhanced cooperation", "ec"),
    ("enhanced co operation", "ec"),
    ("enhanced coop", "ec"),  # shorthand
    ("enhanced co op", "ec"),
    ("world summit on the information society", "wsis"),
    ("world summit on information society", "wsis"),
    ("internet governance forum", "igf"),
    ("commission on science and technology for development", "cstd"),
    ("economic and social council", "ecosoc"),
    ("un general assembly", "ga"),
    ("united nations general assembly", "ga"),
    ("general assembly", "ga"),
    ("assembly", "ga"),  # "the Assembly" is the General Assembly: the knowledge has no other
    ("unga", "ga"),
    ("secretary general", "sg"),
    ("unsg", "sg"),
    ("united nations", "un"),
    ("information and communications technologies", "ict"),
    ("information and communication technologies", "ict"),
    ("information and communications technology", "ict"),
    ("information and communication technology", "ict"),
    ("icts", "ict"),
    ("conference room paper", "crp"),
    ("agencies", "entities"),  # the sources say "entities" where users say "agencies"
    ("agency", "entity"),
    ("new york", "newyork"),  # a place: its "new" is not the word a question means ("a new working group")
    ("res", "resolution"),
    ("reso", "resolution"),
    ("resolutions", "resolution"),
    ("para", "paragraph"),
    ("paras", "paragraph"),
    ("co operation", "cooperation"),
    ("doc", "document"),
    ("docs", "documents"),
    ("mtg", "meeting"),
    ("mtgs", "meetings"),
    ("govt", "government"),
    ("govts", "governments"),
    ("poa", "plan of action"),
    ("dop", "declaration of principles"),
    ("decl", "declaration"),
    ("rpt", "report"), ("rpts", "reports"),
    ("cttee", "committee"), ("ctte", "committee"),
    ("intl", "international"),
    ("ppl", "people"),
    ("wisd", "world information society day"),
    ("wtd", "world telecommunication day"),
    ("telecom", "telecommunication"), ("telecoms", "telecommunications"),
    ("gpoa", "geneva plan of action"),
    ("plenipot", "plenipotentiary"),
    ("org", "organization"),
    ("orgs", "organizations"),
    ("science and technology commission", "cstd"),
    ("commission on science and technology", "cstd"),
    ("tech commission", "cstd"),  # in the press's words
    ("technology commission", "cstd"),
    ("economic and financial committee", "2nd committee"),  # the Second Committee's other name (ordinals fold first)
    ("economic committee", "2nd committee"),
    ("un chief", "sg"),  # the Secretary-General, in the press's words
    ("ngo", "civil society"), ("ngos", "civil society"),
    ("enhanced cooperation working group", "wgec"),
    ("ec working group", "wgec"),
    ("enhanced cooperation wg", "wgec"),
    ("ec wg", "wgec"),
    ("c2", "2nd committee"),  # delegates' shorthand for the Second Committee
    ("2c", "2nd committee"),
    ("yrs", "years"),
    ("year 1", "1st year"), ("yr 1", "1st year"), ("year one", "1st year"),  # "ungis chair in yr 1"
    ("yr", "year"),
    ("yearly", "annual"),
    ("annually", "annual"),
    ("every year", "annual"),
)
"""Phrases folded to one token on both sides. The index adds each body's name -> abbreviation."""

SYNONYMS: tuple[tuple[str, str], ...] = (
    ("extra", "additional"),
    ("stakeholder groups", "stakeholders"), ("stakeholder group", "stakeholders"),  # kinds of stakeholders, no group
    ("stakeholder categories", "stakeholders"), ("categories of stakeholders", "stakeholders"),
    ("kinds of stakeholders", "stakeholders"), ("types of stakeholders", "stakeholders"),
    ("adoption", "adopted"), ("adoptions", "adopted"),  # the stemmer leaves "adoption" whole
    ("subject heading", "title"), ("official heading", "title"),  # a document's heading is its title
    ("set up", "establish"), ("sets up", "establishes"), ("setting up", "establishing"),
    ("setup", "establish"), ("establishment", "establish"),
    ("create", "establish"), ("created", "established"), ("creates", "establishes"),
    ("creating", "establishing"), ("creation", "establish"),
    ("renew", "extend"), ("renewed", "extended"), ("renews", "extends"), ("renewing", "extending"),
    ("renewal", "extend"), ("prolong", "extend"), ("prolonged", "extended"), ("extension", "extend"),
    ("sign off on", "endorse"), ("signed off on", "endorsed"), ("signs off on", "endorses"),
    ("sign off", "endorse"), ("signed off", "endorsed"), ("signs off", "endorses"),
    ("gathering", "meeting"), ("gatherings", "meetings"), ("get together", "meeting"),
    ("talks", "consultations"),
    ("tasked", "requested"),
    ("member countries", "member states"),
    ("how many countries", "how many member states"), ("number of countries", "number of member states"),
    ("job", "role"), ("jobs", "roles"),
    ("split on", "divided on"), ("split over", "divided over"), ("split about", "divided about"),
    ("ta", "tunis agenda"),
    ("in line with", "in accordance with"),
    ("in line w", "in accordance with"),
    ("ambassador", "permanent representative"), ("ambassadors", "permanent representatives"),
    ("financing mechanism", "fund"), ("funding mechanism", "fund"), ("financial mechanism", "fund"),
    ("write up", "report"), ("writeup", "report"),
    ("tunisia", "tunis"),
    ("in front of", "before"), ("prior to", "before"), ("ahead of", "before"),
    ("distr date", "date"), ("distribution date", "date"),  # a UN document's "Distr.: General 12 March 2012"
    ("in the first place", "at all"), ("in the 1st place", "at all"),  # an idiom: no first of anything
    ("subtitle", "title"), ("sub title", "title"),  # the part of a title after its colon
    ("sub item", "item"), ("subitem", "item"), ("sub items", "items"),  # "item 13 (b)" is a sub-item
    ("agenda heading", "agenda item"), ("agenda headings", "agenda items"),
    ("filed under", "issued under"), ("listed under", "issued under"),
    ("fix the date", "decide the date"), ("fixed the date", "decided the date"), ("fixes the date", "decides the date"),
    ("pick", "decide"), ("picked", "decided"), ("picks", "decides"), ("choose", "decide"), ("chose", "decided"),
    ("chosen", "decided"),
    ("original language", "original"),
    ("reservation", "no consensus"), ("reservations", "no consensus"), ("caveat", "no consensus"),
    ("caveats", "no consensus"),  # what users call the Commission's note on the Chair's report
    ("chairman", "chair"), ("chairperson", "chair"), ("chairwoman", "chair"), ("chairmen", "chairs"),
    ("wrote", "prepared"), ("written", "prepared"), ("write", "prepare"), ("writes", "prepares"),
    ("1st part", "1st phase"), ("2nd part", "2nd phase"),
    ("phase one", "1st phase"), ("phase two", "2nd phase"), ("phase 1", "1st phase"), ("phase 2", "2nd phase"),
    ("point to", "refer to"), ("points to", "refers to"), ("pointed to", "referred to"),  # an irregular past the stemmer cannot reach
    ("the point of", "the purpose of"), ("keep going", "continue"), ("kept going", "continued"), ("carry on", "continue"),
    ("everybody agree", "consensus"), ("everyone agree", "consensus"), ("everybody agreed", "consensus"),
    ("everyone agreed", "consensus"), ("all agree", "consensus"), ("all agreed", "consensus"),
)
"""The words users say for what the sources call otherwise ("set up" a group the resolution
"established", "renewed" a mandate it "extended", the "extra" meeting it calls "additional").
Folded on both sides like the phrases above, but they name no subject: `implied_stems` skips them."""

_SYNONYM_TARGETS = frozenset(repl for _, repl in SYNONYMS)

_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "e")


def slack_to_plain(text: str) -> str:
    """Slack's escaped markup -> plain text: mentions and broadcasts dropped, links to labels."""
    text = _SLACK_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _SLACK_CHANNEL.sub(lambda m: m.group(1) or "", text)
    text = _SLACK_MENTION.sub(" ", text)
    return html.unescape(text)


def clean_question(text: str) -> str:
    """A question as typed (maybe Slack markup, control characters, huge) -> bounded plain text."""
    text = slack_to_plain(text[: MAX_QUESTION_CHARS * 2])
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:MAX_QUESTION_CHARS]


_MONTH_NAMES = {m[:3].lower(): m for m in ("January", "February", "March", "April", "May", "June", "July", "August",
                                            "September", "October", "November", "December")}
_SHORT_MONTH = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?=\s+\d+\b(?!/))|(?<=\d\s)(jan|feb|mar|apr|jun|jul"
                          r"|aug|sep|sept|oct|nov|dec)\b\.?", re.I)
"""'sept 2017', '12 dec': a month shortened, read as the month when a day or year is next to it."""

_IN_SHORT = re.compile(r"\b(?:in (?:one|a|1|a single) (?:line|sentence)|in a nutshell|in short|tl;?dr)\b", re.I)
"""'tunis para 69 in one line pls': how to answer, not what about ('line' names the action lines)."""

_NUMBER_OF_SERIES = re.compile(r"\b(?P<series>igf|wgec|cstd|session|meeting|mtg)\s+(?:no\.?|number|nr\.?|#)\s*(?P<n>\d{1,2})\b",
                               re.I)
"""'IGF no. 4': the fourth IGF (not a number of something in it)."""

_SHORTHAND = ((re.compile(r"(?<=\w) n (?=\w)"), " and "), (re.compile(r"\babt\b", re.I), "about"),
              (re.compile(r"\best\.(?=\W|$)", re.I), "established"), (re.compile(r"\bw/(?=\s)"), "with"),
              (re.compile(r"\bb4\b", re.I), "before"), (re.compile(r"\bict4d\b", re.I), "ICT for development"),
              (re.compile(r"\bsym\b", re.I), "symbol"), (re.compile(r"\bsyms\b", re.I), "symbols"),
              (_SHORT_MONTH, lambda m: _MONTH_NAMES[(m.group(1) or m.group(2)).lower()[:3]]),
              (_IN_SHORT, ""),
              (_NUMBER_OF_SERIES, lambda m: f"{ordinal(int(m['n']))} {m['series']}"),
              (re.compile(r"\bwsis\s+plus\s+(\d+)\b", re.I), r"WSIS+\1"))


def expand_shorthand(text: str) -> str:
    """Chat shorthand the question's structure depends on: 'igf 2008 n 2009 cities' lists two years,
    '79/277 what abt', '2nd wgec chair + when est.', 'draft sym?', '... in one line'; and 'ICT4D', which the sources spell out (done
    here, on the question only: a curated paraphrase saying ICT4D keeps its words)."""
    for pattern, replacement in _SHORTHAND:
        text = pattern.sub(replacement, text)
    return text


_PLUS = re.compile(r"([a-z])\s*\+\s*(\d+)")


def words(text: str) -> list[str]:
    """Lower-case alphanumeric words; accents and punctuation are separators. 'WSIS+20' stays one
    word ('wsisplus20'), so that WSIS+30 is not mistaken for anything dated the 30th."""
    text = text.lower().replace("'s", "").replace("’s", "")
    if "+" in text:  # the substitution scans every character (slower than the rest): only when it can match
        text = _PLUS.sub(r"\1plus\2", text)
    if "-" in text or "\u2013" in text:
        text = _YEAR_RANGE.sub(_year_range, text)
    return _WORD.findall(text)


_BODY_NUMBER = re.compile(r"\b(ga|unga|ecosoc|cstd|igf)(\d{1,4})\b", re.I)


def split_body_numbers(text: str) -> str:
    """'GA65' -> 'GA 65', 'cstd15', 'IGF2008': a body and its session or year, typed as one word (by
    users: the sources never write so, and the index does not pay for this pass)."""
    return _BODY_NUMBER.sub(r"\1 \2", text)


_YEAR_RANGE = re.compile(r"\b(19|20)(\d\d)\s*[-\u2013]\s*(\d\d)\b(?![-/\u2013])")
YEAR_RANGE_SPAN = 10
"""A second year at most this far after the first is a range ('2013-14'); 'ECOSOC 2006-46' is a
resolution number typed with a dash."""


def _year_range(m: re.Match[str]) -> str:
    century, first, second = m.groups()
    if 0 < int(second) - int(first) <= YEAR_RANGE_SPAN:
        return f"{century}{first} {century}{second}"
    return m.group(0)
"""'2013-14' -> '2013 2014': the second year as the knowledge writes it ('(2013–2014)')."""


NUMBERED_SERIES = frozenset({"igf", "wgec", "cstd"})
"""Names people number like editions: 'IGF 2', 'CSTD 15', 'WGEC 2' mean the 2nd, the 15th."""


def fold_ordinals(tokens: Sequence[str]) -> list[str]:
    """'third' -> '3rd', '15th' stays, 'sixty' 'seventh' -> '67th', 'CSTD 15' -> 'cstd 15th'."""
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = _ORDINAL_TYPOS.get(tokens[i], tokens[i])
        if not (tok in _ORDINALS or tok in _TENS or tok[0].isdigit() or tok[-1].isdigit()):  # fast path: most words
            out.append(tok)
            i += 1
            continue
        if tok == "first" and i + 1 < n and (tokens[i + 1].endswith("ed") or tokens[i + 1] == "time"):
            i += 1  # "first extended", "for the first time": when, not which one
            continue
        glued = _GLUED_NUMBER.match(tok)
        if glued and glued.group(1) in NUMBERED_SERIES and int(glued.group(2)) > 0:  # "wgec2", "igf2019"
            out.append(glued.group(1))
            tok = glued.group(2)
        if tok.isdigit() and len(tok) == 2 and tok[0] == "0" and out and out[-1] == "igf":
            out.append(f"20{tok}")  # "igf09": the Forum of 2009, as its year is shortened (its 9th was in 2014)
            i += 1
            continue
        if tok.isdigit() and len(tok) <= 2 and out and out[-1] in NUMBERED_SERIES and int(tok) > 0:
            out.append(ordinal(int(tok)))
            i += 1
            continue
        if tok in _TENS and i + 1 < n and tokens[i + 1] in _ORDINALS and _ORDINALS[tokens[i + 1]] < 10:
            out.append(ordinal(_TENS[tok] + _ORDINALS[tokens[i + 1]]))
            i += 2
            continue
        if tok in _ORDINALS:
            out.append(ordinal(_ORDINALS[tok]))
        else:
            m = _ORDINAL_SUFFIX.match(tok)
            out.append(ordinal(int(m.group(1))) if m else tok)
        i += 1
    return out


def ordinal(n: int) -> str:
    """1 -> '1st', 22 -> '22nd', 13 -> '13th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class PhraseTable(dict[tuple[str, ...], str]):
    """phrase words -> replacement, with the longest phrase per first word precomputed (hot path)."""

    def __init__(self, pairs: Iterable[tuple[tuple[str, ...], str]] = ()) -> None:
        super().__init__(pairs)
        self.longest: dict[str, int] = {}
        for key in self:
            self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))


def fold_phrases(tokens: Sequence[str], phrases: dict[tuple[str, ...], str]) -> list[str]:
    """Replace the longest known phrase at each position by its one-token form."""
    if not phrases:
        return list(tokens)
    table = phrases if isinstance(phrases, PhraseTable) else PhraseTable(phrases.items())
    out: list[str] = []
    i = 0
    while i < len(tokens):
        longest = table.longest.get(tokens[i], 0)
        if not longest:
            out.append(tokens[i])
            i += 1
            continue
        for n in range(min(longest, len(tokens) - i), 0, -1):
            repl = table.get(tuple(tokens[i : i + n]))
            if repl is not None:
                out.extend(repl.split())
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """A light, consistent suffix stripper: 'consultations'/'consultation' -> 'consult'."""
    if not token.isalpha() or len(token) < 4:
        return token
    if len(token) == 4:  # only plurals: "acts" -> "act", "igfs" -> "igf"
        return token[:-1] if token.endswith("s") and not token.endswith(("ss", "us", "is")) else token
    if token.endswith("ss") or token.endswith("us") or token.endswith("is"):
        return token
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            stripped = token[: -len(suffix)]
            # "theme" is not "them": a word whose stem would be a function word keeps all but its plural
            return stripped if stripped not in _FUNCTION_WORDS else token.removesuffix("s")
    return token


_FUNCTION_WORDS = frozenset("them then than this that thus were what when here there have".split())


def phrase_table(pairs: Iterable[tuple[str, str]]) -> PhraseTable:
    """(phrase, replacement) pairs -> the lookup table `fold_phrases` wants."""
    table: dict[tuple[str, ...], str] = {}
    for phrase, repl in pairs:
        key = tuple(words(phrase))
        if key and key != (repl,):
            table.setdefault(key, repl)
    return PhraseTable(table.items())


_PHRASE_FILLERS = frozenset({"the", "of", "on", "and", "for", "in", "to", "a", "an"})


def implied_stems(phrases: dict[tuple[str, ...], str]) -> dict[str, frozenset[str]]:
    """One-token form -> the stems of the phrase it folds ('wsis' -> world, summit, inform, societi).
    Folding takes the phrase's words out of the text; a question may still use one of them alone
    ("the summit report of the Tunis phase"), and a record with the folded form holds it."""
    found: dict[str, set[str]] = {}
    for key, repl in phrases.items():
        if len(key) > 1 and repl != "".join(key) and repl not in _SYNONYM_TARGETS:  # not "new york"
            found.setdefault(repl, set()).update(stem(w) for w in key if w not in _PHRASE_FILLERS)
    return {repl: frozenset(stems - {repl}) for repl, stems in found.items()}


def analyse(text: str, phrases: dict[tuple[str, ...], str]) -> list[str]:
    """Text -> the normalised tokens both the index and the matcher compare."""
    tokens = fold_phrases(fold_ordinals(words(text)), phrases)
    return list(map(stem, tokens))
