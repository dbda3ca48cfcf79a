"""Question -> what is asked (intent) and which records could answer it, ranked with the signals
the answer policy decides on.

Pipeline (see ../shared/engineering-notes.md, "Retrieval quality"): clean Slack text -> symbols
first (exact key) -> words, ordinals, spelling corrected against the knowledge's own words ->
phrases folded ("internet governance forum" -> "igf") -> recall: the records holding the most of
the question's weighted stems, exactly, over in-memory bitsets (bot.recall; an FTS5 bm25 OR query
cost grew with the corpus) -> re-rank every candidate on weighted coverage of the question,
similarity to its names (rapidfuzz), and whether it holds the fact asked for.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Iterable, Sequence
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.index import BRIEF_NAME_MARKS
from bot.store import Store
from bot.symbols import find_symbols, glued_resolutions, lookup_key
from bot.intent import FOCUS_EXEMPT, asked_for, checked_claim, counted_answer, detect_intent, detect_order, fix_question_words
from bot.text import NUMBERED_SERIES, analyse, clean_question, fold_ordinals, fold_phrases, split_body_numbers, stem, words

RECALL_CANDIDATES = 24
"""How many recalled records are re-ranked: recall is exact and cheap, the re-rank costs per candidate."""

RECALL_UNITS = 4
"""Weights become integers for the bitset recall: a quarter of an idf point is fine enough."""

RECALL_NAME_SHARE = 0.5
"""A stem found in a record's name counts this much again at recall, so that among records with
equal coverage those named like the question reach the re-rank first."""

UNKNOWN_WORD_WEIGHT = 2.5
"""Weight of a question word the knowledge never uses: about as telling as a rare known word, so
one such word among two known ones pulls coverage below the answer threshold (out of scope)."""

LONG_QUESTION_WORDS = 6
"""Past this many content words a question is chatty ("for my briefing note tomorrow..."): each
unknown word then weighs proportionally less, so context words do not sink a real question."""

NUMBER_WEIGHT = 4.0
"""A year, number or ordinal ("IGF 2019", "third meeting") picks one record among look-alikes:
when the record lacks it, the question is about something else."""

BODY_WEIGHT = 4.0
"""A body named in the question ("the 58th session of the CSTD") says whose meeting or document is
asked about: a record of another body (the GA's 58th session) must not cover the question."""

WEIGHTS = {"coverage": 0.5, "name": 0.35, "intent": 0.15}
"""How the re-rank signals add up to a score in 0..1 (coverage is the strongest evidence)."""

QA_INFERRED_FIT = 0.7
"""A curated answer asked generally ("what was the purpose?") may hold the fact asked for; a record
that holds it in a field, or a curated answer asked the same way, fits better."""

SYMBOL_BONUS = {"document": 0.12, "linked": 0.1}
"""A symbol typed in the question names its document outright; records that cite it come next,
and win when the rest of the question is about them ("who was invited under res 66/184?")."""

DIRECT_SYMBOL_COVERAGE = 0.75
"""Coverage granted to the document a question names by symbol, so that words the knowledge does
not use ("title?", "distribution date") do not turn a certain match into an abstention."""

STOP_WORDS = frozenset("""
a an the of in on at to for by and or but with from as into onto about above under over than then
is was were are be been being am do does did done doing has have had having can could would should
will shall may might must i me my we our us you your he she they them their it its this that these
those there here what whats when where who whom whose which why how
please pls tell know let give show find explain describe list name say said says told ask asked
quick question questions hi hello hey thanks thank thx cheers dear team folks guys ok okay so just also too even
again any some all each every other another such only very really actually exactly precisely
happen happened happens occur occurred take took taken place places held hold holds holding
start started begin began kick kicked off end ended finish finished run ran go went gone
regarding concerning re info details detail anything something one ones new still yet ever already
note notes briefing brief remind reminder need needs want like looking look recall remember sure
exact date dates year years time times city country venue location located building
presided led lead leads headed
organised organized organise organize prepared prepare mandated mandate mandating basis legal
which document documents symbol symbols paragraph paragraphs para paras operative resolution resolutions
text decision un united nations official officially formally roughly approximately around
get got getting make made making put mean means meant meaning meanings called call named known refer refers referred
doesn isn wasn weren didn don not no yes yeah yep yup nope
host hosted hosting hosts organise organised happened happening exist exists existed existing
tomorrow today yesterday week weeks month morning afternoon evening soon later now currently
drafting statement delegation delegations mission capital colleague colleagues boss office
slide slides deck presentation workshop timeline memo background file catching up
sorry apologies bother basic sanity check confirm confirming correct right wrong understand
thing things stuff bit lot lots kind sort way ways number numbers full
act acts acted acting serve serves served serving play plays played dated
good morning afternoon evening all everyone putting together few couple several many much more most
quickly briefly short summarise summarize overview whole entire exact exactly
deal deals dealt dealing cover covers covered covering mention mentions mentioned talk talks talked
premises supposed according stand stands acronym acronyms abbreviation abbreviations abbreviated abbreviate shorthand
came come comes coming out become becomes became becoming
m ve ll d t try trying tried tries cite citing cited late early month months through besides
his her hers carry carries carried print printed wanted wants particular marked w per back
everybody everyone anybody anyone somebody someone categories category else itself
basically essentially simple simply plain nutshell words actual actually own journalist journalists intern interns
student students researcher researchers
""".split())
"""Words that never tell records apart: function words, question fillers, intent words, the
context people add around a question ("for my briefing note tomorrow")."""


QUESTION_FILLERS = frozenset("meet meets met help helps helped helping send sends sent".split())
"""Verbs that only carry a question ("where did the 15th session meet?", "which agencies helped
prepare it?"), dropped as typed: "meeting" stays a content word, and names keep their stems."""


ATTRIBUTE_WORDS = frozenset("title titles name type kind form gist status heading".split())
"""What every record has ('whats the title of the addendum'): when the knowledge never says the
word, it asks for a part of the answer, and names nothing the record must hold."""

DATING_STEMS = frozenset(stem(w) for w in "issued published released circulated adoption".split())
"""'When was the report issued?', '60/252 adoption date': a document holds when it was issued, whether or not it says so
(when it holds all that pins the question down: an issue date does not make an unknown report known)."""


@dataclass(frozen=True)
class Query:
    """A question, analysed: what is asked, about what, and which parts the knowledge knows."""

    text: str
    intent: str
    stems: tuple[str, ...]
    weights: dict[str, float]
    unknown: tuple[str, ...]
    symbols: tuple[str, ...]
    known_symbols: tuple[str, ...]
    unknown_symbols: tuple[str, ...]
    corrections: dict[str, str] = field(default_factory=dict)
    order: str | None = None  # 'earliest' / 'latest': which end of a series is asked about
    bound: tuple[tuple[str, str], ...] = ()  # (verb, its object) as "set up the CSTD" pairs them
    numbered: tuple[tuple[str, str], ...] = ()  # (ordinal, what it numbers): "the 2nd wgec", "its 1st meeting"
    said: frozenset[str] = frozenset()  # of what kind the thing asked about is said to be (see _said_of)
    focus: frozenset[str] = frozenset()  # stems of the thing asked for ("budget" in "what was the IGF's budget?")
    pinned: frozenset[str] = frozenset()  # stems a record must hold to answer: numbers, subjects, the focus
    topics: frozenset[str] = frozenset()  # subjects the question is about ("enhanced cooperation"), not numbers
    context: frozenset[str] = frozenset()  # stems the question implies: they count for a record holding them only

    @property
    def total_weight(self) -> float:
        return sum(self.weights.values())


@dataclass(frozen=True)
class Candidate:
    """One record that could answer, with the signals the answer policy decides on."""

    record: dict[str, Any]
    score: float
    coverage: float
    name: float
    intent_fit: float
    via_symbol: float
    missing: tuple[str, ...] = ()  # the question's weighted stems the record does not hold

    @property
    def id(self) -> str:
        return str(self.record["id"])

    @property
    def kind(self) -> str:
        return str(self.record["kind"])


def correct_spelling(word: str, store: Store) -> str:
    """A word the knowledge never uses -> its closest word there, within 1 edit (2 for long words)."""
    if word in store.surface_set or stem(word) in store.df or not word.isalpha():
        return word
    if word.endswith("s") and (word[:-1] in store.surface_set or word[:-1] in store.df):
        return word[:-1]  # plurals of abbreviations: "IGFs", "WGECs"
    if len(word) < 5:
        return word
    max_edits = 1 if len(word) < 8 else 2
    lengths = range(len(word) - max_edits, len(word) + max_edits + 1)
    matches = process.extract(word, store.words_of_length(lengths), scorer=OSA.distance,
                              score_cutoff=max_edits, limit=None)
    if not matches:
        return word
    # fewest edits; then, as typing slips rarely hit the first letters, the longest shared start
    # ("coperation" -> "cooperation", not "operation"); then the word itself, for determinism
    best = str(min(matches, key=lambda m: (m[1], -len(os.path.commonprefix([word, m[0]])), m[0]))[0])
    if is_common_english(word) and not _variant_of(word, best):
        return word  # "along" is not a typo of "among", nor "header" of "headed": it is another word
    return best


COMMON_WORD_ZIPF = 3.5
"""An English word this frequent (Zipf scale: 3 is once per million words) is a word the user meant,
not a typo of a rarer one the knowledge uses. Measured on the labelled sets' corrections: every
real word miscorrected ("along" -> "among", "conducted" -> "consulted", "internal" -> "internet")
scores 3.7 or more, every typo ("sumit", "meting", "acton", "reprot") under 3."""


def is_common_english(word: str) -> bool:
    """Is this a frequent English word? wordfreq's small English list, loaded on first use (20 MB,
    0.25 s): only questions with a word the knowledge does not know pay for it."""
    from wordfreq import zipf_frequency  # a frequency list is data we cannot write ourselves

    return zipf_frequency(word, "en", wordlist="small") >= COMMON_WORD_ZIPF


def _variant_of(word: str, known: str) -> bool:
    """Another form of the same word: 'voted' / 'vote', 'organisation' / 'organization'."""
    return known.startswith(word) or word.startswith(known) or word.replace("s", "z") == known.replace("s", "z") \
        or _INFLECTION.sub("", word) == _INFLECTION.sub("", known)


_INFLECTION = re.compile(r"(ings?|ions?|ed|es|s|e)$")
"""'protecting' and 'protection' are one word to the spelling checker ('header' and 'headed' are not)."""


ASKING_WORDS = frozenset("""chair chaired chairs chairman paragraph paragraphs where which whose venue location
located deadline participants participate participated attend attended resolution document outcome download
symbol convened organised organized prepared mandated decision""".split())
"""The words that say what is asked (see bot.intent). A typo in one ("who was cheir of ...") loses the
question's intent, and the spelling checker would not fix it: the knowledge need not use the word."""


def _fix_asking_words(text: str, store: Store, corrections: dict[str, str]) -> str:
    """`text` as words, with a typo of an asking word fixed (one edit, words of 5 letters or more
    that neither the knowledge nor the stop words know)."""
    out = []
    for w in words(text):
        if len(w) >= 5 and w.isalpha() and w not in ASKING_WORDS and w not in STOP_WORDS \
                and w not in store.surface_set and stem(w) not in store.df:
            close = [a for a in ASKING_WORDS if abs(len(a) - len(w)) <= 1 and OSA.distance(w, a) <= 1]
            if len(close) == 1:
                corrections[w] = close[0]
                w = close[0]
        out.append(w)
    return " ".join(out)


def _symbol_parts(symbols: tuple[str, ...]) -> set[str]:
    """The words a typed symbol leaves in the text ('crp2', 'res', '66', '184'), so they are not content."""
    parts: set[str] = set()
    for sym in symbols:
        for piece in re.split(r"[/\-()\s]+", lookup_key(sym).lower()):
            parts.add(piece)
            parts.update(re.findall(r"[a-z]+|\d+", piece))
    return parts | {"res", "reso", "resolution", "ga", "ecosoc", "add", "rev", "corr", "ares", "eres"} if symbols else parts


_WHO_PERSON = re.compile(r"\bwho (?:was|is|were|are) (?:the )?(?:person|people|one|ones|individual|individuals) (?:who|that)\b", re.I)
"""'Who was the person who called the meeting?' asks who called it: a body may be the answer."""


_BARE_TAIL = re.compile(r"(?<![/\w.-])(?:crp\.?\s?\d{1,2}|L\.\d{1,3})\b(?![/.]\w)", re.I)
"""The last part of a symbol typed on its own ("crp2", "L.41"), which no slash marks as a symbol."""


_ADDENDUM_OF = re.compile(r"\baddendum\s+(?:to|of)\b", re.I)
MAX_ADDENDA = 9


def _its_addendum(symbol: str, store: Store) -> str | None:
    """The addendum of a document named 'the addendum to <symbol>' (no number), when the knowledge
    holds exactly one; None otherwise (which of several is not guessed)."""
    addenda = [f"{symbol}/Add.{n}" for n in range(1, MAX_ADDENDA + 1) if lookup_key(f"{symbol}/Add.{n}") in store.symbol_keys]
    return addenda[0] if len(addenda) == 1 else None


def analyse_question(question: str, store: Store) -> Query:
    """Analyse a question against an open index (symbols, intent, weighted content stems)."""
    text = _WHO_PERSON.sub("who", split_body_numbers(clean_question(question)))
    for typed, glued in glued_resolutions(text):  # "title of res 66184?"
        if lookup_key(glued) in store.symbol_keys:
            text = text.replace(typed, glued)
    symbols = tuple(find_symbols(text))
    known = tuple(s for s in symbols if lookup_key(s) in store.symbol_keys)
    unknown_syms = tuple(s for s in symbols if s not in known and not store.is_series(lookup_key(s)))
    if known and _ADDENDUM_OF.search(text):  # "the addendum to A/67/66": its one addendum, when the knowledge has one
        known = tuple(_its_addendum(s, store) or s for s in known)
    tails = {t: full for t in (*unknown_syms, *_BARE_TAIL.findall(text)) if (full := store.symbol_ending(lookup_key(t)))}
    if tails:  # "doc/9 rev.1", "crp2": the end of one known symbol, typed alone
        unknown_syms = tuple(s for s in unknown_syms if s not in tails)
        known = tuple(dict.fromkeys((*known, *tails.values())))
        symbols = tuple(dict.fromkeys((*symbols, *tails)))  # as typed: only its words are the symbol's
    corrections: dict[str, str] = {}
    asked = _fix_asking_words(text, store, corrections)
    intent, intent_words = detect_intent(asked)
    order, order_words = detect_order(asked) if intent != "duration" else (None, set())  # "how long did it last"
    intent_words |= order_words
    if intent == "duration":  # "how long did it last?": asking, not the last of a series
        intent_words |= {"last", "lasted", "lasting"}
    skip = _symbol_parts(symbols)
    claim = checked_claim(text)
    if claim:  # "was it held in New York?": where it was held is asked; New York names nothing
        intent, claimed = claim
        skip |= claimed

    tokens = fix_question_words(fold_ordinals(words(asked)))
    skip |= counted_answer(tokens)
    if _WHICH_EVENT.search(asked):  # "at what event did the Bureau pick the date?" asks which meeting
        skip |= {"event", "events"}
    corrected = []
    for w in tokens:
        if w in skip or w in QUESTION_FILLERS:
            continue
        if w not in STOP_WORDS and w not in intent_words:
            fixed = correct_spelling(w, store)
            if fixed != w and fixed not in STOP_WORDS:  # "theme" is no typo of "them"
                corrections[w] = fixed
                w = fixed
        corrected.append(w)
    focus = {stem(corrections.get(w, w)) for w in asked_for(tokens, STOP_WORDS)
             if stem(corrections.get(w, w)) in store.df or not misspelt_exempt(w)  # "fund" is no typo of "find"
             or _a_word_of_its_own(w)}
    head = _HEAD_OF.match(asked)
    if head and intent == "what" and not focus and not _ASKING_WORD.search(asked) and len(tokens) <= TERSE_WORDS and stem(head["noun"]) not in store.df \
            and (_a_word_of_its_own(head["noun"]) or not misspelt_exempt(head["noun"])):
        focus.add(stem(head["noun"]))  # "main theme of igf 2012 in baku": what is asked of the meeting, unknown
    folded = fold_phrases(corrected, store.phrases)
    stems = list(dict.fromkeys(stem(w) for w in folded if w not in STOP_WORDS and w not in intent_words
                               and not (w in ATTRIBUTE_WORDS and stem(w) not in store.df)))
    unknown_scale = min(1.0, LONG_QUESTION_WORDS / max(1, len(stems)))
    weights: dict[str, float] = {}
    unknown: list[str] = []
    for s in stems:
        numeric = any(c.isdigit() for c in s)
        idf = store.idf(s)
        if idf == 0:
            unknown.append(s)
        if numeric:
            weights[s] = max(idf, NUMBER_WEIGHT)
        elif s in store.bodies:
            weights[s] = max(idf, BODY_WEIGHT)
        else:
            weights[s] = idf or UNKNOWN_WORD_WEIGHT * unknown_scale
    context: frozenset[str] = frozenset()
    if _THE_MEETING.search(text) and not _NAMES_ANOTHER.search(text) and DEFAULT_TOPIC not in weights:
        weights[DEFAULT_TOPIC] = DEFAULT_TOPIC_WEIGHT  # "the meeting" is the addendum's meeting, on enhanced cooperation
        context = frozenset({DEFAULT_TOPIC})
    focus &= weights.keys()
    named = {stem(w) for w in _topic_words(text)} & set(stems)
    times = set() if _FUTURE_OF.search(text) else TIME_PINS  # "the future of the IGF" is what becomes of it
    pinned = focus | named | {s for s in stems if any(c.isdigit() for c in s) or s in store.subjects or s in times}
    return Query(text, intent, tuple(stems), weights, tuple(unknown), symbols, known, unknown_syms, corrections,
                 order, _bound_objects(stems, store, _agents(folded)), _numbered(folded), _said_of(text), frozenset(focus),
                 frozenset(pinned), frozenset(s for s in stems if s in store.subjects), context)


_THE_MEETING = re.compile(r"\bthe (?:one-day |open )?(?:meeting|consultations?)\b", re.I)
_NAMES_ANOTHER = re.compile(r"enhanced|cooperation|\bEC\b|igf|wgec|wsis|bureau|plenary|session|forum|summit|committee"
                            r"|group|\d", re.I)
DEFAULT_TOPIC = "ec"
DEFAULT_TOPIC_WEIGHT = 1.0
"""'the meeting', 'the consultations', with no other meeting named: in every labelled set (33 of 33
such questions) the one-day meeting on enhanced cooperation of 18 May 2012, the subject of the
addendum the knowledge is built on. Its topic is added as context: it counts for the records holding
it, and a record without it is scored as if it had not been said."""

_WHICH_EVENT = re.compile(r"\b(?:what|which) (?:kind of )?events?\b", re.I)

TIME_PINS = frozenset(stem(w) for w in "next upcoming future forthcoming current".split())
"""'When is the next review?': a record of a past one lacks what the question is about."""

_FUTURE_OF = re.compile(r"\bfuture of\b|['’]s future\b", re.I)


_TOPIC = re.compile(r"\b(?:on|about|regarding|concerning)\s+(?:the\s+|a\s+|an\s+)?(?:(?:future|role|status|fate|state"
                    r"|question|issue|progress|work|results?|outcomes?)\s+of\s+(?:the\s+|a\s+|an\s+)?)?([a-z]+)", re.I)
"""'a report on glacier monitoring', 'decide on the future of the IGF' (the IGF, not its future)."""
_NAME = re.compile(r"(?<![.?!:]\s)(?<!^)\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+)\b")


def _topic_words(text: str) -> set[str]:
    """Words that name what a question is about: a topic ("a report on glacier monitoring") or a
    name, capitalised past the sentence's start ("the Secretary-General of NATO"). A record lacking
    one is about something else: it is not mere wording (see answer.LOOSE_COVERAGE)."""
    found = {m.group(1).lower() for m in _TOPIC.finditer(text)}
    found |= {m.group(1).lower() for m in _NAME.finditer(text)}
    return found


_EXEMPT_LONG = tuple(sorted(w for w in FOCUS_EXEMPT | STOP_WORDS if len(w) >= 4))  # sorted: ties resolve alike in every run


def misspelt_exempt(word: str) -> bool:
    """'tilte', 'dats', 'askwd': a typo of a word every record answers ("what's the tilte of res
    66/184?") or of a word that only asks; the spelling checker leaves them, as the knowledge need
    not use them."""
    return len(word) >= 4 and process.extractOne(word, _EXEMPT_LONG, scorer=OSA.distance, score_cutoff=1) is not None


def _a_word_of_its_own(word: str) -> bool:
    """A frequent English word one edit from an exempt one, not a form of it: 'theme' (not 'these'),
    asked for though the knowledge never says it ("what was the theme of IGF 2012?")."""
    close = process.extract(word, _EXEMPT_LONG, scorer=OSA.distance, score_cutoff=1, limit=None)
    return bool(close) and all(stem(c) != stem(word) for c, _, _ in close) and is_common_english(word)


BINDING_VERBS = frozenset(stem(w) for w in "establish extend endorse".split())
"""Verbs whose object is the subject of the question: "which resolution set up the CSTD?" is not
answered by a record saying it set up a working group that reports to the CSTD."""

BINDING_WINDOW = 4
"""How many words after the verb a record may name its object ("set up a new working group")."""


NUMBERED_APART = frozenset({"wgec", "meet"})
"""A working group and its meetings are numbered apart: 'the first meeting of the second WGEC' is no
'second meeting of the first WGEC'. (An IGF and its annual meeting, a CSTD session and the CSTD's
numbered session, share their number.)"""

_NUMBER_SKIPS = frozenset({"and", "&", "the", "annual", "its", "of", "final", "last", "very"})


def _numbered(tokens: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """(ordinal, stem of what it numbers): 'wgec 2nd' (typed 'wgec2') numbers the group, 'the 2nd and
    3rd meetings' both meetings, 'the 2nd WGEC meeting' the meeting."""
    pairs = []
    for i, t in enumerate(tokens):
        if not _ORDINAL.fullmatch(t):
            continue
        if i and tokens[i - 1] in NUMBERED_SERIES and not (i > 1 and _ORDINAL.fullmatch(tokens[i - 2])):
            pairs.append((t, tokens[i - 1]))  # "wgec 2nd" ('wgec2'), not "the 2nd wgec('s) 5th meeting"
            continue
        j = next((k for k in range(i + 1, len(tokens)) if tokens[k] not in _NUMBER_SKIPS
                  and not _ORDINAL.fullmatch(tokens[k])), None)
        if j is not None:  # "the 29th WGEC meeting" numbers the meeting
            compound = tokens[j] in NUMBERED_SERIES and j + 1 < len(tokens) and stem(tokens[j + 1]) == "meet"
            pairs.append((t, "meet" if compound else stem(tokens[j])))
    return tuple(pairs)


def _numbers_another(query: Query, record: dict[str, Any], vocab: set[str]) -> set[str]:
    """Ordinals the record's names give to another of what the question numbers apart (the group's
    number said of a meeting): they are not the record's, whatever its text says."""
    asked: dict[str, set[str]] = {}
    for ordinal_, noun in query.numbered:  # "wgec1 first mtg": the 1st group and its 1st meeting
        asked.setdefault(ordinal_, set()).add(noun)
    out = set()
    for ordinal_, nouns in asked.items():
        if not nouns & NUMBERED_APART or ordinal_ not in vocab:
            continue
        own = {pair[1] for name in record["names_n"] for pair in _numbered(name.split()) if pair[0] == ordinal_}
        if own & NUMBERED_APART and not nouns & own:
            out.add(ordinal_)
        elif len(nouns & NUMBERED_APART) > 1 and own and nouns & NUMBERED_APART - own and ordinal_ != "1st":
            # "the 2nd meeting of the 2nd WGEC": the second meeting of a group its names do not number (the
            # first: "wgec1 first mtg" is the first meeting of the WGEC) numbers only one of the two
            out.add(ordinal_)
    return out


def _agents(tokens: Sequence[str]) -> set[str]:
    """What the question says did something ("established by the CSTD Chair"): no object of the verb."""
    return {stem(tokens[j]) for i, t in enumerate(tokens) if t == "by"
            for j in range(i + 1, min(i + 3, len(tokens))) if tokens[j] not in ("the", "its", "their")}


def _bound_objects(stems: list[str], store: Store, agents: set[str] = frozenset()) -> tuple[tuple[str, str], ...]:
    """(verb, object) pairs: a binding verb followed, past numbers and ordinals, by a named subject
    (not by who did it: "established by the CSTD Chair")."""
    pairs = []
    for i, s in enumerate(stems):
        if s in BINDING_VERBS:
            rest = [t for t in stems[i + 1 : i + 3] if not t[0].isdigit()]
            if rest and rest[0] in store.subjects and rest[0] not in agents:
                pairs.append((s, rest[0]))
    return tuple(pairs)


def _binds(tokens: list[str], verb: str, obj: str) -> bool:
    """Does the text say the verb of this object ("establish the wgec", not "establish ... cstd")?"""
    return any(t == verb and obj in tokens[i + 1 : i + 1 + BINDING_WINDOW] for i, t in enumerate(tokens))


def rank(query: Query, store: Store, limit: int = 10) -> list[Candidate]:
    """Candidates for a query, best first: symbol matches and FTS hits, re-ranked."""
    via_symbol: dict[str, float] = {}
    for sym in query.known_symbols:
        key = lookup_key(sym)
        for record_id in store.symbol_keys.get(key, ()):
            via_symbol[record_id] = 1.0
        for record_id in store.linked_to(key):
            via_symbol.setdefault(record_id, 0.5)
    records = store.records(list(via_symbol))
    # words of the named document's own names ("the Secretary-General's report A/67/66-...") describe
    # it: only the others say whether the question is about more than that document
    naming = {w for i in via_symbol if via_symbol[i] >= 1 and i in records for n in records[i]["names_n"] for w in n.split()}
    about_symbol = sum(s not in naming for s in query.stems) <= SYMBOL_SUBJECT_WORDS or _symbol_acts(query)
    candidates = [_score(query, records[i], via_symbol[i], store, about_symbol, naming) for i in via_symbol if i in records]
    hits = [rowid for rowid, _ in store.recall(_recall_weights(query), RECALL_CANDIDATES, floor=RECALL_UNITS)]
    for record in store.records_at(hits).values():
        if record["id"] not in via_symbol:
            candidates.append(_score(query, record, 0.0, store, about_symbol, naming))
    # "What is WSIS?": the summit, not resolution 60/252, whose title is its name. Asked what something
    # is, a document named like it comes last among equals (before brevity: a symbol is a brief name).
    candidates.sort(key=lambda c: (-c.score, c.kind == "document" and query.intent == "what", _brevity(c),
                                   _KIND_ORDER.get(c.kind, 9), c.id))
    return candidates[:limit]


_ACTS = re.compile(r"\b(?:did|does|do|has|have)\s+(?:the\s+)?(?:(?:ga|ecosoc|general assembly)\s+)?"
                   r"(?:res(?:olution)?\.?\s*|decision\s+|report\s+)?(?P<symbol>\S+)\s+(?:ask|request|invite|call|decide"
                   r"|urge|establish|mandate|say|tell|want|require)\w*\b", re.I)


def _symbol_acts(query: Query) -> bool:
    """'what did res 66/184 ask the SG to put in his WSIS report?': the document named is what acts,
    so the question is about it, however many other words it says."""
    acting = _ACTS.search(query.text)
    return bool(acting and query.known_symbols and any(acting["symbol"].rstrip("?,.") in typed or typed.endswith(
        acting["symbol"].rstrip("?,.")) for typed in query.symbols))


SYMBOL_SUBJECT_WORDS = 2
"""A question with a known symbol and at most this many other content words ("When was A/RES/66/184
adopted?") is about that document: records that neither are nor cite it keep UNRELATED_TO_SYMBOL
of their coverage. With more words the symbol may be context ("the draft that became 66/184")."""

UNRELATED_TO_SYMBOL = 0.6

DOCUMENT_WORDS = frozenset(stem(w) for w in """adopted adoption issued published title signed released circulated
approved passed distributed distribution symbol version text""".split())
"""What is said of a document itself: "when did the GA adopt resolution 68/302?" asks for the
resolution's date, not for the meeting it mandated, whose summary also says "adopted"."""


_HAPPENED = re.compile(r"\b(take|takes|took|taken|taking) place\b|\b(held|hold|holds|happen|happened|occur|occurred)\b"
                       r"|\b(introduced|presented|considered|discussed|debated) (at|in|to|by|before)\b"
                       r"|\b(introduce|present|consider|discuss|debate)\b[^?]{0,100}?\b(at|before|to) (the )?(ecosoc|economic and"
                       r" social council|council|commission|cstd|ga|general assembly|assembly|committee|session|meeting)\b"
                       r"|\b(?:the|its|their) dates of\b(?![^?]*\b(?:res|resolutions?|reports?|documents?|drafts?|decisions?|papers?"
                       r"|[AE]/\w))", re.I)
"""What is said of events, never of documents ("introduced at ECOSOC", "did UNCTAD introduce the report at
ECOSOC": the day it was, not its date;
"the dates of the Tunis phase": a document has one date)."""

_ADOPTED = re.compile(r"\b(resolution|decision|document|report|text|outcome)\b.*\b(adopted|issued|published|signed)\b", re.I)
"""What is said of documents, never of meetings."""

_ADOPTS_DOCUMENT = re.compile(r"\badopt(?:ed|ing|s)?\s+(?:the\s+)?(?:un\s+|ga\s+|ecosoc\s+|general assembly\s+)?"
                              r"(?:resolution|res|decision)\b", re.I)
"""'... adopt resolution 2010/2': the question asks for the adoption of the document it names."""


_WHICH_MEETING = re.compile(r"\b(which|what) (plenary |formal |high level |high-level )?(meeting|session|sitting|event)\b", re.I)
"""'At which meeting of the 15th session did the Chair report?': the answer is a meeting."""


_DOCUMENT_KIND = re.compile(r"\b(what|which) (kind|type|sort|form) of (doc|document|paper|text|report)\b", re.I)
"""'What kind of document was the Chair's report issued as?': a document's own kind answers."""

_RESOLUTION_ASKED = re.compile(r"\b(which|what|under|by) (\w+ ){0,2}(resolution|res|decision)\b", re.I)
"""'Under which resolution is the annual report prepared?': a report is no resolution."""

_OF_RESOLUTION = re.compile(r"\b(?:resolution|res|reso)\b(?!\s*\d)", re.I)
"""'ECOSOC's 2012 WSIS follow-up resolution: adoption date?': a resolution is asked about, unnumbered."""

_MAIN_REPORT = re.compile(r"\bmain (?:[\w'’.-]+ ){0,3}?(report|document)\b", re.I)
"""'The Secretary-General's main 2012 report': not its addendum."""

_HEAD_OF = re.compile(r"^\W*(?:the\s+)?(?:(?:main|overall|overarching|official|key|exact|central)\s+)?(?P<noun>[a-z]{4,})\s+of\b",
                      re.I)
"""'main theme of igf 2012 in baku': a terse question names what it asks first, before 'of'."""

TERSE_WORDS = 8
"""A question this short, with no word that asks, asks for what it names first ('the header of A/67/66
says ...' is a sentence: what it names first is its subject)."""

_ASKING_WORD = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how)\b", re.I)

_WHICH_MONTH = re.compile(r"\b(?:which|what) month\b", re.I)
"""'... wrap up, which month?': a month, which a year does not give."""

_ONE_DAY = re.compile(r"\b((which|what) ((exact|precise|specific) )?|(exact|precise|specific) )(day|date)\b(?! range)", re.I)
"""'On which day did ECOSOC act on ...?': one day, not a session's range of dates."""

_PRECISE_DATES = re.compile(r"\b(exact|precise|specific) ((opening|closing|start|end|starting|ending)( and (opening|closing|start|end"
                            r"|starting|ending))? )?(days?|dates?)\b|\b(opening|start|starting) and (closing|end|ending) (days|dates)\b",
                            re.I)
"""'What were the exact dates of ...?', 'the opening and closing dates': days asked, which a month does not give."""

_WHO_DID = re.compile(r"^\W*who (?:(?:did|has|had|will|would) (?!the |a |an |its |their ))?(?:[a-z]+ly )?(?:co-)?(?P<verb>[a-z]+)\b",
                      re.I)
CONVENING_VERBS = frozenset("""convene convened convenes convening organise organised organises organize organized
organizes host hosted hosts call called calls hold held holds run ran runs chair chaired chairs lead led leads head
headed heads preside presided was is were are be been did do does conduct conducted conducts""".split())
"""What a meeting's convener did: 'who introduced the report at the meeting?' is not its convener."""


_SETS_A_DATE = re.compile(r"\b(?:which|what) (?:day|date)\b.{0,80}?\b(?:set|sets|designated?|proclaim(?:ed)?|fix(?:ed)?"
                          r"|chose|chosen|pick(?:ed)?|declare[ds]?)\s+(?:for|as)\b", re.I)
"""'Which day did 60/252 set for World Information Society Day?': a date the document set, not its own."""

_WHAT_DID_ACTOR = re.compile(r"\bwhat did (?:the )?(?P<body>general assembly|ga|assembly|ecosoc|council|economic and social council)"
                             r"\b (?:(?:then|eventually|actually|finally|in the end) ){0,2}(?:do|decide|say)\b", re.I)
"""'What did the General Assembly do with it?': what the Assembly itself did, after what others asked of it."""


def acting_body(text: str) -> str | None:
    """The full name of the body a question asks what it did ('what did the GA do ...?'), or None."""
    actor = _WHAT_DID_ACTOR.search(text)
    if actor is None:
        return None
    council = actor["body"].lower() in ("ecosoc", "council", "economic and social council")
    return "economic and social council" if council else "general assembly"

_CITES = re.compile(r"\b(?:refers?|referred|referring|referenced|references|cites?|cited|citing|mentions?|mentioned"
                    r"|according to|lists?|listed)\b", re.I)
"""'Which paragraphs does the addendum refer to?': words naming a document the answer's record cites."""


def _said_of(text: str) -> frozenset[str]:
    """What the question says of what it asks about, read once per question rather than once per
    candidate: 'event' (it took place), 'document' (it was adopted), 'adopts' (it adopts a named one),
    'meeting' (which meeting is asked), 'venue' (the building, not the city)."""
    who = _WHO_DID.search(text)
    said = {"event": _HAPPENED.search(text), "document": _ADOPTED.search(text), "adopts": _ADOPTS_DOCUMENT.search(text),
            "meeting": _WHICH_MEETING.search(text), "day": _ONE_DAY.search(text), "month": _WHICH_MONTH.search(text),
            "doc-kind": _DOCUMENT_KIND.search(text), "resolution": _RESOLUTION_ASKED.search(text),
            "main": _MAIN_REPORT.search(text), "precise": _PRECISE_DATES.search(text),
            "of-resolution": _OF_RESOLUTION.search(text),
            "not-convened": who and who["verb"].lower() not in CONVENING_VERBS, "cites": _CITES.search(text),
            "sets-date": _SETS_A_DATE.search(text), "did-what": acting_body(text), "venue": _VENUE_ASKED.search(text)}
    return frozenset(k for k, found in said.items() if found)


_VENUE_ASKED = re.compile(r"\b(?:which|what|whose|in whose|at whose) (?:premises|building|offices|office|room|hall)\b"
                          r"|\bvenue\b.{0,30}\b(?:in|at) (?:[Gg]eneva|[Nn]ew [Yy]ork|[Tt]unis|[A-Z][a-z]+)\b")
"""'Which venue in Geneva hosted ...?', 'in whose premises ...?': the building, which a meeting known only
by its city does not give ('igf 2008 venue?' asks where it was)."""


def _recall_weights(query: Query) -> list[tuple[str, str, int]]:
    """The query's known stems as integer bitset weights: anywhere in a record, and again in a name;
    plus a tie-break below one stem's worth for records with short names (see BRIEF_NAME_MARKS)."""
    out = [(mark, "names", 1) for mark in BRIEF_NAME_MARKS]
    for s, w in query.weights.items():
        if s in query.unknown:
            continue
        out.append((s, "anywhere", max(1, round(w * RECALL_UNITS))))
        out.append((s, "names", max(1, round(w * RECALL_UNITS * RECALL_NAME_SHARE))))
    return out


def _brevity(candidate: Candidate) -> int:
    """Stems in the record's shortest name: of records matching alike, the one named most briefly
    is the thing itself ('the WGEC (2016-2018)'), the longer ones are about a part of it."""
    return min((len(n.split()) for n in candidate.record["names_n"] if n.split()), default=99)


_KIND_ORDER = {"meeting": 0, "mandate": 1, "document": 2, "qa": 3, "body": 4}
"""Tie-break: the more specific structured record first; never by set iteration order."""


MANDATE_VERBS = frozenset(stem(w) for w in "request invite invitation task instruct direct entrust charge".split())
"""What every mandate is, whether or not its action says so: "which resolution requested a new
working group" asks for the mandate whose action reads "set up a working group"."""


IMPLIED_SHARE = 0.5
"""A question word that a record holds only inside an abbreviation ("summit" in "WSIS") counts
half: it is there, but "internet governance" is not what every record naming the IGF is about."""


_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
"""Any ordinal as the text folds it ("2nd")."""

_FIRST_OF_SERIES = re.compile(r"\b(?:first|1st) (?:meetings?|mtgs?|sessions?|sittings?|chair\w*)\b"
                              r"|\b(?:first|1st)\s*(?:,|/|or|and)\s*(?:the\s+)?(?:second|2nd)\b", re.I)
"""'its first meeting', 'the first chair', '- first, second?': one of a series, which a record numbering
nothing does not say."""


@lru_cache(maxsize=1024)
def _first_of_series(text: str) -> bool:
    """Read once per question, not once per record scored."""
    return bool(_FIRST_OF_SERIES.search(text))

SESSION_ORDINAL = re.compile(r"[1-9]\d+(st|nd|rd|th)")
"""Ordinals from 10th up number sessions ("the 67th session"); "first revision" or "third meeting"
are too common to say which record is meant."""


_RELATIVE = {"befor": "befor", "after": "after"}
"""'before' ('prior to', 'ahead of' fold to it) and 'after' in a record's text: a session named as a point in time."""

_RELATIVE_TYPED = {"before": "befor", "prior": "befor", "ahead": "befor", "b4": "befor", "after": "after"}


def _relative_sessions(query: Query, text: list[str]) -> set[str]:
    """Session numbers the question and the record both place something before (or both after):
    'a meeting shortly before the Commission's 15th session' / '... prior to the Commission's fifteenth
    session'."""
    asked = _asked_relative(query.text)
    if not asked:  # most questions: nothing more per record
        return set()
    return {w for _, w in asked & _relative(text, _RELATIVE)}


def _relative(tokens: Sequence[str], cues: dict[str, str]) -> set[tuple[str, str]]:
    return {(cues[t], w) for i, w in enumerate(tokens) if SESSION_ORDINAL.fullmatch(w)
            for j, t in enumerate(tokens[max(0, i - 4):i], max(0, i - 4))
            if t in cues and tokens[j + 1] not in ("it", "them")}


@lru_cache(maxsize=1024)
def _asked_relative(text: str) -> frozenset[tuple[str, str]]:
    """The question's sessions said before or after, as typed ("had before it at the 66th session"
    places nothing), once per question rather than once per record scored."""
    return frozenset(_relative(fold_ordinals(words(text)), _RELATIVE_TYPED))


def _score(query: Query, record: dict[str, Any], via_symbol: float, store: Store, about_symbol: bool = False,
           naming: frozenset[str] | set[str] = frozenset()) -> Candidate:
    named: set[str] = set(record.get("session_n", "").split())
    for name in record["names_n"]:
        named.update(name.split())
    # a session number names the record: in its text, not its name, it is another session's (unless
    # both say it is the session before or after which the thing was: "prior to the 15th session")
    text = record["_text"].split()
    vocab = {w for w in text if w in named or not SESSION_ORDINAL.fullmatch(w)} | named | _relative_sessions(query, text)
    if record["kind"] == "mandate":
        if query.intent in ("which", "paragraph") and "asked_n" in record:
            # its answer is its document: the question must be about what the document asked,
            # not about what followed ("which ECOSOC resolution noted the group's composition?")
            # "which paragraph of 70/125 asked for ...?": its document's number is part of it
            vocab = set(record["asked_n"].split()) | named | set(words(record["document"]["symbol"]))
        vocab |= MANDATE_VERBS
    if record["kind"] in ("qa", "mandate", "meeting"):
        # a curated answer or a mandate is about the bodies and topics its names name; the others its
        # text mentions in passing ("which resolution created the CSTD?" is not "which resolution
        # created the WGEC?", though the WGEC's mandate was given to the CSTD Chair). A meeting is a
        # body's: "what did the 2012 ECOSOC resolution decide about the IGF?" is not about the CSTD's
        # session that year (but what the session discussed, enhanced cooperation, it is about)
        subjects = store.bodies if record["kind"] == "meeting" else store.subjects
        # (not the body of what is asked for: "which GA resolution mandated the CSTD Chair's meeting?")
        asked = {s for s in query.weights if s in subjects and s not in query.context
                 and not (query.intent == "which" and s in query.focus and record["kind"] == "meeting")}
        own = named & subjects
        if asked and own and not asked & own:
            vocab -= asked
    if record["kind"] == "meeting" and not {"meet", "session", "sitting"} & query.weights.keys():
        # "who chaired the second WGEC?": the second group, not the second meeting of the first
        vocab = vocab - {s for s in query.weights if _ORDINAL.fullmatch(s) and any(
            f"{s} meet" in n for n in record["names_n"])}
    for verb, obj in query.bound:
        if verb in vocab and obj not in named and not _binds(record["_text"].split(), verb, obj):
            vocab = vocab - {verb}  # it says the verb of something else
    if "1st" in query.weights and "1st" not in vocab and not any(_ORDINAL.fullmatch(v) for v in vocab) \
            and not _first_of_series(query.text):
        vocab = vocab | {"1st"}  # "who headed the first IGF secretariat?": a record numbering nothing is the only one
    if query.numbered:  # "the 2nd meeting of the 1st WGEC" is not "the 1st meeting of the 2nd WGEC"
        vocab = vocab - _numbers_another(query, record, vocab)
    implied: set[str] = set()
    for folded in store.implied.keys() & vocab:  # "summit" is in a record that says "WSIS"
        implied |= store.implied[folded]
    if "cites" in query.said:  # "the paragraphs the addendum refers to": in records citing the addendum
        implied |= set(record.get("cited_n", "").split()) & query.weights.keys()
    if "decid" in query.weights and query.intent == "what" and record["kind"] == "document" \
            and record.get("doc_kind") == "resolution" and says_what_it_decided(record) \
            and not any(len(p) == 4 and p.isdigit() and p not in vocab for p in query.pinned) \
            and (via_symbol >= 1 or max((_name_similarity(query, n) for n in record["names_n"]), default=0.0) >= DECIDED_NAME):
        vocab = vocab | {"decid"}  # "what did 70/125 decide about the IGF?": what a resolution did, it decided
    if record["kind"] == "document" and query.intent == "when" and not query.pinned - vocab - implied:
        vocab = vocab | DATING_STEMS  # "when was the report issued?": a document's date is its issue
    total = query.total_weight - sum(query.weights[s] for s in query.context if s not in vocab)
    if total > 0:
        coverage = sum(w if s in vocab else IMPLIED_SHARE * w if s in implied else 0.0
                       for s, w in query.weights.items()) / total
        missing = tuple(s for s in query.weights if s not in vocab and s not in implied and s not in query.context)
        name = max((_name_similarity(query, n) for n in record["names_n"]), default=0.0)
    else:  # only a symbol was asked about
        coverage, name = (1.0, 1.0) if via_symbol else (0.0, 0.0)
        missing = ()
    # "When did ECOSOC adopt resolution 2010/2, which asked for ...?": the date of its adoption is the
    # document's, whatever else the question says of it
    adoption = query.intent == "when" and bool(query.known_symbols) and "adopts" in query.said
    # "When was GA resolution 60/252 on the World Summit on the Information Society adopted?": its title
    # only names it
    of_document = bool(query.known_symbols) and (adoption or all(s in DOCUMENT_WORDS or s in naming for s in query.stems))
    if via_symbol >= 1:  # the document the question names: certain, whatever else it says
        coverage = 1.0 if of_document else max(coverage, DIRECT_SYMBOL_COVERAGE)
        name = max(name, 0.5)
    elif via_symbol:
        coverage = (0.5 + 0.5 * coverage) * (UNRELATED_TO_SYMBOL if of_document else 1.0)
        name = max(name, 0.5)
    elif query.known_symbols and (len(query.stems) <= SYMBOL_SUBJECT_WORDS or about_symbol or adoption):
        coverage *= UNRELATED_TO_SYMBOL
    fit = intent_fit(query.intent, record, query.stems)
    if record["kind"] == "document" and query.intent in ("when", "where") and "event" in query.said:
        fit = min(fit, 0.3)  # "when did the Tunis phase take place?" asks of an event, not of a document's date
    if record["kind"] == "meeting" and "day" in query.said and record.get("end") and record.get("end") != record.get("start"):
        fit = min(fit, QA_INFERRED_FIT)  # "on which day?": a session's range of dates is not one day
    if query.intent == "when" and "of-resolution" in query.said and record["kind"] == "document" \
            and record.get("doc_kind") not in ("resolution", "draft-resolution"):
        fit = min(fit, 0.3)  # "when was the 2012 WSIS resolution adopted?": a report's date is not its date
    if "main" in query.said and record.get("doc_kind") == "addendum":
        fit = min(fit, 0.3)  # "the Secretary-General's main 2012 report" is not its addendum
    if record["kind"] != "document" and "doc-kind" in query.said:
        fit = min(fit, 0.3)
    if record["kind"] not in ("meeting", "document") and "meeting" in query.said:
        fit = min(fit, QA_INFERRED_FIT)  # a meeting (or the document recording it) names which meeting it was
    if record["kind"] == "document" and "meeting" in query.said and "meet" in query.focus:
        fit = min(fit, QA_INFERRED_FIT)  # "at which meeting did the Chair report?": a meeting, not a paper
    if record["kind"] == "meeting" and query.intent == "when" and "document" in query.said:
        fit = min(fit, 0.3)  # "when was the resolution on the modalities adopted?": a document's date
    score = WEIGHTS["coverage"] * coverage + WEIGHTS["name"] * name + WEIGHTS["intent"] * fit
    if via_symbol:
        score += SYMBOL_BONUS["document"] if via_symbol >= 1 else SYMBOL_BONUS["linked"]
    return Candidate(record, round(score, 6), coverage, name, fit, via_symbol, missing)


def _name_similarity(query: Query, name: str) -> float:
    """Weighted Dice overlap of question and name stems, or rapidfuzz's order-free ratio if higher."""
    tokens = [t for t in name.split() if t not in STOP_WORDS]
    if not tokens:
        return 0.0
    name_w = {t: query.weights.get(t, 1.0) for t in tokens}
    shared = sum(w for t, w in query.weights.items() if t in name_w)
    dice = 2 * shared / (query.total_weight + sum(name_w.values()))
    ratio = fuzz.token_sort_ratio(" ".join(query.stems), " ".join(tokens)) / 100
    return max(dice, 0.9 * ratio)


def fact_key(intent: str, record: dict[str, Any]) -> str:
    """The fact an answer to `intent` would give: two records agreeing on it are not ambiguous."""
    kind, get = record["kind"], record.get
    if intent in ("which", "paragraph"):
        if kind == "mandate":  # two mandates of one document differ by paragraph when that is asked
            paragraph = f" {get('paragraph') or ''}" if intent == "paragraph" else ""
            return str(record["document"]["symbol"]) + paragraph
        if kind == "meeting":
            return ",".join(m["symbol"] + (f" {m.get('paragraph') or ''}" if intent == "paragraph" else "")
                            for m in get("mandated_by", []))
    if intent == "paragraph" and kind == "qa":  # two curated answers citing paragraphs 34 and 35 agree
        cited = sorted({n for m in _PARAGRAPH_NUMBERS.finditer(record["answer"]) for n in re.findall(r"\d+", m.group(0))})
        return "paragraphs " + ",".join(cited) if cited else str(record["id"])
    if intent == "when" and kind == "meeting":
        return str(get("when"))
    if intent == "where" and kind == "meeting":
        return str(get("place"))
    if intent == "chair" and kind == "meeting" and get("chair"):
        return str(get("chair"))
    if intent == "who" and kind == "meeting" and get("convened_by"):
        return ",".join(map(str, get("convened_by") or []))
    return str(record["id"])


_PARAGRAPH_NUMBERS = re.compile(r"\bparagraphs? \d+(?:\s*(?:,|and|to|–|-)\s*\d+)*", re.I)


_RESULT = re.compile(r"\b(agreement|agreed|adopted|decided|recommended|concluded|conclusions?|resulted|no consensus"
                     r"|divided)\b", re.I)
"""A meeting's summary that says what came of it ("they reached no agreement") answers "what came
out of it?" when it has no outcome document."""


_CHAIRED_BY = re.compile(r"\b(chaired|headed|presided) by [A-Z]")
"""A body whose summary says who chaired it ("chaired by Peter Major") answers "who chaired it?"."""


DECIDED_NAME = 0.4
"""How well a resolution must be named (or be named by symbol) for 'what did it decide?' to be asked of
it, in the year the question names if it names one: 'what did the GA decide about the overall review in
2014?' is not asked of the 2015 resolution; the 2014 mandate answers."""

_DECISIONS = re.compile(r"\b(?:renew|extend|decid|call|ask|request|invit|establish|set up|endors|urg|recommend|stipulat"
                        r"|proclaim|merg)\w*", re.I)


def says_what_it_decided(record: dict[str, Any]) -> bool:
    """A document whose record gives its requests (mandates) or says what it renewed, asked, set up ...:
    'what did 70/125 decide on the IGF mandate?' is answered by 'it renewed the IGF mandate'."""
    return bool(record.get("mandates")) or bool(_DECISIONS.search(record.get("summary") or ""))


def has_fact(intent: str, record: dict[str, Any], counted: Iterable[str] = ()) -> bool:
    """Does the record hold the fact this intent asks for? (Curated answers: when asked alike.)
    `counted`: the question's stems, which say what a count must count."""
    kind = record["kind"]
    get = record.get
    if kind == "qa":
        return _qa_fits(intent, record, counted)
    if intent in ("deadline", "count") and kind in ("meeting", "document", "mandate"):
        # read from the text only when asked: every candidate of every question passes here
        told = f"{get('action') or ''} {get('summary') or ''}"
        if intent == "count":
            return _counts(told, counted)
        return kind != "document" and bool(_DEADLINE_HINT.search(told))
    if kind == "meeting":
        has = {"when": get("when"), "where": get("place") or get("venue"), "who": get("convened_by") or get("chair"),
               "chair": get("chair"), "which": get("mandated_by"),
               "outcome": get("outcome_documents") or bool(_RESULT.search(get("summary") or "")),
               "paragraph": any(m.get("paragraph") for m in get("mandated_by", [])), "what": True,
               "link": get("outcome_documents"), "duration": get("when")}
    elif kind == "document":
        # a paragraph is asked of what a document says: its mandates and curated answers hold them
        has = {"when": get("date"), "who": get("bodies"), "which": True, "what": True, "outcome": True, "link": True,
               "duration": intent == "duration" and bool(_DURATION_HINT.search(get("summary") or ""))}
    elif kind == "mandate":
        has = {"which": True, "who": True, "what": True, "outcome": get("fulfilled_by"), "link": True,
               "participants": bool(_TAKING_PART.search(get("action") or "")),
               "paragraph": get("paragraph"), "when": get("date") or _decided_on(get("document") or {}),
               "duration": intent == "duration" and bool(_DURATION_HINT.search(f"{get('action')} {get('summary')}"))}
    else:
        has = {"what": True, "who": True, "which": False,
               "chair": bool(_CHAIRED_BY.search(get("summary") or ""))}
    return bool(has.get(intent))


def _decided_on(document: dict[str, Any]) -> str | None:
    """When a mandate was given, as far as its document says: a resolution's date is the day it was
    adopted; a report's is the day it was issued, after what it records was decided ("on what date
    did the Chair report to the Commission?" is not the addendum's date)."""
    return document.get("date") if document.get("doc_kind") in (None, "resolution", "draft-resolution") else None


_TAKING_PART = re.compile(r"\b(?:involving|open to|with the participation of|participation of)\b", re.I)
"""A mandate saying who was to take part ('a meeting ... involving all Member States and other stakeholders')."""

_DATE_HINT = re.compile(r"\b(1[89]|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september"
                        r"|october|november|december)\b", re.I)


_DEADLINE_HINT = re.compile(r"\b((by|before|no later than|not later than|within|until) (the )?(end of |first |second "
                            r"|third |fourth |\d|(january|february|march|april|may|june|july|august|september"
                            r"|october|november|december) \d{4})|deadline|at its (?:\w+ ){0,2}session of \d{4})", re.I)
"""A time limit in an action ("by the second quarter of 2006", "within five years"): a deadline."""

_COUNTED = re.compile(r"(?<![/\d.])(?<!paragraphs )(?<!paragraph )\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine"
                      r"|ten|eleven|twelve|twenty)[\s-]+([a-z]+)", re.I)


_DURATION_HINT = re.compile(r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty)[\s-]+(more |further )?"
                            r"(day|days|week|weeks|month|months|year|years|hour|hours)\b", re.I)
"""A length of time ("one-day", "a further 10 years"): what "how long?" asks for."""


_NAMES_SOMEBODY = re.compile(r"\b(Secretary-General|Chair|Chairs|Chairman|President|Bureau|Commission|Council|Assembly"
                             r"|Committee|Forum|Group|Board|Union|Conference|Summit|Secretariat|Government|Governments"
                             r"|Member States|stakeholders|[A-Z]{2,}[a-z]?)\b")
"""Who a curated answer can say did something: a body, an office or people, by name or abbreviation."""


_SAYS_WHO_CHAIRED = re.compile(r"\b([Cc]haired|[Pp]resided|[Cc]hairman|[Cc]hairperson)\b|\b[Cc]hair,? [A-Z][a-z]+ [A-Z]"
                               r"|\b(was|is|were|as) (the )?[Cc]hair\b")
"""A curated answer that says who chaired ("chaired by Peter Major", "its Chair, Miguel Palomino"),
not one that only mentions the office ("the Chair's report")."""


def _counts(text: str, counted: Iterable[str]) -> bool:
    """Does `text` give a number of what the question counts? 'two draft resolutions' answers "how
    many draft resolutions ...?"; 'paragraphs 34 and 35' answers no "how many people ...?"."""
    wanted = set(counted) - _MONTH_STEMS  # "31 December" counts no Decembers
    if wanted & _SIZE:  # "size of the first wgec?" counts its members
        wanted |= _MEMBERS
    return any(stem(m.group(2).lower()) in wanted for m in _COUNTED.finditer(text))


_SIZE = frozenset(stem(w) for w in ("size", "big", "large"))
_MEMBERS = frozenset(stem(w) for w in ("member", "members", "states", "countries"))

_PARAGRAPHS_OF = re.compile(r"\bparagraphs? \d+(?:\s*(?:,|and|to|-|–)\s*\d+)*(?: of (?:resolution |res )?(\d+/\d+))?", re.I)
"""Paragraphs a curated answer cites, with the resolution they are of when it says so."""


_MONTH_STEMS = frozenset(stem(m) for m in "january february march april may june july august september october november december".split())


def _qa_fits(intent: str, record: dict[str, Any], counted: Iterable[str] = ()) -> bool:
    """A curated answer fits when it was asked the same way, or generally and its text holds the fact."""
    asked = record.get("intent", "what")
    if asked == intent:
        return True
    if record.get("gap"):  # a known gap answers only the specific fact it names
        return False
    people = {"who", "chair", "participants"}
    if asked in people and intent in people:
        if "participants" not in (asked, intent):
            return True
        if intent != "chair":
            return False  # who took part is not who convened; who chaired is said in the text or not
    text = f"{record['question']} {record['answer']}"
    if intent == "when":  # the answer's date: "2012" in "what was the purpose of the 2012 meeting?" is none
        return bool(_DATE_HINT.search(record["answer"]))
    if intent == "who":  # "who convened it?" is not answered by its purpose, which says "it was convened"
        return bool(_NAMES_SOMEBODY.search(record["answer"]))
    if intent == "paragraph":  # (of the document asked about: "paragraph 65 of resolution 70/125" is no
        # paragraph of 67/195)
        asked = set(counted)
        names_document = sum(1 for s in asked if s.isdigit()) >= 2  # "67/195" asked as "67", "195"
        return any(not of or not names_document or set(of.split("/")) <= asked
                   for of in _PARAGRAPHS_OF.findall(text))
    if intent == "deadline":
        return bool(_DEADLINE_HINT.search(record["answer"]))
    if intent == "count":
        return _counts(record["answer"], counted)
    if intent == "duration":
        return bool(_DURATION_HINT.search(record["answer"]))
    if intent == "which":
        return bool(re.search(r"\b[A-Z]+(/[A-Za-z0-9.]+)+|\bresolution \d", text))
    if intent == "where":
        return bool(re.search(r"\b(in|at) (the )?[A-Z][a-z]+", record["answer"]))
    if intent == "chair":  # "who chaired the 2010 consultations?" is not answered by who held others
        return bool(_SAYS_WHO_CHAIRED.search(record["answer"]))
    if intent == "link":  # "got a link to the chair's summary?": an answer without one gives none
        return "http" in record["answer"]
    return intent in ("what", "outcome")


def intent_fit(intent: str, record: dict[str, Any], counted: Iterable[str] = ()) -> float:
    """1 when the record holds the fact asked for, less when it can only say something close."""
    if record["kind"] == "qa":
        if record.get("intent", "what") == intent:
            return 1.0
        return QA_INFERRED_FIT if has_fact(intent, record, counted) else 0.4
    if not has_fact(intent, record, counted):
        return 0.3
    # who was to take part, read from what a mandate asked for ("a meeting ... involving ..."): said in passing
    return QA_INFERRED_FIT if intent == "participants" and record["kind"] == "mandate" else 1.0


def analyse_text(text: str, store: Store) -> list[str]:
    """Stems of arbitrary text, the way the index stores them (for tests and tools)."""
    return analyse(text, store.phrases)
