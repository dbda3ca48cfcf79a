"""What kind of fact a question asks for: when, where, who, chair, paragraph, duration, count, which, ...

Used on users' questions and, at build time, on curated questions, so that a curated answer to
"who took part?" is not given to "where was it?". Pure and order-sensitive: the first rule wins,
but a question asking two things ("Which resolution set the modalities, and when was it
adopted?") is about what it asks first.
"""

from __future__ import annotations

import re

from bot.text import fold_ordinals, words

QUESTION_WORD_TYPOS = {
    "wher": "where", "whre": "where", "wehre": "where", "whee": "where", "wen": "when", "whn": "when",
    "wehn": "when", "wat": "what", "wht": "what", "waht": "what", "whta": "what", "hwo": "who", "whos": "who is",
    "whcih": "which", "wich": "which", "whihc": "which", "whats": "what is", "whens": "when is",
    "wheres": "where is", "whens's": "when is",
}
"""Question words are too short for the spelling checker; their usual typos are listed instead."""

INTENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("deadline", r"\bby (which|what) (session|year|month)\b"),  # before "composition" in "review its composition"
        ("chair", r"\b(who (chaired|chairs|presided over|led|leads|headed)|who (was|is|were) (chairing|heading|leading|presiding over)|who (was|is|were) (the )?(?!vice )([a-z0-9]+ )?(?<!vice )chair(man|person)?"
                  r"|chaired by whom|who (was|is) (the )?head of|name of the chair|(person|individual) (chairing|who chaired))\b"),
        ("paragraph", r"\b((which|what) ((?!(does|did|do|is|was|were|are|has|have|had|says|said)\b)[a-z0-9]+ ){0,3}?"
                      r"(operative |preambular )?(paragraph|paragraphs|para|paras)|in which (operative )?"
                      r"(paragraph|para)|(paragraph|para) (number|no|nr)|(paragraph|para) (for|on|about|asking|calling|requesting|that|which|[a-z]{3,}ing)"
                      r"|\b(op|operative|pp|preambular)\.? (paragraphs?|paras?) (of|in|that|which|number|no)"
                      r"|(paragraphs?|paras?) (cited|referred to|referenced|mentioned|quoted|invoked|listed)\b(?! (as|by)\b))\b"),
        ("duration", r"\b(how long|for how many years|how many years|how many yrs|for how long|duration|(what|which) period"
                     r"|(what|which) time ?frame|timeframe"
                     r"|length of|to last|lasted"
                     r"|by how (much|long|many years)|how many more years)\b"),
        ("count", r"\b(how many|how much)\b"),
        ("participants", r"\b(who (was|were|is|are) (to |supposed to |invited to |allowed to |able to |meant to )?"
                         r"(take part|participate|attend|involve|be involved)|participants?|who could (take part"
                         r"|attend|participate)|who took part|who participated|who attended|who were the members"
                         r"|membership|composition|(supposed|meant|expected|intended) to (involve|include(?! (the |its |his |her )?(outcome|information|results?|reports?|text|paragraphs?|findings)))"
                         r"|(could|can|may|might|allowed to|able to|invited to|entitled to) (take part|participate|attend|join)"
                         r"|who (could|can|may|might|was to|were to) join|who\b[^?]{0,60}\bopen to|open to (whom|who))\b"),
        ("link", r"\b(where can i (find|get|read|download)|where (is|are) the (text|report|document|paper)"
                 r"|where to (find|get|read|download)|link to|link for|download|downloaded|url|pdf"
                 r"|(give|send|share|need|want|post|paste|drop)( me| us)? (the|a) (link|url)"
                 r"|links?(?= *(pls|please|plz|thx|thanks)? *[?.!]* *$))\b"),
        ("deadline", r"\b(by when|until when|till when|by what date|by which date|deadline|due date|no later than when|how soon"
                     r"|when (was|were|is|are) [^?]{1,60}? (supposed|due|expected|meant|required) to (start|begin|launch|be (started|launched|convened|held)))\b"),
        ("time", r"\b(what time|at what time|which time|what hour|at what hour|what o clock|start time|starting time"
                 r"|end time|opening time|closing time)\b"),
        ("when", r"\b(when|what date|which date|what dates|which dates|on what day|what day|which day|what year|(what|which) month"
                 r"|(what|which) (exact|precise|specific) (day|date)|(exact|precise|specific) (date|day)"
                 r"|which year|in what year|dates?|how long ago|dated|(^\W*|(what|which) (was|is|were) )(the )?(first|last|final|opening|closing) day)\b"),
        ("where", r"\b(where|which (city|cities)|what (city|cities)|which country|what country|in which town|which venue|what venue"
                  r"|venue|location|located|host city|host cities|which building|what building|whose (offices|premises)|(which|what) ([a-z]+ ){1,2}(premises|offices?|headquarters)"
                  r"|(in|at) (which|what|whose)(?=\b.{0,100}\b(take place|took place|taken place|held|hosted|meet|met)\b))\b"),
        ("outcome", r"\b((came|come|comes) out of|resulted from|emerged from)\b"),  # before "which report"
        ("which", r"\b((which|what) (un |ga |ecosoc |general assembly |assembly |council |commission )?(resolution|resolutions|res|reso"
                  r"|document|documents|decision|symbol|report|text|instrument)|mandated by|under which|legal basis|basis for"
                  r"|who mandated|what mandated|document symbol|symbol of|symbol for|resolution number|document number|what number [^?]{0,60}? as an? (adopted )?(ga |general assembly )?resolution"
                  r"|res(?: \d+)? number|(issued|published|circulated|distributed) as|doc (symbol|number|no)"
                  r"|symbols?(?= *(pls|please|plz|thx|thanks)?\W*$))\b"),
        ("who", r"\b(who|whom|which body|which organ|which organi[sz]ation|which organi[sz]ations|which entity"
                r"|which office|which un body|by whom|(convened|organi[sz]ed|prepared) by( whom| who|\s*$))\b"),
        ("outcome", r"\b((?<!wsisplus10 )(?<!wsisplus20 )outcome(?! (document|doc|resolution|text))|what came out|(came|come|comes) out of|results? of|conclusions? of)\b"),
    )
)


def fix_question_words(tokens: list[str]) -> list[str]:
    """['wher', 'was', ...] -> ['where', 'was', ...]."""
    out: list[str] = []
    for t in tokens:
        out.extend(QUESTION_WORD_TYPOS.get(t, t).split())
    return out


_SUBORDINATE_WHEN = re.compile(r"^((?:which|what|who|whom|where|how|was|were|did|is|are|does|do) .*?\w) when"
                               r" (?:it|they|he|she|the|this|that|its|their|a|an) .*$")
"""'Which fund did 60/252 welcome when it endorsed the Tunis outcomes?', 'Were developing countries
mentioned when the GA asked for the meeting?': a 'when' inside the question says at what time the
thing asked about happened; it does not ask when."""


_WHICH_ONES = re.compile(r"\b(which|what) (?:ones|of them)\b")
_PARAGRAPHS_NAMED = re.compile(r"\b(?:some|certain|several|two|the|these|those|particular) (?:[a-z]+ )?(paragraphs|paras)\b")
"""'... some paragraphs of the Tunis Agenda. which ones?': the ones are the paragraphs named before."""


def _which_ones(lowered: str) -> str:
    """'which ones' -> 'which paragraphs' when the words before name paragraphs."""
    asked = _WHICH_ONES.search(lowered)
    if asked and _PARAGRAPHS_NAMED.search(lowered, 0, asked.start()):
        return lowered[: asked.start()] + f"{asked.group(1)} paragraphs" + lowered[asked.end():]
    return lowered


def detect_intent(text: str) -> tuple[str, set[str]]:
    """The kind of fact asked for, and the words that only said so (they are not content)."""
    lowered = _which_ones(" ".join(fix_question_words(words(text))))
    lowered = _SUBORDINATE_WHEN.sub(r"\1", lowered)  # "which fund did it welcome when it endorsed ...?"
    clauses = SECOND_QUESTION.split(text.lower(), maxsplit=1)
    if len(clauses) > 1:  # "Which resolution set the modalities, and when was it adopted?"
        first, said = detect_intent(clauses[0])
        if first != "what":
            return first, said
    opening = _WHICH.match(lowered)
    if opening:  # "Which ECOSOC resolution noted the composition ...?" asks for the resolution
        return "which", set(opening.group(0).split()) - ISSUERS
    if _WHICH_OCCASION.search(lowered):
        return "what", set()  # "the Bureau picked the date at a CSTD event. Which event was that?" asks which meeting
    if _SIZE_ASKED.search(lowered):
        return "count", set()  # "size of the second wgec?": how many members ("size" says what is counted)
    asked = _WHO_WAS_ASKED.search(lowered)
    if asked:
        # "who was asked to review the CSTD's mandate, agenda and composition?", "which body did the GA ask ...?"
        return "who", {"who"} | set(asked.group(0).split()[:2]) - {"was", "were", "is", "are", "did"}
    if _WHERE_IN_A_TEXT.search(lowered):
        return "paragraph", {"where"}  # "where are Tunis paras 34 and 35 restated in 70/125?": in which paragraphs
    if _WHICH_ITEM.search(lowered) and INTENTS_BY_NAME["outcome"].search(lowered):
        return "which", set()  # "66/184 came out of the Second Committee under which agenda item?"
    for name, pattern in INTENTS:
        matches = list(pattern.finditer(lowered))
        if matches:
            if name in ("when", "where") and lowered.startswith("who ") and not _EXPLICIT_WHEN_WHERE.search(lowered):
                name, matches = "who", [m for m in [INTENTS_BY_NAME["who"].search(lowered)] if m]  # "who picked the date?"
            return name, {w for m in matches for w in m.group(0).split() if w in _ASKING} - ISSUERS
    tokens = lowered.split()
    if len(tokens) <= SHORT_QUESTION_WORDS and _OFFICE_WORDS & set(tokens) and not _ASKED_OF_AN_OFFICE & set(tokens):
        return "chair", set(tokens) & _OFFICE_WORDS  # "wgec chair 2013?" asks who was the chair
    return "what", set()


_WHICH_OCCASION = re.compile(r"\b(?:which|what) (?:event|occasion)(?: was (?:that|it)| did)\b")

_SIZE_ASKED = re.compile(r"^\W*(?:what was |what is |what's )?(?:the )?size of\b|\bhow (?:big|large) (?:was|is|were|are)\b")

_WHO_WAS_ASKED = re.compile(r"\bwho (?:was|were|is|are) (?:asked|requested|invited|tasked|mandated|charged"
                            r"|entrusted|called upon|called on) to (?!take part|participate|attend|join|be involved|be part)"
                            r"|\b(?:who|whom|which (?:body|bodies|organ|organs|organi[sz]ation|organi[sz]ations|agency|entity))"
                            r" did [^?]{1,80}? (?:ask|request|invite|task|mandate|charge|entrust|call (?:up)?on)"
                            r"(?: [^?]{1,30}?)? to (?!take part|participate|attend|join|be involved|be part)")
"""Who was given a task, whatever the task names ('composition' does not ask who took part; nor does
'which body did the GA ask to review the Commission's mandate, agenda and composition?')."""

_WHERE_IN_A_TEXT = re.compile(r"^\W*where (?:in|are|is|was|were|does|do|did)\b[^?]*\b(?:restated|repeated|reproduced|quoted"
                              r"|echoed)\b")
"""'Where are Tunis Agenda paras 34 and 35 restated in resolution 70/125?': where in a text is a paragraph."""

_WHICH_ITEM = re.compile(r"\b(which|what) agenda (item|items|sub item)\b")
"""Asks which agenda item, whatever else it says ("came out of" does not ask for an outcome then);
kept out of INTENTS, whose words are not content words ("agenda" names the Tunis Agenda)."""

SHORT_QUESTION_WORDS = 4
"""A question this short that names an office and asks nothing else ("wgec chair 2013?") asks who held it."""

_OFFICE_WORDS = frozenset({"chair", "chairman", "chairperson", "chairs"})
_ASKED_OF_AN_OFFICE = frozenset({"symbol", "symbols", "date", "dates", "title", "link", "crp", "report", "paper"})
""""chair's CRP symbol?" asks for the symbol of the chair's paper, not who the chair was."""


INTENTS_BY_NAME = {name: pattern for name, pattern in reversed(INTENTS)}  # the first rule of each name

_EXPLICIT_WHEN_WHERE = re.compile(r"\b(when|where|what date|which date|what day|which day|what year|which year"
                                  r"|which city|what city|which country|what country)\b")
"""A question opening with "who" asks who, unless it also asks when or where in so many words."""


_ASKING = frozenset(w for _, pattern in INTENTS for w in re.findall(r"[a-z]+", pattern.pattern))
"""The words the patterns spell out: a pattern may also span a content word ("who was the CSTD
chair", "which two Tunis Agenda paragraphs"), which stays content."""


NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


def counted_answer(tokens: list[str]) -> set[str]:
    """'which two paragraphs', 'which four organizations': how many things the answer holds, which
    the knowledge need not spell out; not a content word."""
    return {b for a, b in zip(tokens, tokens[1:]) if a in ("which", "what") and b in NUMBER_WORDS}


ISSUERS = frozenset({"un", "ga", "ecosoc", "general", "assembly", "council", "commission"})
"""Who issued the document asked for ("which ECOSOC resolution"): content, not only asking."""


_WHICH = re.compile(r"(which|what) (un |ga |ecosoc |general assembly |assembly |council |economic and social council )?(resolution|res"
                    r"|reso|decision|instrument)\b")
"""A question that opens by asking for a resolution asks for it, whatever else it names later. ("What
report came out of ...?" asks for an outcome: reports and documents are left to the rules.)"""


SECOND_QUESTION = re.compile(r"(?:,|;|\?)\s*(?:and|&)?\s*(?=(?:when|where|who|whom|whose|which|what|how)\b)"
                              r"|\s(?:and|&)\s+(?=(?:when|where|who|whom|whose|which|how)\b)")
"""Where a second question starts: ', and when was it adopted?', '? Who chaired it?'."""


ORDERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("earliest", re.compile(r"\b(for the first time|first time ever|first ever|earliest|very first)\b")),
    ("latest", re.compile(r"\b(for the (last|latest|most recent) time|(?<!like )(?<!as )(?<!than )(last|latest) time|most recent(ly)?"
                          r"|latest|(?<!to )(?<!like )(?<!as )(?<!than )last(?! (year|month|week|night|few|couple|decade|updated?|modified"
                          r"|paragraph|sentence|day|days|date|time)\b))\b")),
)
"""'When did WGEC meet for the first time?', 'the most recent IGF': of the records that match alike,
the earliest or the latest is meant."""

ORDER_WORDS = frozenset({"earliest", "ever", "last", "latest", "recent", "recently"})
"""The words that only said which end of time is meant: not content. ("first" stays: it numbers.)"""


def detect_order(text: str) -> tuple[str | None, set[str]]:
    """'earliest' or 'latest' when the question asks for one end of a series, and the words saying so."""
    lowered = " ".join(fix_question_words(words(text)))
    for name, pattern in ORDERS:
        if match := pattern.search(lowered):
            return name, {w for w in match.group(0).split() if w in ORDER_WORDS}
    return None, set()


_FOCUS_AUXILIARIES = frozenset("is was are were s does did do has have had will would can could".split())
_FOCUS_DETERMINERS = frozenset("the a an this that these those its their".split())
FOCUS_WORDS = 3
"""The longest asked-for phrase read: "the recorded vote tally"."""

FOCUS_EXEMPT = frozenset("""title titel name type kind form subject topic point aim gist distribution status language part role event
mood atmosphere tone
categories category else one ones body bodies organ organs entity entities""".split()) | NUMBER_WORDS
"""Asked-for words every record answers by its kind (a document's title, what it is about), and
numbers, which count rather than name."""

_PAST_VERBS = frozenset("""sat set met put got went came gave took made said sent led held began ran won paid left
kept told brought chose wrote spoke read sought found saw""".split())
"""Irregular past tenses: past the first word they end the asked-for phrase ("how many states sat on")."""


YES_NO_OPENERS = frozenset("did does do was were is are has have had".split())
"""The words a yes/no question opens with."""


def asked_for(tokens: list[str], stop: frozenset[str]) -> tuple[str, ...]:
    """The words of the thing a question asks for, as typed: "what was the IGF's budget in 2006?" ->
    ('igf', 'budget'); "who was president of ECOSOC?" -> ('president',). Empty when the question asks
    what somebody did ("what did the CSTD recommend?") or asks only with intent words ("what date").

    A record that holds the question's other words but not these answers another question: the
    budget of the IGF is not in a record about the IGF."""
    if tokens[:1] and tokens[0] in YES_NO_OPENERS:
        return ()  # "did everybody agree that the report reflected what people said?": a relative "what"
    for i, t in enumerate(tokens):
        if t in ("what", "which", "who", "whose"):
            j = i + 1
        elif t == "how" and tokens[i + 1 : i + 2] in (["many"], ["much"]):
            j = i + 2
        else:
            continue
        if j < len(tokens) and tokens[j] in _FOCUS_AUXILIARIES:
            if tokens[j] in ("does", "did", "do"):
                return ()  # "what did the Commission ask ...": the question asks what was done
            j += 1
            if t == "who" and j < len(tokens) and tokens[j].endswith(("ed", "en")):
                return ()  # "who was invited to ...": a passive verb, not the thing asked for
        elif t == "who":
            return ()  # "who conducted ...": a verb follows, not the thing asked for
        while j < len(tokens) and tokens[j] in _FOCUS_DETERMINERS:
            j += 1
        focus: list[str] = []
        for w in tokens[j : j + FOCUS_WORDS]:
            if w in stop or w in _FOCUS_AUXILIARIES or (len(w) > 5 and w.endswith("ly")) \
                    or (focus and (w.endswith(("ed", "ing")) or w in _PAST_VERBS)):
                break
            if w not in FOCUS_EXEMPT:
                focus.append(w)
        return tuple(focus)
    return ()


_CLAIM_OPENER = re.compile(r"^(?:[^:?]{3,80}:\s+)?\W*(is it (true|correct|right|the case) that|am i (right|correct)|is that (right|correct)"
                           r"|(was|were|is|are|did|does|do|has|have|had)\b)", re.I)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_CLAIMED_PLACE = re.compile(r"\b(?:held|take place|took place|taken place|taking place|convened|hosted|meet|met|located"
                            r"|happen|happened|organi[sz]ed|was|were)\s+(?:in|at)\s+(?:the\s+)?(?:city\s+of\s+)?"
                            r"(?!(?:" + _MONTHS + r")\b)([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
_CLAIMED_PLACE_LOWER = re.compile(r"\b(?:held|take place|took place|hosted|meet|met|located|happen|happened|meeting|meetings"
                                  r"|session|summit|forum|conference|consultation|consultations|igf)\s+(?:in|at)\s+"
                                  r"(?!(?:" + _MONTHS + r"|person|public|private|camera|time|english|french|writing|practice"
                                  r"|total|full|advance|parallel|plenary|session)\b)([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\W*$", re.I)
"""'was the enhanced coop meeting in new york?': a place claimed at the end, however it is typed."""

_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_CLAIMED_DAY = re.compile(r"\b(?:on|dated)\s+(?:the\s+)?(" + _DAY + r"(?:\s*(?:-|–|to|and)\s*" + _DAY + r")?(?:\s+of)?\s+(?:" + _MONTHS
                          + r")|(?:" + _MONTHS + r")\s+" + _DAY + r"(?:\s*(?:-|–|to|and)\s*" + _DAY + r")?)\b", re.I)
"""'... on 19 May?', '... on 8-11 December?': a day or days claimed."""

_DAYS_AFTER_PLACE = re.compile(r"\s*,?\s*(" + _DAY + r"(?:\s*(?:-|–|to|and)\s*" + _DAY + r")?\s+(?:" + _MONTHS + r"))\b", re.I)
"""'... in Delhi, 8-11 December': the days claimed with the place."""

_FURTHER_PLACE = re.compile(r"(?P<between>(?:\s+[a-z]+){0,2}?)\s+(?:in|at)\s+(?:the\s+)?(?!(?:" + _MONTHS + r")\b)"
                            r"(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)|(?P<tail>(?:\s+[a-z]+){1,2})(?=\W*$)")
"""A place claimed past the first one ("at UN headquarters in New York"), or the word finishing it."""

_CLAIMED_DURATION = re.compile(r"\b(?:a|an)\s+(?P<n>one|" + "|".join(sorted(NUMBER_WORDS)) + r"|\d+)[- ](?:day|week|month|year)s?"
                               r"(?:[- ]long)?\b", re.I)
"""'Was the 2012 consultation a three-day event?' asks how long it was."""

_CLAIMED_PARAGRAPHS = re.compile(r"\b(?:in line with|in accordance with|under|pursuant to|according to|based on|citing|cited)"
                                 r" (?:the )?(?:[A-Z][\w-]* ){0,3}(?P<numbers>(?:paragraphs?|paras?) \d+(?:\s*(?:-|–|to|and|,)\s*\d+)*)",
                                 re.I)
"""'... held in line with Tunis Agenda paragraphs 69 to 71, didn't it?' asks which paragraphs."""


_AGENT_VERBS = r"convened|organi[sz]ed|chaired|hosted|prepared|wrote|drafted"
"""What someone did who may be claimed to have done it ('the SG convened it himself')."""

_CLAIMED_AGENT = re.compile(r"^\W*(?:is it (?:true|correct|right|the case) that|am i right (?:that |in thinking that )?|did"
                            r"|was it) (?:the )?(?P<agent>[\w'’ -]{2,60}?) (?:himself |herself |itself |themselves )?"
                            r"(?P<verb>" + _AGENT_VERBS + r"|convene|organi[sz]e|chair|host|prepare|write|draft)"
                            r"(?= (?:the|a|an|it|this|that|its|their)\b)", re.I)
"""'Is it correct that the Secretary-General himself convened the meeting?' asks who convened it."""

_STATED_AGENT = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:the )?(?P<agent>[\w'’ -]{2,40}?) (?:himself |herself |itself |themselves )?"
                           r"(?P<verb>" + _AGENT_VERBS + r")"
                           r"(?= (?:the|a|an|it|this|that|its|their)\b)", re.I)
"""'the SG convened the 18 may consultations himself, yes?': the same claim stated, then tagged."""


_CLAIMED_OPEN_TO = re.compile(r"\bopen (?:only )?(?:to|for) (?:the )?(?P<who>[\w ,-]{3,60}?)\W*$"
                              r"|\b(?:was|were|is|are) (?:only |just )?for (?:the )?(?P<only>[\w -]{3,40}?) (?:only|alone)\b", re.I)
"""'Is it true that the meeting was open only to Member States?' asks who could take part."""

_CLAIMED_MEETING = re.compile(r"\bat (?:the |its |their )?(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|opening"
                              r"|closing|last|final)(?: \((?:first|1st)\))? (?:meeting|mtg|session|sitting)\b", re.I)
"""'... reported at the 1st mtg of cstd 15, right?', '... at its opening meeting on 21 May 2012, correct?': the
meeting claimed, which may be wrong, is not what identifies the thing asked about."""

_CLAIMED_YEAR = re.compile(r"(?<!session )(?<!meeting )(?<!summit )(?<!review )(?<!conference )"
                           r"\b(?:already |only |back |first )?(?:in|during) (?P<year>(?:19|20)\d\d)\W*$")
"""'... endorsed the Tunis outcomes already in 2005?': the year claimed at the end is what is asked
(not the year of a session named: "did it submit recommendations to the 17th session in 2014?")."""


_TAG = r"\b(?:right|correct|true|no|yes|yeah|yep|(?:wasn't|isn't|didn't|weren't|aren't|doesn't|hasn't) (?:it|they|he|she|there))"

_CLAIMED_YEAR_TAGGED = re.compile(r"\b(?:(?:set up|established|created|founded|launched|adopted|held|convened|issued|published"
                                  r"|started|began|begun) (?:already |only |back |first )?in |(?:was|were) (?:in )?)"
                                  r"(?P<year>(?:19|20)\d\d)\W*" + _TAG + r"\W*$", re.I)
"""'the second WGEC was set up in 2017, right?': a year claimed right after the verb, then the tag (not
"was in Nairobi in 2010, right?", whose place is claimed too)."""

CLAIM_TAG = re.compile(rf"{_TAG}\W*$|^\W*i (thought|think|believe|understood)\b", re.I)
"""'..., right?', '..., wasn't it?', 'I thought ...': a claim offered for checking."""

_CLAIMED_MONTH_YEAR = re.compile(r"\bin (?:early |late |mid )?(?P<when>(?:" + _MONTHS + r") (?:19|20)\d\d)\b(?=(?:(?:\s+(?!(?:is|that|which)\b)[\w'’]+){1,4}?,?\s*|\W*)"
                                 + _TAG + r"\W*$)", re.I)
"""'... in December 2005, right?': the month and year claimed, which may be wrong."""

_CLAIM_TAG_END = re.compile(rf"\W*{_TAG}\W*$", re.I)
"""The tag ending a claim, to be cut off: what is claimed ends before it."""


def checked_claim(text: str) -> tuple[str, set[str]] | None:
    """A yes/no question stating a place or a day ("Was the meeting held in New York?", "Is it true
    that it took place on 19 May?") asks where or when it was: the answer states the fact, and the
    claimed place or day, which may be wrong, is not what identifies the thing asked about.
    Returns the intent and the words of the claim, or None."""
    if not _CLAIM_OPENER.search(text) and not CLAIM_TAG.search(text):
        return None
    agent = _CLAIMED_AGENT.search(text) or (_STATED_AGENT.search(text) if CLAIM_TAG.search(text) else None)
    if agent:
        return ("chair" if agent["verb"].startswith("chair") else "who"), set(words(agent["agent"]))
    opened = _CLAIMED_OPEN_TO.search(text)
    if opened:
        return "participants", set(words(opened["who"] or opened["only"]))
    lasted = _CLAIMED_DURATION.search(text)
    if lasted:
        return "duration", {lasted["n"].lower()}
    paragraphs = _CLAIMED_PARAGRAPHS.search(_CLAIM_TAG_END.sub("", text))  # "... 69 to 71, didn't it?"
    if paragraphs:
        return "paragraph", {w for w in words(paragraphs["numbers"]) if w.isdigit()}
    meeting = _CLAIMED_MEETING.search(text)
    if meeting and CLAIM_TAG.search(text):  # "the Chair reported at the 1st mtg of cstd 15, right?"
        day = _CLAIMED_DAY.search(text)
        claimed = set(fold_ordinals(words(meeting["ord"]))) | {"open", "opening"} & set(words(meeting["ord"]))
        return "when", claimed | (set(words(day.group(1))) if day else set())
    year = _CLAIMED_YEAR.search(text) or _CLAIMED_YEAR_TAGGED.search(text)  # (not untagged: "adopted at Tunis in 2005, weren't they?" claims more than a year)
    if year:
        return "when", {year["year"]}
    place = _CLAIMED_PLACE.search(text) or _CLAIMED_PLACE_LOWER.search(text)
    day = _CLAIMED_DAY.search(text)
    if place:  # "held in New Delhi on 8-11 December": both the place and the days are claimed
        day = day or _DAYS_AFTER_PLACE.match(text, place.end())  # "was in Delhi, 8-11 Dec, yes?"
        claimed = set(words(place.group(1))) | (set(words(day.group(1))) if day else set())
        further = _FURTHER_PLACE.match(text, place.end())  # "held at UN headquarters in New York"
        if further:
            claimed |= set(words(" ".join(filter(None, further.group("between", "place", "tail")))))
        return "where", claimed
    if day:
        return "when", set(words(day.group(1)))
    month = _CLAIMED_MONTH_YEAR.search(text)
    if month and CLAIM_TAG.search(text):  # "... endorsed them in resolution 60/252 in December 2005, right?"
        return "when", set(words(month["when"]))
    return None


_ASK_CUES = re.compile(r"\b(when|where|who|whom|which|what|how (?:many|long|much)|date|dates|day|year|symbol|symbols|number"
                       r"|plenary|venue|city|place|chair|title|link|paragraph|para|agenda item|published)\b", re.I)
_JOINED = re.compile(r"\s(?:and|&|\+|also|plus)\s|,\s*\w|\?\s*\w", re.I)


def asks_several(text: str) -> bool:
    """'ecosoc 2006/46 adopted when, at which plenary?', 'draft symbol and plenary meeting number for
    res 60/252?': two different things asked, joined; an answer to one of them says too little."""
    cues = list(_ASK_CUES.finditer(text))
    if len({c.group(0).lower() for c in cues}) < 2:
        return False
    return _JOINED.search(text, cues[0].start(), cues[-1].start()) is not None

