"""Several questions in one, each asked on its own and answered together when every one is
answered, citing each: 'When and where was A/RES/70/125 adopted?', 'When was the second WGEC set up,
and who chaired it?' (a later clause saying "it" is asked with the first one's words), 'second WGEC -
who chaired it and when was its last meeting?' (a topic, then what is asked of it), 'the 2009, 2010
and 2011 IGF meetings' (things listed alike). When a part is not answered the question is answered
as one: a half answer is no answer to two questions. And a question wrapped in its asker's
circumstances, asked again without them (`without_lead_in`); a claim somebody made, then "is that
right?", asked as the claim (`reported_claim`). Pure: given a way to answer one question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.intent import CLAIM_TAG, SECOND_QUESTION, detect_intent
from bot.results import AskResult

MAX_PARTS = 2
"""Clauses a question is split into at its question words ('..., and when was it adopted?'): three
questions in one sentence are rare, and a third split more often cuts one question in two."""

_ASKED = r"(?:when|where|who|how|(?:(?:at|in|on|by|under) )?(?:which|what)(?: [\w-]+){1,3}?(?= (?:was|were|is|are|did|does|do|has|have|had)\b))"
_PAIRED = re.compile(rf"^(?P<pre>\W*(?:[\w'’:,-]+ ){{0,4}}?)(?P<a>when|where|who)\s*(?:,|and|&)\s*(?P<b>{_ASKED})\b(?P<rest>.+)$", re.I)
"""'When and where was it adopted?', 'When and at which CSTD event did the Bureau set the date?'."""

_SECOND = re.compile(SECOND_QUESTION.pattern + r"|\s(?:and|&)\s+(?=(?:on|in|at|for|by|under|from) (?:what|which)\b)"
                     r"|\s(?:and|&)\s+(?=what (?:did|does|do|was|were|is|are|has|had)\b)"
                     r"|,\s*(?:and|&)\s+(?=(?:did|was|were|is|are|has|had)\b)"
                     r"|(?:[,;?]\s*|\s)(?:also|plus|\+)\s+(?=(?:when|where|who|which|what|how|did|was|were|is|are|has|had)\b)"
                     r"|\?\s*(?:(?:and|&|\+|also|plus)\s+)?(?=[^\s?])"
                     r"|\s\+\s+(?=[^\s?])"
                     r"|,?\s(?:and|&)\s+(?=(?:until|till|since) when\b)"
                     r"|(?:(?<=symbol)|(?<=date)|(?<=dates)|(?<=title)|(?<=link)|(?<=venue)|(?<=city)|(?<=chair))\s+(?:and|&)\s+(?=\w)"
                     r"|,\s*(?:and|&)\s+(?=(?:the\s+)?(?:date|dates|symbol|symbols|title|titles|link|venue|place|city|chair)\s+of\b)",
                     re.I)
"""Where a second question starts, however it is capitalised ("? Who chaired it?", " and on what date
was it adopted?", ", and did it vote?")."""

_A_QUESTION = re.compile(r"\b(when|where|who|whom|whose|which|what|how|why)\b|^\W*(was|were|is|are|did|does|do|has|have|had"
                         r"|can|could|will|would)\b", re.I)
"""A part asks something of its own: it has a question word, or opens as a yes/no question."""

_REFERS_BACK = re.compile(r"\b(it|its|they|them|their|this|that|these|those|he|she|his|her|there|then|the same)\b", re.I)
"""A part that says 'it' is about what the other part names."""

_THE_ONE = re.compile(r"\bthe (?:[\w-]+ )?(?P<one>one)\b(?!-)", re.I)
"""'..., and where was the 2009 one?': 'one' is what the other part names last (not 'the one-day meeting')."""

_ASKING_OPENER = re.compile(r"^\W*(?:(?:when|where|who|whom|which|what|how)(?:\s+(?:many|much|long))?\b[\w-]*\s*)+"
                            r"(?:(?:was|were|is|are|did|does|do|has|have|had)\b\s*)?", re.I)
"""The words opening a part that only ask: the rest names what it is about."""


_NAMES = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w+-]*(?:/[\w.()+-]+)*|(?<![\w/.-])\d[\w/.-]*")
"""What a part names: capitalised names past its first word, symbols and numbers anywhere ("UNGIS",
"66/184", and "60/252" opening '60/252 passed w/ a recorded vote?')."""


MAX_LISTED = 4
"""'Which cities hosted the 2009, 2010 and 2011 IGF meetings?': up to this many things asked alike."""

_ITEM = r"(?:(?:19|20)\d\d(?![/\w])|\d{2,4}/\d{1,3}\b|[A-Za-z]+/[\w./()+-]*[\w)])"
_LISTED = re.compile(rf"(?<!between )\b(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s*(?:and|&|\+)\s*{_ITEM})", re.I)
"""Years, resolution numbers or symbols listed: "2006 and 2007", "A/66/64 and A/68/65" (not a range,
"between 2006 and 2010")."""


_SAYS = re.compile(r"\b(say|says|said|state|states|contain|contains|cover|covers|about|text|wording|content|gist|summary|summari[sz]e)\b", re.I)
"""What paragraphs say is asked of each; which paragraphs did something is asked of all together."""

_PARAGRAPHS_LISTED = re.compile(r"\b(?:paragraphs|paras)\s+(?P<items>\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|&)\s*\d{1,3})\b", re.I)
"""'what do paras 34 and 35 of the Tunis Agenda say?': each paragraph is asked of alone."""


_BOTH_ENDS = re.compile(r"\b(first|earliest)\s*(?:and|&|/|\+)\s*(last|latest|final)\b", re.I)
"""'wgec2 first and last meeting dates': each end of the series, asked alone."""


_OF_BOTH = re.compile(r"\b(?P<ask>symbols|dates|titles|links)\s+of\s+(?P<a>(?:the\s+)?[^,?]{3,80}?)\s+(?:and|&)\s+"
                      r"(?P<b>(?:the\s+)?[^,?]{3,80}?)\s*\?*\s*$", re.I)
"""'Symbols of the Geneva Declaration of Principles and the Geneva Plan of Action?': one asked of each."""

_BOTH_THEN = re.compile(r"^\W*(?!(?:what|which|when|where|who|how|give|list|tell)\b)(?P<a>(?:the\s+)?[^,?&+]{3,80}?)\s+(?:and|&|\+)\s+(?P<b>(?:the\s+)?[^,?&+]{3,80}?)\s+"
                        r"(?:doc(?:ument)?\s+|un\s+)?(?P<ask>symbols|dates|titles|links)\s*\?*\s*$", re.I)
"""'decl of principles & plan of action doc symbols?': the same, what is asked said last."""

_ITEMS_IN_BRACKETS = re.compile(rf"\s*\(\s*{_ITEM}(?:\s*(?:,|&|and)\s*{_ITEM})+\s*\)|,\s*{_ITEM}(?:\s*(?:,|&|and)\s*{_ITEM})+\s*,",
                                re.I)
"""'(2006, 2007)', ', 2006 and 2007,': the things a phrase before it counts, named."""

_IN_BOTH = re.compile(r"\bin (?P<a>[a-z][\w-]*(?: [a-z][\w-]*)?) (?:and|&) in (?P<b>[a-z][\w-]*(?: [a-z][\w-]*)?)\s*\?*\s*$", re.I)
"""'which years was the igf in rio and in vilnius': one place each."""

_FIRST_N = re.compile(r"\bfirst (?P<n>two|three|2|3)\b(?! (?:days?|weeks?|months?|years?|paragraphs?|paras?)\b)", re.I)
"""'the first two IGF meetings': the first and the second, each asked alone (not 'the first two days')."""
_FIRST_N_COUNT = {"two": 2, "three": 3, "2": 2, "3": 3}

_AND_THE_ONE = re.compile(r"\b(?P<det>the|its|their) (?P<a>(?:very )?[\w-]+) (?P<noun>(?:(?!(?:the|its|their) )[\w-]+ ){0,4}?[\w-]+) (?:and|&)"
                          r" (?:the|its|their) (?P<b>[\w-]+) one\b", re.I)
"""'where were the very first IGF and the 2012 one held?', 'its first meeting and its final one': two of
one kind, the second said 'one'."""


_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final"
            r"|1st|2nd|3rd|[4-9]th|1[0-2]th)")
_ORDINALS_LISTED = re.compile(rf"\b(?P<items>{_ORDINAL}(?:\s*,\s*(?:the\s+)?{_ORDINAL})*\s*,?\s*(?:and|&)\s*(?:the\s+)?{_ORDINAL})"
                              rf"(?P<noun>\s+(?:[\w-]+\s+){{0,2}}?(?:meetings|sessions|ones|igfs|forums|wgec\s+meetings))\b", re.I)
"""'the first, second and final meetings of the second WGEC', 'the first and the sixth IGF meetings':
each numbered one asked alone (a plural noun follows: 'the first and second WGEC' is another form)."""

MAX_RANGE = 8
"""'IGF host cities from 2006 to 2012': up to this many years, each asked alone."""

_YEAR_RANGE = re.compile(r"(?<!between )\b(?:from\s+)?(?P<a>(?:19|20)\d\d)\s*(?:-|–|—|to|through|thru|until|till)\s*"
                         r"(?P<b>(?:19|20)\d\d)\b(?!\s*(?:review|mandate|period|cycle|term|process|phase)\b)", re.I)
_SERIES_ASKED = re.compile(r"\b(?:cities|hosts|hosted|venues|places|locations|countries|dates|meetings|sessions|each|every"
                           r"|list|all)\b", re.I)
"""'igf 2006-2008 host cities': a span of years, asked of each year when the question asks of many
things (not 'the 2006-2010 mandate', one thing)."""


def _each_year(question: str) -> list[str]:
    """'igf 2006-2008 host cities' -> 'igf 2006 host cities', ...; [] when no span of years is asked."""
    span = _YEAR_RANGE.search(question)
    if span is None or not _SERIES_ASKED.search(question):
        return []
    first, last = int(span["a"]), int(span["b"])
    if not 1 <= last - first < MAX_RANGE:
        return []
    return [f"{question[: span.start()]}{year}{question[span.end():]}" for year in range(first, last + 1)]


_NAMED_TWICE = re.compile(r"\b(?P<name>[A-Za-z][\w+-]*) (?P<a>\d[\w/.-]*) (?:and|&|\+|,) ?(?P=name) (?P<b>\d[\w/.-]*)", re.I)
"""'IGF 2009 and IGF 2010 host cities?': one name, numbered twice."""


_NUMBERED_TWICE = re.compile(rf"\b(?P<a>{_ORDINAL}) (?P<name>[A-Za-z][\w+-]*)(?P<a_said> \([^()]{{1,20}}\))? (?:and|&) "
                             rf"(?:the )?(?P<b>{_ORDINAL}) (?P=name)(?P<b_said> \([^()]{{1,20}}\))?", re.I)
"""'first IGF (2006) and sixth IGF (2011) - host cities?': one name, two numbered ones."""


_TWO_CLAIMS = re.compile(r"^\W*(?P<verb>was|were|did|is)\s+(?P<a>(?:the\s+)?[^?,]{3,60}?)\s+in\s+(?P<ya>(?:19|20)\d\d)"
                         r"\s*,?\s+and\s+(?P<b>(?:the\s+)?[^?,]{3,60}?)\s+in\s+(?P<yb>(?:19|20)\d\d)\s*\?", re.I)
"""'Was the Tunis phase in 2003 and the Geneva phase in 2005?': a year claimed of each."""


_ITEM_THEN_NOUN = re.compile(rf"(?P<item>{_ITEM})\s+(?P<noun>[A-Za-z][^?]*?)\s*\??$", re.I)
"""'2013 SG WSIS reports': a listed item, then the noun the items before it share."""


def listed(question: str) -> list[str]:
    """'When were A/66/64 and A/68/65 issued?' -> the question of each; [] when nothing is listed."""
    claims = _TWO_CLAIMS.match(question)
    if claims:
        return [f"{claims['verb']} {claims[x]} in {claims['y' + x]}?" for x in "ab"]
    twice = _NAMED_TWICE.search(question)
    if twice:
        return [f"{question[: twice.start()]}{twice['name']} {twice[x]}{question[twice.end():]}" for x in "ab"]
    numbered = _NUMBERED_TWICE.search(question)
    if numbered:
        return [f"{question[: numbered.start()]}{numbered[x]} {numbered['name']}{numbered[x + '_said'] or ''}"
                f"{question[numbered.end():]}" for x in "ab"]
    ends = _BOTH_ENDS.search(question)
    if ends:
        return [question[: ends.start()] + end + question[ends.end():] for end in ends.groups()]
    ordinals = _ORDINALS_LISTED.search(question)
    if ordinals:  # "the first and the sixth IGF meetings" -> "the first IGF meetings", "the sixth IGF meetings"
        items = re.findall(_ORDINAL, ordinals["items"], re.I)
        if 2 <= len(items) <= MAX_LISTED and len(set(items)) == len(items):
            return [question[: ordinals.start()] + item + ordinals["noun"] + question[ordinals.end():] for item in items]
    years = _each_year(question)
    if years:
        return years
    of_both = _OF_BOTH.search(question) or not _LISTED.search(question) and _BOTH_THEN.search(question)
    if of_both and re.fullmatch(_ITEM, of_both["b"].strip(" .!?"), re.I):
        of_both = None  # "symbols of the reports of 2011 and 2013": years listed, not two things named
    shared = _ITEM_THEN_NOUN.match(of_both["b"].strip()) if of_both else None
    if of_both and shared and re.fullmatch(rf"(?:the\s+)?{_ITEM}", of_both["a"].strip(), re.I):
        # "dates of the 2011 and 2013 SG WSIS reports": each year's reports
        ask, noun = of_both["ask"].lower().rstrip("s"), shared["noun"]
        items = (of_both["a"].strip().removeprefix("the ").strip(), shared["item"])
        return [f"{question[: of_both.start()]}{ask} of the {item} {noun}?" for item in items]
    if of_both:  # "symbols of the Geneva Declaration and the Plan of Action?" -> the symbol of each
        ask = of_both["ask"].lower().rstrip("s")
        head = question[: of_both.start()]
        return [f"{head}{ask} of {of_both[x].strip()}?" for x in ("a", "b")]
    places = _IN_BOTH.search(question)
    if places:
        return [f"{question[: places.start()]}in {places[x]}?" for x in ("a", "b")]
    first = _FIRST_N.search(question)
    bracketed = _ITEMS_IN_BRACKETS.search(question)
    if first and bracketed:  # "the first two IGF meetings (2006, 2007)?": the years say which
        rest = question[: bracketed.start()] + question[bracketed.end():]
        first = _FIRST_N.search(rest)
        items = re.findall(_ITEM, bracketed[0])
        if first and len(items) == _FIRST_N_COUNT[first["n"].lower()]:
            return [rest[: first.start()] + item + rest[first.end():] for item in items]
    if first:  # "first two IGF host cities?" -> the first's, the second's
        n = _FIRST_N_COUNT[first["n"].lower()]
        return [question[: first.start()] + end + question[first.end():] for end in ("first", "second", "third")[:n]]
    pair = _AND_THE_ONE.search(question)
    if pair:
        return [question[: pair.start()] + f"{pair['det']} {pair[which]} {pair['noun']}" + question[pair.end():]
                for which in "ab"]
    paragraphs = _PARAGRAPHS_LISTED.search(question)
    if paragraphs and _SAYS.search(question):
        numbers = re.findall(r"\d+", paragraphs["items"])
        if 2 <= len(numbers) <= MAX_LISTED:
            return [question[: paragraphs.start()] + f"paragraph {n}" + question[paragraphs.end():] for n in numbers]
    match = _LISTED.search(question)
    if match is None:
        return []
    items = re.findall(_ITEM, match["items"])
    if not 2 <= len(items) <= MAX_LISTED or len(set(items)) < len(items):
        return []
    return [question[: match.start()] + item + question[match.end():] for item in items]


MIN_TERSE_WORDS = 3
"""A terse first part ('geneva declaration symbol') names what it asks about before its ask word;
'draft symbol' names only a kind of it, the rest of the question says of what."""

_ASKED_LAST = re.compile(r"\b(?:date|dates|symbol|symbols|title|titles|link|venue|place|city|cities|chair|length|duration"
                         r"|number|name|location|locations|host|hosts)(?:\W+(?:pls|plz|please|thx|thanks))?\W*$", re.I)
"""'tunis phase dates, and ...': a terse part saying what it asks for last."""

_TOPIC_SEPARATOR = re.compile(r"\s[-–—]\s|:\s")
_ASK_CUE = re.compile(r"\b(when|where|who|whom|whose|which|what|how|date|dates|chair|chaired|chairs|symbols?|titles?|links?"
                      r"|venue|place|city|members|paragraph|para|role|outcome)\b", re.I)
_ASKS_SPLIT = re.compile(r",\s*(?:and\s+|&\s+)?|\s+\+\s+|\s+(?:and|&)\s+(?=(?:what|which|who|whom|when|where|how|its?)\b)",
                         re.I)
_KIND_ASKED = re.compile(r"\b(?:res|reso|resolution|report|draft|press release|plenary|mtg|meeting|no|nr)\b", re.I)
"""'wsis+20: modalities res + draft symbol': a kind of document asked for, of the topic."""
MAX_TOPIC_ASKS = 3
"""'first WGEC - chair, how many member states, and which CSTD session did it report to?'."""


_YES_NO = re.compile(r"(?:was|were|is|are|did|does|has|had) (?:it|they)\b", re.I)
"""'..., and was it put to a vote?': a yes/no question about the topic."""


def topic_parts(question: str) -> list[str]:
    """'second WGEC - who chaired it and when was its last meeting?': a topic, then what is asked of
    it -> one question per thing asked, each naming the topic; [] otherwise."""
    text = " ".join(question.split()).rstrip(" ?")
    separators = list(_TOPIC_SEPARATOR.finditer(text))
    if not separators:
        return []
    last = separators[-1]
    topic, asks = text[: last.start()].strip(), text[last.end():].strip()
    if _ASK_CUE.match(topic) or len(topic.split()) > 12:
        return []
    pieces = [p.strip() for p in _ASKS_SPLIT.split(asks) if p.strip()]
    if not 2 <= len(pieces) <= MAX_TOPIC_ASKS or not all(_ASK_CUE.search(p) or _YES_NO.match(p) or _KIND_ASKED.search(p)
                                                         for p in pieces):
        return []
    return [f"{topic}: {piece}?" for piece in pieces]


def parts(question: str) -> list[str]:
    """The questions asked in one, each as a question of its own; [] when only one is asked."""
    text = " ".join(question.split())
    return _paired(text) or topic_parts(text) or _clauses(text)


def _paired(text: str) -> list[str]:
    """'When and where was it adopted?' -> 'When was it adopted?', 'Where was it adopted?'."""
    paired = _PAIRED.match(text)
    if paired is None:
        return []
    rest = paired["rest"]
    second = paired["b"] if paired["pre"] else paired["b"][:1].upper() + paired["b"][1:]
    return [f"{paired['pre']}{paired['a']}{rest}", f"{paired['pre']}{second}{rest}"]


_SYMBOL_OPENS = re.compile(r"^\W*(?:(?:res|resolution|reso|doc|document)\s+)?(?:[A-Z]+/)*\d+/\d+\b", re.I)
_SYMBOL_FIRST = re.compile(_SYMBOL_OPENS.pattern + r"[^?]{3,}\?\s*\S", re.I)
"""'60/252 passed w/ a recorded vote? draft sym?': a symbol, what is asked of it, a question mark: a
question, though it opens with no question word."""


_PHRASE_FIRST = re.compile(r"[\w'’ /+-]{3,60}")
"""'Besides endorsing the Tunis outcomes': a short phrase, no sentence, before the first question."""


def _clauses(text: str) -> list[str]:
    """'When was the group set up, and who chaired it?' -> its two questions, as typed."""
    pieces = [p.strip(" ,;") for p in _SECOND.split(text, maxsplit=MAX_PARTS)]
    if len(pieces) > MAX_PARTS and _PHRASE_FIRST.fullmatch(pieces[0]) and not (_A_QUESTION.search(pieces[0])
                                                                            or _ASK_CUE.search(pieces[0])):
        pieces = [f"{pieces[0]}, {pieces[1]}", *pieces[2:]]  # "Besides endorsing X, which ..., and whom ...?"
    elif len(pieces) > MAX_PARTS:
        pieces = [p.strip(" ,;") for p in _SECOND.split(text, maxsplit=MAX_PARTS - 1)]
    typed = text.split("?")[0].strip(" ,;") if len(pieces) > 1 and _SYMBOL_FIRST.match(text) else None
    of_symbol = bool(_SYMBOL_OPENS.match(text))  # "60/252 press release no + plenary mtg?": kinds of things asked of it
    if len(pieces) < 2 or any(len(p.split()) < 2 or not (_A_QUESTION.search(p) or _ASK_CUE.match(p) or _ASKED_LAST.search(p)
                                                         or CLAIM_TAG.search(p) or p == typed
                                                         or of_symbol and _KIND_ASKED.search(p)) for p in pieces):
        return []  # "In the 2015 review's outcome, which paragraph ...?" asks one thing
    if (_ASKED_LAST.search(pieces[0]) and not _A_QUESTION.search(pieces[0]) and len(pieces[0].split()) < MIN_TERSE_WORDS
            and not re.search(r"\d", pieces[0])):
        return []  # "draft symbol and plenary meeting number for res 60/252?": what it is of is named later
        # (not "igf09 location? and ...": a number names it)
    asked_kinds = {m[0].lower() for p in pieces if (m := _KIND_ASKED.search(p))}
    kinds = of_symbol and len(asked_kinds) == len(pieces)  # each piece asks its own kind of thing
    if (detect_intent(pieces[0])[0] == detect_intent(pieces[1])[0] and not _refers_back(pieces[1])
            and not _names_other(pieces[1], pieces[0]) and not kinds):
        return []  # "what is the addendum about? what's its heading?" asks one thing twice
    return [p if p.endswith("?") else p + "?" for p in pieces]


def _refers_back(part: str) -> bool:
    """A clause saying 'it' or 'the 2009 one' of what another clause names."""
    return bool(_REFERS_BACK.search(part) or _THE_ONE.search(part))


MIN_OTHER_WORDS = 2
"""A second clause of the same kind asks of something else when it names this many words the first
does not ("which GA res first extended the IGF mandate, and what's the symbol of the WG report?")."""


_NAMING_NOTHING = frozenset("please thanks thank need needs want wants exact exactly precise also".split())
"""'Please give me the link.', 'I need the exact paragraph number.': words that name nothing (with those
that only say what is asked)."""


def _names_other(part: str, other: str) -> bool:
    """The part names at least MIN_OTHER_WORDS words of four letters or more that the other lacks."""
    known = {w.lower() for w in re.findall(r"[\w/.+-]+", other)} | detect_intent(part)[1] | _NAMING_NOTHING
    own = re.findall(r"[\w/.+-]{4,}", _ASKING_OPENER.sub("", part))
    return len({w.lower() for w in own} - known) >= MIN_OTHER_WORDS


_ELLIPTICAL = re.compile(r"^\W*(?:at|in|on|under|during|by|from|for|with) (?:which|what) (?:[\w-]+ ){0,2}[\w-]+\W*$", re.I)
"""'..., and at which ECOSOC session?': no verb, no subject: it asks of what the other part says."""


def _attempts(part: str, others: list[str], later: bool) -> list[str]:
    """How a later clause is asked, in turn until one is answered: alone (unless it says "it" of what
    went before), then with all the other clauses' words ("... a two-day event? and who was meant to take
    part?"), then with only what they name ("When did the CEB endorse UNGIS, and when was its
    inaugural meeting?": UNGIS and the CEB, without the endorsing)."""
    if not later:  # what comes first names what it asks about itself
        return [part]
    named = [w for p in others for w in _NAMES.findall(p)]
    names = " ".join(named)
    words_ = " ".join(_ASKED_LAST.sub("", _ASKING_OPENER.sub("", p).rstrip(" ?")).rstrip() for p in others)
    bare = part.rstrip(" ?")
    # "draft symbol?" alone names only a kind of thing: what it is of, the other part says
    terse = len(part.split()) < MIN_TERSE_WORDS and not _NAMES.search(part) or _ELLIPTICAL.match(part)
    tries = [] if _refers_back(part) or terse else [part]
    one = _THE_ONE.search(bare)
    noun = next((n for n in reversed(named) if not n[0].isdigit()), None)
    if one and noun:  # "where was the 2009 one?" -> "where was the 2009 IGF?" (not "... held in 2011, and the Baku one")
        tries.append(f"{bare[: one.start('one')]}{noun}{bare[one.end('one'):]}?")
    return tries + [f"{bare} ({context})?" for context in dict.fromkeys((words_, names)) if context]


def _asked(text: str) -> list[list[str]]:
    """Each thing the question asks, as the questions to try for it. A part of 'when and where', a
    thing asked of a named topic, a thing listed alike, names what it is about and is asked as it is."""
    as_is = _paired(text) or topic_parts(text)
    if as_is:
        return [[p] for p in as_is]
    clauses = _clauses(text)
    if clauses:
        return [_attempts(p, clauses[:i] + clauses[i + 1 :], later=i > 0) for i, p in enumerate(clauses)]
    return [[p] for p in listed(text)]


def answer_parts(question: str, ask_one: Callable[[str], AskResult]) -> AskResult | None:
    """Every part answered: the answers together, citing each; else None (answer it as one question)."""
    asked = _asked(" ".join(question.split()))
    if not asked:
        return None
    answered: list[AskResult] = []
    for attempts in asked:
        # a later part answered as an earlier one was asks the same again only when no other way of
        # asking it answers otherwise ("..., and when was the meeting in New York (ECOSOC resolution 2010/2
        # adopted)?" is the resolution's date again; "(ECOSOC 2010/2)" finds the meeting)
        given = {r.answer for r in answered}
        result = None
        for attempt in map(ask_one, attempts):
            if attempt.answered:
                result = result or attempt
                if attempt.answer not in given:
                    result = attempt
                    break
        if result is None or not result.citations:
            return None
        answered.append(result)
    texts: list[str] = []
    for r in answered:  # an answer holding another stands for both ("held on 9 December 2011. Approved without a vote")
        if any(r.answer in t for t in texts):
            continue
        held = [i for i, t in enumerate(texts) if t in r.answer]
        if held:
            texts = [r.answer if i == held[0] else t for i, t in enumerate(texts) if i == held[0] or i not in held]
        else:
            texts.append(r.answer)
    citations = tuple(dict.fromkeys(c for r in answered for c in r.citations))
    text = "\n".join(f"• {t}" for t in texts) if len(texts) > 1 else texts[0]
    return AskResult(question=question, answered=True, answer=text, citations=citations,
                     confidence=min(r.confidence for r in answered), record_id=answered[0].record_id)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\d\"'“‘(])")
MIN_LAST_QUESTION_WORDS = 4
"""'Under which heading was it submitted?' names too little alone; a shorter last sentence is not tried."""

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my)\b|\b(?:we|we're|we’re|we've|our|us)\b", re.I)
_LEAD_IN = re.compile(r"^(?P<lead>[^:?]{3,160}):\s+(?P<rest>\S.*)$")
_PURPOSE_FIRST = re.compile(r"^\W*(?:for|as part of|to prepare|preparing|drafting|writing up)\s+(?:a|an|my|our|this|his|her"
                            r"|their|tomorrow's|today's|next week's)\s+[^,?:]{2,80},\s*(?P<rest>\S[^,]*\?\s*)$", re.I)
"""'For a slide on the IGF's first cycle, can you list ...?': what the asker needs it for, before a comma."""
"""'For a lecture I'm giving on the history of WSIS: which resolution ...?', 'Secretariat question: ...'."""


_HEARSAY = re.compile(r"\b(?:keep|keeps|kept)\s+\w+ing\b|\b(?:say|says|said|saying|claim|claims|claimed|complain|complains"
                      r"|complained|think|thinks|thought|believe|believes|believed|insist|insists|insisted|argue|argues"
                      r"|argued|told|refer|refers|referring)\b", re.I)
"""'Delegates keep saying ...', 'Some delegations complained ...': what others say, around the question."""

_WANT_TO_KNOW = re.compile(r"^[^?]*?\b(?:need|want|would like|'d like|’d like|trying|hoping|wondering)\s+(?:to\s+)?"
                           r"(?:know|find out|check|confirm|understand|clarify|get clear on|be clear on|whether)\s+", re.I)
"""'... and need to know which numbered meeting heard the report?': what follows is what is asked."""


_REPORTED_CLAIM = re.compile(
    r"^(?P<who>[^.?!]{0,80}?)\b(?:says?|said|saying|wrote|writes|write|claims?|claimed|cites?|cited|states?|stated|thinks?"
    r"|thought|believes?|believed|told (?:me|us)|insists?|insisted|argues?|argued|mentions?|mentioned|put it|puts it"
    r"|has it|have it|had it|assumes?|assumed)\s+(?:that\s+)?(?P<claim>[^?!]{12,}?)\s*[.;]\s+(?P<check>[^.]+[.?!]?)\s*$", re.I)
_CHECK = re.compile(r"^\W*(?:(?:is|was|are|were) (?:that|this|it|they)\b|(?:(?:can|could|would) (?:you|someone|somebody) )?(?:please )?"
                    r"(?:correct|check|verify|confirm|double.?check)\b"
                    r"|(?:am i|are we|is she|is he|are they) (?:right|correct|wrong)\b|(?:right|correct|true|accurate)\W*$)", re.I)
"""'A delegation's letter says the meeting took place on 22 May 2012. Is that right?': the claim is the
question ('... took place on 22 May 2012, right?'), checked as a claim."""


_DOWN_AS = re.compile(r"^(?:[^.?!]*?\b)?(?:i|we)(?: have|'ve|’ve| had) (?P<what>[^.?!]{3,}?) (?:down|noted|written down|listed)"
                      r" (?:as|for) (?P<as>[^.?!]{3,}?)\s*[.;]\s+(?P<check>[^.]+[.?!]?)\s*$", re.I)
"""'I have the May 2012 consultations down as taking place in New York. Is that correct?'"""


def reported_claim(question: str) -> str | None:
    """'X says CLAIM. Is that right?' -> 'CLAIM, right?'; 'I have X down as Y. Correct?' -> 'X Y, right?';
    None when the question is not so."""
    text = " ".join(question.split())
    down = _DOWN_AS.match(text)
    if down and _CHECK.search(down["check"]):
        return f"{down['what']} {down['as'].rstrip(' ,')}, right?"
    match = _REPORTED_CLAIM.match(text)
    if match is None or not _CHECK.search(match["check"]):
        return None
    return f"{match['claim'].rstrip(' ,')}, right?"


_ASIDE = re.compile(r",\s*(?:the same (?:year|month|day|week) as|just (?:like|as|before|after)|i\.e\.|that is|like|as with|around the"
                    r" time of|about the same time as|(?:a few|some|several|two|three|six) (?:days|weeks|months|years)"
                    r" (?:after|before|later than|earlier than)|(?:shortly|soon|not long) (?:after|before))\b[^?]*[?.]*\s*$", re.I)
"""'..., the same year as the enhanced cooperation consultation?': an aside, not what is asked."""

_OPTIONS = re.compile(r"\s*(?:\?\s*|[—–:]\s*|\s-\s+)(?:(?:was it|is it|or)\s+)?[^—–:?]{1,40}(?:,\s*|\s+or\s+)[^—–:?]{1,40}\??\s*$", re.I)
"""'..., on the consultations — the first, the second, the third?': the answers the asker offers."""


_WHY_ASKED = re.compile(r"^\W*(?:for|planning|preparing|drafting|writing|working on|need (?:it|this|that)|needed"
                        r"|(?:we|i) (?:want|need|plan|hope|intend|would like) to|we(?:'re| are) (?:planning|preparing|drafting)"
                        r"|thanks|thank you|thx|ty|cheers|asking|citing|to cite|in a hurry|urgent"
                        r"|(?:i|we)(?:'ve| have| had)? (?:keep|kept|always|often|saw|see|seen|heard|hear|read|came across"
                        r"|come across|noticed|found))\b", re.I)
_TOPIC_THEN_IT = re.compile(r"^\W*(?P<topic>(?:[\w/.()+-]+\s+){0,5}?[\w/.()+-]+)\s*(?:\s[-–—]\s|:\s)\s*"
                            r"(?P<before>[^?]*?\b)(?:it|they)\b(?P<after>.*)$", re.I)
"""'res 66/184 - what did it ask the secretary-general?': the topic is what 'it' is."""

_ASKS_MORE = re.compile(r"\b(?:names?|list|details?|pls|please|predict|full|exact|why|more)\b", re.I)
"""'...? names', '...? exact date pls': a short tail asking more, not a guess."""

_PLACED_BY_ANOTHER = re.compile(r"\s+(?:just |shortly |right )?(?:after|before|following|prior to)\s+(?:the|its|their|that)\s+"
                                r"(?:[\w'’-]+\s+){0,4}?(?:meeting|session|consultations?|summit|review)\s*\??\s*$", re.I)
"""'... after the one-day meeting?', '... after its 15th session?': when, by another event, which the
record of what is asked need not name."""

_GUESS_AFTER_COMMA = re.compile(r",\s*(?:or\s+)?(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:himself|herself|itself|themselves)\s*\?\s*$",
                                re.I)
"""'..., the SG himself?': a guess offered after a comma, which the answer settles."""

MAX_GUESS_WORDS = 5
"""'...? The SG himself?', '...? Only states?': a short guess after the question, which the answer settles."""

MAX_TAIL_WORDS = 12
"""'...? for the footnote', '...? planning our side event': a short note after the question says why it
is asked ('...? names', '...? predict pls' ask more, and are kept)."""


_THAT_THING = re.compile(r"\b(?:that|this|those|these) (?:(?:[a-z]+-)+[a-z]+ )?(?P<noun>[a-z]{4,})\b", re.I)
_ARTICLE = re.compile(r"\b(?:a|an|the|some)\s", re.I)
"""Where a thing named with an article may start ('an earlier round of open consultations')."""
_TIME_OF_EVENT = re.compile(r"(?:^|(?<=[.!?]\s))\W*(?:before|after|since|until|till|prior to|ahead of|following)\s+(?:the\s+|a\s+|an\s+)?"
                            r"(?:[\w'’/+-]+\s+){0,4}?(?:meetings?|sessions?|consultations?|events?)\b", re.I)
"""'Before the 2012 CSTD meeting, ...' opening a sentence: the time of what the sentence names, not it."""
_EVENT_NOUNS = ("meeting", "meetings", "consultation", "consultations", "session", "event", "gathering")
"""'an earlier round of open consultations ... When was that face-to-face meeting held?': one event, named two ways."""


_PARAGRAPH_NAMED = re.compile(r"(?:\b(?P<doc>(?:[A-Z][\w'’/+-]*\s+){1,3}))?\b(?:paragraph|para)\.?\s*(?P<n>\d+)"
                              r"(?P<of>\s+of\s+(?:the\s+)?[A-Z0-9][\w'’/+.-]*(?:\s+[A-Z0-9][\w'’/+.-]*){0,3})?")
"""'Tunis Agenda para 35', 'para 34 of the Tunis Agenda': a paragraph named by its number."""

_SINCE = re.compile(r"^\W*(?:since|as|because|given that|seeing that|now that) (?P<clause>[^,?]{8,160}),\s*(?P<rest>\S.*)$", re.I)
"""'Since the addendum keeps referring to Tunis Agenda para 35, what does that paragraph say?': why it
is asked, before what is asked."""


def _that_thing_named(before: str, last: str) -> str | None:
    """The last sentence with 'that meeting' replaced by the phrase an earlier sentence names it with
    ('a meeting about enhanced cooperation ...' -> 'the meeting about enhanced cooperation ...'); None
    when the last sentence says no such thing or nothing before names it."""
    that = _THAT_THING.search(last)
    if that is None:
        return None
    if that["noun"].lower() in ("paragraph", "para"):  # "Since ... Tunis Agenda para 35, what does that paragraph say?"
        para = _PARAGRAPH_NAMED.search(before)
        if para is None:
            return None
        of = para["of"] or (f" of the {para['doc'].strip()}" if para["doc"] else "")
        return f"{last[: that.start()]}paragraph {para['n']}{of}{last[that.end():]}"
    noun = re.escape(that["noun"])
    # what is named, not as the time of something else ("Before the 2012 CSTD meeting there was an
    # earlier round of consultations. When was that meeting?")
    before = _TIME_OF_EVENT.sub(" ", before)
    named = re.search(rf"\b(?:a|an|the|some)\s+(?P<phrase>(?:[\w'’-]+\s+){{0,3}}?{noun}\b[^.?!,;:]*)", before, re.I) \
        or re.search(rf"\b(?P<phrase>(?:[A-Z][\w'’/+-]*\s+){{1,3}}{noun}\b[^?!,;:]*?)(?=\.?\s*$|[?!,;:]|\.\s)", before)
    if named is None and that["noun"].lower() in _EVENT_NOUNS:  # the last event named, however it was called
        events = re.compile(rf"(?:a|an|the|some)\s+(?P<phrase>(?:[\w'’-]+\s+){{0,4}}?(?:{'|'.join(_EVENT_NOUNS)})\b[^.?!,;:]*)",
                            re.I)
        named = [None, *filter(None, (events.match(before, a.start()) for a in _ARTICLE.finditer(before)))][-1]
    if named is None:  # (or named by its body: "convened under ECOSOC resolution 2010/2")
        return None
    return f"{last[: that.start()]}the {named['phrase'].strip()}{last[that.end():]}"


_THE_ONE_THAT = re.compile(r"\s*\((?:i\.e\.,?\s*)?the one\b[^()]*\)|,\s*(?:i\.e\.,?\s*)?the one (?:that|which|who|where"
                           r"|after|before|asking|about|on|from|with|in|of|by)\b[^,?]*"
                           r"|(?<=\w)(?<!\bthe)(?<!\bits) \((?:the )?(?:last|final|latest|first|earliest)(?: one)?\)", re.I)
"""'date of res 2010/2 (the one asking for EC consultations)?', '..., the one after A/67/66?', 'the
additional (last) meeting': a description of what is asked, whose words name other things or claim
an order the knowledge may not be able to confirm."""


def that_thing_resolved(question: str) -> str | None:
    """'The 2010 consultations fed into an SG report on enhanced cooperation. What's that report's
    symbol?' -> the last sentence naming what 'that report' is; None when it does not point back."""
    sentences = _SENTENCE_END.split(" ".join(question.split()))
    if len(sentences) < 2 or not _A_QUESTION.search(sentences[-1]) or any("?" in s for s in sentences[:-1]):
        return None
    return _that_thing_named(" ".join(sentences[:-1]), sentences[-1])


_LIKE_ANOTHER = re.compile(r"\s*,?\s*(?:just |exactly )?(?:like|the same as|same as|as with|as for) (?:the|its|that of the) "
                           r"(?:[\w+/-]+ ){0,5}?(?:report|document|resolution|meeting|session|one)\b", re.I)
"""'... dated 12 March 2012 like the main report, right?': another thing the claim is likened to, not
what is asked about."""


_NOTE_ABOUT_ASKER = re.compile(r"^\s*(?:i|we|my|our)\b", re.I)
"""'...? i only have the 2nd cttee date': what follows the question is about the asker."""


def without_note_about_asker(question: str) -> str | None:
    """'what date did the GA plenary adopt 66/184? i only have the 2nd cttee date' -> the question
    alone: what the asker has or needs names other things; None without such a note."""
    text = " ".join(question.split())
    first, mark, rest = text.partition("?")
    if not mark or not _NOTE_ABOUT_ASKER.match(rest) or "?" in rest or _A_QUESTION.search(rest) \
            or len(rest.split()) > MAX_TAIL_WORDS or not _A_QUESTION.search(first + "?"):
        return None
    return first + "?"


def without_likeness(question: str) -> str | None:
    """The question without what it likens its claim to, or without an aside placing it by another
    event ('Which city hosted the IGF in 2012, the same year as the CSTD consultations?'); None when
    it has neither."""
    text = " ".join(question.split())
    plain = _LIKE_ANOTHER.sub("", text)
    aside = _ASIDE.search(plain)
    if aside and _A_QUESTION.search(plain[: aside.start()]):
        plain = plain[: aside.start()].rstrip(" ,") + "?"
    return plain if plain != text else None


def without_description(question: str) -> str | None:
    """The question without its 'the one ...' description of what it asks about; None when it has none."""
    text = " ".join(question.split())
    plain = _THE_ONE_THAT.sub("", text)
    return plain if plain != text and len(plain.split()) >= 3 else None


def topic_for_it(question: str) -> str | None:
    """'res 66/184 - what did it ask the SG?' -> 'what did res 66/184 ask the SG?'; None otherwise."""
    text = " ".join(question.split())
    topic = _TOPIC_THEN_IT.match(text)
    if topic is None or _ASK_CUE.search(topic["topic"]) or parts(text):  # (several asks of a topic: topic_parts)
        return None
    return f"{topic['before']}{topic['topic'].strip()}{topic['after']}"


_NUMBERED_MEETING = re.compile(rf"\b{_ORDINAL} (?:meeting|mtg|session)\b", re.I)
_NUMBERED_GROUP = re.compile(rf"\b(?:the )?{_ORDINAL} (?P<name>[A-Z][\w+-]*)\b", re.I)


def _with_numbered_group(question: str, before: str) -> str:
    """'When was the third meeting held?' after '... the second WGEC ...': the meeting of that group,
    which the question alone does not say (alone, it is the first group's third meeting)."""
    if not _NUMBERED_MEETING.search(question) or _NAMES.search(question):
        return question
    group = next((m for m in _NUMBERED_GROUP.finditer(before) if m["name"].isupper()), None)
    return f"{question.rstrip(' ?')} ({group[0]})?" if group else question


def without_lead_in(question: str) -> list[str]:
    """What to ask instead when a question wrapped in its asker's circumstances ("I'm writing up the
    first WGEC for a literature review. When was its very first meeting?") is not answered: without
    the lead-in before a colon, without the sentences about the asker (what they name kept when the
    rest says "it"), and the last sentence alone (its lead-in may claim something wrong: "A colleague
    says paragraph 35 is about the IGF. What is paragraph 35 about?"). [] when there is no lead-in."""
    text = " ".join(question.split())
    out: list[str] = []
    aside = _ASIDE.search(text)
    if aside and _A_QUESTION.search(text[: aside.start()]):  # "Where did the IGF meet in 2012, the same year as ...?"
        out.append(text[: aside.start()].rstrip(" ,") + "?")
    options = _OPTIONS.search(text)
    if options and (_A_QUESTION.search(text[: options.start()]) or _ASK_CUE.search(text[: options.start()])):  # "At which meeting ...? the first, the second, the third?"
        out.append(text[: options.start()].rstrip(" ?,") + "?")
    before, mark, tail = text.rpartition("?")
    if mark and _WHY_ASKED.match(tail) and len(tail.split()) <= MAX_TAIL_WORDS and not _A_QUESTION.search(tail) \
            and (_A_QUESTION.search(before) or _ASK_CUE.search(before) or CLAIM_TAG.search(before + "?")):
        # "when does the session close? planning our side event", "... only, correct? we want to argue ..."
        out.append(before + "?")
    placed = _PLACED_BY_ANOTHER.search(text)
    if placed and not aside and _A_QUESTION.search(text[: placed.start()]):  # "... the first WGEC after the one-day meeting?"
        out.append(text[: placed.start()].rstrip(" ,") + "?")
    guess = _GUESS_AFTER_COMMA.search(text)
    if guess and _A_QUESTION.search(text[: guess.start()]):  # "who convened that one-day EC mtg, the SG himself?"
        out.append(text[: guess.start()] + "?")
    first, mark, rest = text.partition("?")
    if mark and rest.strip() and len(rest.split()) <= MAX_TAIL_WORDS and _HEARSAY.search(rest) \
            and not _A_QUESTION.search(rest) and (_A_QUESTION.search(first + "?") or _ASK_CUE.search(first)):
        out.append(first + "?")  # "IGF baku - dates? someone in the thread said 5-9 nov": what is claimed, checked
    if mark and rest.strip() and len(rest.split()) <= MAX_GUESS_WORDS and not _A_QUESTION.search(rest) \
            and not _ASK_CUE.search(rest) and not _ASKS_MORE.search(rest) \
            and (_A_QUESTION.search(first) or CLAIM_TAG.search(first + "?")):
        # "Who did the GA ask to convene it? The SG himself?": a guess offered; "It was for Member States
        # only, correct? we want to argue ...": why it is asked
        out.append(first + "?")
    lead = _LEAD_IN.match(text)
    if lead and not _A_QUESTION.search(lead["lead"]):  # "Looking at the history of WSIS for a seminar: ..."
        text = lead["rest"]
        out.append(text)
    purpose = _PURPOSE_FIRST.match(text)
    if purpose and not _A_QUESTION.search(text[: purpose.start("rest")]):  # "For my brief, when ...?" (not "For the 2012 meeting, ...")
        text = purpose["rest"]
        out.append(text)
    wanting = _WANT_TO_KNOW.search(text)
    if wanting and _FIRST_PERSON.search(text[: wanting.end()]):  # "we need to know which meeting ..."
        text = text[wanting.end():]
        out.append(text)
    since = _SINCE.match(text)
    if since and _A_QUESTION.search(since["rest"]):
        out.append(_that_thing_named(since["clause"], since["rest"]) or since["rest"])
    sentences = _SENTENCE_END.split(text)
    if len(sentences) >= 2:
        asked = [s for s in sentences if _A_QUESTION.search(s) and not _FIRST_PERSON.search(s)] or sentences[-1:]
        about_asker = [s for s in sentences if s not in asked and (_FIRST_PERSON.search(s) or _HEARSAY.search(s))]
        kept = [s for s in sentences if s not in about_asker]
        if about_asker and kept:
            rest = " ".join(kept)
            named = " ".join(w for s in about_asker for w in _NAMES.findall(s))
            out.append(f"{rest.rstrip(' ?')} ({named})?" if _REFERS_BACK.search(rest) and named
                       else _with_numbered_group(rest, " ".join(question.split())[: -len(rest)]))
            hearsay = [s for s in about_asker if not _FIRST_PERSON.search(s)]
            if hearsay and _REFERS_BACK.search(rest):  # "Delegates keep saying EC was late. By when was that process due?"
                said = " ".join(_HEARSAY.sub(" ", s) for s in hearsay)
                out.append(f"{rest.rstrip(' ?')} ({' '.join(re.findall(r'[A-Za-z][A-Za-z+/-]{3,}', said))})?")
        last = sentences[-1]
        if _A_QUESTION.search(last) and len(last.split()) >= MIN_LAST_QUESTION_WORDS and not _REFERS_BACK.search(last):
            whole = " ".join(question.split())  # (its lead-in too: "Tracking the second WGEC: ...")
            out.append(_with_numbered_group(last, whole[: whole.rfind(last)]))
        resolved = _that_thing_named(" ".join(sentences[:-1]), last)
        if resolved:  # "... reports on a meeting about X. Which resolution asked for that meeting?"
            out.append(resolved)
    return list(dict.fromkeys(q for q in out if q != " ".join(question.split())))
