"""The answer policy: answer only with a citation and only when sure; otherwise abstain, with
"did you mean" choices when something close exists. A wrong answer with a citation is worse than
no answer, so every threshold errs towards abstaining.
"""

from __future__ import annotations

import re
from typing import Any

from bot.dates import MONTHS
from bot.intent import CLAIM_TAG, FOCUS_EXEMPT, ISSUERS, YES_NO_OPENERS, asks_several, fix_question_words
from bot.matcher import SESSION_ORDINAL, STOP_WORDS, Candidate, Query, acting_body, fact_key, has_fact, misspelt_exempt, says_what_it_decided
from bot.render import ABSTAIN_EMPTY, ABSTAIN_ATTENDED, ABSTAIN_MONEY, ABSTAIN_OPINION, ABSTAIN_ORDER, ABSTAIN_PERSON, ABSTAIN_POSITIONS, ABSTAIN_PRESENT, ABSTAIN_ROLE, ABSTAIN_TEXT, ABSTAIN_UNSURE, answer_text, coarse_date_text, missing_fact_text, suggestion_for, with_the_rest
from bot.results import AskResult, Citation
from bot.text import fold_ordinals, stem, words

MIN_COVERAGE = 0.72
"""Share of the question's weighted content words the record must contain. Below it the question
asks about something the record does not mention (a year, a city, a person): out of scope."""

LOOSE_COVERAGE = 0.6
"""...or this share, when all the record lacks is the question's wording ("pick", "in front of",
"issued"), not what pins it down: a number, a body, or the thing asked for (see Query.pinned).
Users rarely say things in the sources' words; on the six labelled sets this answered 14 more
questions rightly and no out-of-scope one (0.55 answered "how much did the EC meeting cost?")."""

MIN_NAME = 0.2
"""Similarity of the question to at least one of the record's names. Coverage alone can be met by
words scattered over a long summary; a real match also resembles how the record is named."""

MIN_NAME_FOR_ATTRIBUTE = 0.4
"""A question asking who / when / where / what of something names that thing: a document, meeting,
body or mandate must be named like the question. Without this, a long summary that mentions the
question's words in passing answered for something else ("who drafted the Tunis Agenda?" got
resolution 66/184's issuer, because its summary cites the Tunis Agenda and the word "draft")."""

ATTRIBUTE_INTENTS = frozenset({"who", "when", "where", "chair", "count", "duration", "link", "what"})
NAMED_KINDS = frozenset({"document", "meeting", "body", "mandate"})

FULL_COVERAGE = 0.95
"""A record holding every content word of the question needs no name resemblance: relational
questions ("which resolution endorsed the Geneva Declaration?") name the fact, not the record."""

MIN_SCORE = 0.62
"""Combined score (see matcher.WEIGHTS) below which the best candidate is only a suggestion."""

AMBIGUITY_WINDOW = 0.01
"""Candidates this close to the best are contenders: two of one kind that give different facts
(two IGF meetings' dates) mean the question does not say which one it is about. Measured on the
synthetic 100k set: when the best was wrong its lead was under 0.009; when it was right, leads
spread up to 0.015, so 0.015 turned ~40 right answers into "not sure" for no wrong one avoided."""

GAP_WINDOW = 0.03
"""A known gap ("the sources do not record the second WGEC's final outcome") this close to the best
answer is what the question asks: 'Did the second WGEC agree on a consensus report?' is answered
by the curated outcome of both groups only in words; the gap says what is not known."""

GAP_MIN_FIT = 0.5
"""...and it says what is not known of the kind of fact asked (unless it is ranked first): a gap on
66/184's paragraph numbers does not stop 'how long was the meeting 66/184 asked for?' (its fit there
is 0.4)."""

GAP_REACH = 0.1
"""...or this close, when the gap holds every word of the question the best answer lacks: 'Did the
second WGEC agree a consensus report at its fifth meeting?' is answered by the fifth meeting only in
its dates; what it lacks (agreeing a report) is what the gap says the sources do not record."""

SUGGESTION_FLOOR = 0.35
"""Candidates below this score are too far from the question to be offered as choices."""

MAX_SUGGESTIONS = 3

ORDER_WINDOW = 0.05
"""'When did WGEC meet for the first time?': every WGEC meeting matches it alike. Of the records of
the best one's kind this close to it, the earliest (or latest) is the one meant."""

FACT_SWITCH_MARGIN = 0.06
"""When the best record lacks the fact asked for ("who chaired it?"), a close runner-up that has
it may answer instead; further away, the honest answer is that the sources do not say."""

FACT_SWITCH_BODY = 0.2
"""...and this far from a body, which holds no date or place of its own: 'when did the CEB endorse
UNGIS?' asks of something done to the body, which a curated answer about it tells."""

FACT_SWITCH_FULL = 0.12
"""...up to this far when the runner-up holds every word of the question (and no fewer than the
best) and the fact itself (a field, or a curated answer asked the same way; not one inferred):
"Who was the meeting supposed to involve, according to 66/184?" is covered alike by six records
about 66/184, and the one about who was to take part is named less like the question."""

FACT_SWITCH_DEPTH = 8
"""How many of the best candidates are looked at for one that holds the fact."""


_OPINION = re.compile(r"\b(in your (view|opinion)|your (view|opinion|take|assessment)|do you think|would you say"
                      r"|was it (a )?(success|failure|worth)|personal (view|views|opinion|opinions|assessment)"
                      r"|in (his|her|their) (own )?(view|opinion))\b", re.I)
"""Questions asking for a judgement: the sources give facts, and the bot gives no opinion."""

_SPEAKERS = (r"(countries|country|delegations?|delegates?|member states?|governments?|group of \w+|g ?77|european union|eu"
             r"|anyone|anybody|someone|somebody|(?-i:US|USA))")
_SPOKE = (r"(say|says|said|favou?red|preferred|demanded|argue[ds]?|object(ed|s)?|oppose[ds]?|support(ed|s)?|propose[ds]?|table[ds]?|sponsor(ed|s)?"
          r"|push(ed)?|insist(ed)?|vote[ds]? (for|against|in favou?r)|position|positions|stance|views?|statements?|speak|spoke"
          r"|dispute[ds]?|challenged?|questioned|critici[sz]ed?|rejected|complained|disagreed|react(ed)?"
          r"|(took|take|taken|taking) the floor|intervened|dissociat\w*|explanations? of (vote|position)"
          r"|(raised?|voiced?|expressed?|had|made) (those |these |the |their |any )?(objections?|concerns?|reservations?))")
_POSITIONS = re.compile(rf"\b{_SPEAKERS}\b(\W+\w+){{0,3}}?\W+{_SPOKE}\b|\b{_SPOKE}\b(\W+\w+){{0,2}}?\W+(by|of) (the )?{_SPEAKERS}\b"
                        rf"|\b(which|what) {_SPEAKERS}\b(\W+\w+){{0,8}}?\W+({_SPOKE}|wanted|wants|backed|blocked|called for)\b",
                        re.I)
"""Who said or proposed what in a negotiation: the sources record decisions, not delegations' positions."""

_SAID_AT = re.compile(r"^\W*what did (?:the )?(?P<who>[\w'’-]+(?: [\w'’-]+){0,5}?) (?:say|said|state|argue|propose|call for)\b"
                      r".*\b(?:(?:at|during|in) (?:the )?(?:[\w+-]+ ){0,6}?(?:meeting|consultations?|session|debate|discussion"
                      r"|statement|speech|remarks)|(?:at|during) (?:the )?[a-z+]{2,8}[\s-]?\d{1,2}|when (?:introducing|presenting"
                      r"|opening|closing))\b", re.I)
"""'what did brazil say at the 18 May 2012 meeting?', '... in his closing statement at the WSIS+20 high-level
meeting?': a speaker at a meeting, unless a body the knowledge knows."""


def _speaker_at_meeting(query: Query) -> bool:
    said = _SAID_AT.search(query.text)
    if said is None:
        return False
    who = set(words(said["who"]))
    if who & _SPEAKING_PEOPLE:  # "the UNCTAD official": a person of a body, not the body
        return True
    # the Assembly, the Council, the Commission, a body the knowledge holds decide; UNESCO and Brazil speak
    return not (who & ISSUERS or {stem(w) for w in who} & query.topics and not who & _AGENCIES)


_AGENCIES = frozenset("itu unesco unctad undp desa ilo wipo who unicef unep oecd".split())
"""Agencies that take the floor at a body's meeting: what they said is no decision of that body."""


_SPEAKING_PEOPLE = frozenset("official officials representative representatives delegate delegates director minister"
                             " ministers ambassador ambassadors speaker speakers participants panellists panelists".split())


_MONEY = re.compile(r"\b(cost|costs|costed|budget|budgets|budgetary|expenses?|expenditure|price|paid for|pay for"
                    r"|who paid|financed by|funded by|how much money)\b", re.I)
"""What something cost or who paid: no record holds money (the Digital Solidarity Fund is a name, not an amount)."""

_YEAR = re.compile(r"(?:19|20)\d\d")

_LANGUAGES_ASKED = re.compile(r"\b(?:(?:which|what|how many|all(?: six)?) (?:official |other |un )?languages|translat\w*"
                              r"|(?:in|into) (?:french|spanish|arabic|chinese|russian)|(?:french|spanish|arabic|chinese"
                              r"|russian) (?:version|text|edition|translation))\b", re.I)
"""'What languages is the CRP available in?', 'issued in French?': the sources give only an original language."""

_ORIGINAL = re.compile(r"\borigina\w*", re.I)
"""'Is the addendum originally in French?' asks its original language, which its record gives."""

_HOLDS_OFFICE = re.compile(r"\b(?:who|which [\w-]+) (?:(?:currently|now|still) )?(?:chairs|heads|leads|runs|presides over|is (?:the )?(?:chair|head|leader))\b",
                           re.I)
_NOW = re.compile(r"\b(?:this year|these days|nowadays|now|at present|at the moment|currently|today)\b", re.I)
_CURRENT_HOLDER = re.compile(r"\bwho(?:'s|’s| is| are)\s+(?:the\s+)?(?:current|present|incumbent|sitting)\b", re.I)
"""'Who chairs UNGIS this year?': an office held now, which sources of past years do not give."""

_ATTENDED = re.compile(r"\b(attended|attendance|attendees|showed up|turned up|were present|was present|how many (?:people|participants"
                       r"|delegates|ppl) (?:came|joined|participated|took part))\b", re.I)
"""Who or how many actually attended: the sources say who was invited or meant to take part, never who came."""

_PERSON_ASKED = re.compile(r"^\W*(?:who (?:was|is|were) )?(?:the )?(?:[\w-]+ ){0,2}(?:president|secretary.general|director.general"
                           r"|executive secretary|executive director|high commissioner)(?: of (?:the )?[\w ./-]{2,40}?)?"
                           r"(?: (?:in|for|at) (?:the )?[\w -]{2,30}?)?\W*(?:who|name|who was it|who was that)?\W*$"
                           r"|\bwho (?:opened|closed|addressed|gaveled|presided over)\b"
                           r"|^\W*(?:which|what) (?:un |united nations )?(?:secretary.general|sg|president|director.general)"
                           r" (?:was|is|signed|issued|wrote|approved|opened|presented|introduced|attended)\b", re.I)
"""'president of ga 67th session?', 'unctad secretary-general in 2012 who', 'who opened the session?',
'which Secretary-General signed off the report?': a person, named by office or by what they did at a
meeting; an answer naming no one is no answer."""


_WHAT_IT_DID = re.compile(r"^\W*what (?:did|does|do|has|have) .{2,80}? (?P<verb>decide|conclude|recommend|request|say|state"
                          r"|find|propose|urge|establish|agree|adopt)\b", re.I)
"""'What did ECOSOC's 2013 resolution decide?': a document whose record does not say what it
decided is known, but does not answer."""


_SUCCESSION = re.compile(r"\b(?:succeed|succeeded|succeeds|took over from|take over from|taken over from|taking over from"
                         r"|(?:took|take|taken|taking) over (?:as [\w ]{2,40}? )?after"
                         r"|replaced|replace|replaces|successor|successors|predecessor|predecessors|preceded"
                         r"|after (?:the )?[\w-]+['’]s (?:first|initial|1st) (?:year|yr|term|mandate))\b", re.I)
"""'Who took over from Markus Kummer?': who followed or came before someone, which no record says
unless it says so in these words; the one it names is not the one asked for."""


def _asks_succession(query: Query, best: Candidate) -> bool:
    """Asked who followed or preceded someone, of a record that never says who did."""
    return bool(_SUCCESSION.search(query.text)) and not _SUCCESSION.search(_record_prose(best.record))


def _of_another_session(best: Candidate) -> bool:
    """The question numbers a session the best lacks, and the best is named for another ("agenda item
    for ICT at the GA's sixty-eighth session?" is not answered by the sixty-seventh's agenda)."""
    if not any(SESSION_ORDINAL.fullmatch(s) for s in best.missing):
        return False
    named = {w for n in best.record["names_n"] for w in n.split()} | set(best.record.get("session_n", "").split())
    return any(SESSION_ORDINAL.fullmatch(w) for w in named)


_OFFICE_OF = re.compile(r"\b(?P<a>[A-Za-z]{2,10})['’]?s? (?:chair|chairman|chairperson|chairwoman)\b"
                        r"|\b(?:chair|chairman|chairperson|chairwoman) of the (?P<b>[A-Za-z]{2,10})\b", re.I)
"""'Who was the CSTD Chair when ...?': the chair of a body the question names."""


_SAYS_CHAIRED = re.compile(r"\bchaired by\b", re.I)


def _chair_of_another(query: Query, best: Candidate) -> bool:
    """Asked who chaired a body, the best is another record that names its own chair ("Who was the
    CSTD Chair when the second WGEC was set up?" is not answered by the WGEC's chair)."""
    if query.intent not in ("who", "chair") or best.kind == "qa":
        return False
    office = _OFFICE_OF.search(query.text)
    body = (office["a"] or office["b"]).lower() if office else ""
    if not body or body not in query.stems or not _SAYS_CHAIRED.search(_record_prose(best.record)):
        return False
    return body not in _names_words(best)


_ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)")


_SESSIONS_OF = {"ga": "session", "assembly": "session", "ecosoc": "session", "council": "session"}
"""'the 66th GA' is its sixty-sixth session."""


def _another_of_its_kind(query: Query, best: Candidate) -> bool:
    """The question says 'the second revision', the best only 'a 1st revision': it is about another one
    of the series than the one asked (the sources name the first revision of the WSIS+20 draft, not
    a second)."""
    if CLAIM_TAG.search(query.text) or _YES_NO_OPENING.search(query.text):
        return False  # "at the first meeting, right?": a claim the answer corrects
    asked = fold_ordinals(words(query.text))
    pairs = {(a, _SESSIONS_OF.get(stem(b), stem(b))) for a, b in zip(asked, asked[1:])
             if _ORDINAL_WORD.fullmatch(a) and not _ORDINAL_WORD.fullmatch(b)}
    if not pairs:
        return False
    held = set()
    question = best.record.get("names_n", ())[:1] if best.kind == "qa" else ()  # a curated answer's question names it
    for said in (best.record.get("_text", ""), *question):
        text = said.split()
        held |= {(a, b) for a, b in zip(text, text[1:]) if _ORDINAL_WORD.fullmatch(a)}
    numbered = {b for _, b in held}
    for n, w in pairs - held:
        if w in numbered:  # it numbers the word otherwise ("a 1st revision")
            return True
        if w in best.missing and w not in query.unknown and n not in best.missing:  # its "2nd" is of something else
            return True
    return False


def _named_enough(query: Query, candidate: Candidate) -> bool:
    """Is the candidate named like the question, as far as what is asked requires?"""
    if query.intent in ATTRIBUTE_INTENTS and candidate.kind in NAMED_KINDS and not candidate.via_symbol \
            and not (query.intent == "what" and query.focus and candidate.coverage >= FULL_COVERAGE):
        return candidate.name >= MIN_NAME_FOR_ATTRIBUTE
    return candidate.name >= MIN_NAME or candidate.coverage >= FULL_COVERAGE


_BARE_NAME = re.compile(r"^\W*(?:who(?:'s| is| was)|tell me about|what about)?\s*(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de la |de |da |del |van |von )?"
                        r"[A-Z][\w'’.-]+){1,3})\s*(?:[-–:,]\s*)?(?:who(?: is (?:he|she|that|this))?)?\s*\??\s*$")
"""A question that is a person's name ("Peter Major - who?", "Who is Nitin Desai?")."""

_PERSON_RECORD_ORDER = {"body": 0, "qa": 1, "meeting": 2, "mandate": 3, "document": 4}
"""Who somebody is, best said by the body they chaired or headed, then a curated answer, then meetings."""


def _person_answer(query: Query, question: str, candidates: list[Candidate]) -> AskResult | None:
    """'Peter Major - who?': the sentence of the record that names them, with its sources; None when
    the question is not a bare name or no record names that person."""
    match = _BARE_NAME.match(query.text)
    if match is None:
        return None
    name = " ".join(match["name"].split())
    if not _names_a_person(name):  # "Tunis Agenda?", "New York?" are no people
        return None
    lowered = name.lower()
    naming = [c for c in candidates if lowered in _record_prose(c.record).lower()]
    if not naming:
        return None
    best = min(naming, key=lambda c: (_PERSON_RECORD_ORDER.get(c.kind, 9), -c.score))
    sentences = re.split(r"(?<=[.;])\s+", _record_prose(best.record))
    said = next(s for s in sentences if lowered in s.lower())
    subject = best.record.get("name") or best.record.get("question") or best.record.get("symbol")
    citations = _citations(query, best)
    if not citations:
        return None
    text = f"{name} is named in my sources in connection with {subject}: {said.strip()}"
    return AskResult(question=question, answered=True, answer=text, citations=citations,
                     confidence=min(1.0, best.score), record_id=best.id)


def _record_prose(record: dict[str, Any]) -> str:
    """The sentences a record says, where a person's name can be found."""
    chair = f"It was chaired by {record['chair']}." if record.get("chair") else ""
    return " ".join(str(record.get(k) or "") for k in ("summary", "answer", "action")) + " " + chair


def _other_kind_of_document(query: Query, candidate: Candidate) -> bool:
    """A document that is not a resolution, or a mandate given in one, asked which resolution: it
    cannot be the answer ("which GA resolution should I cite as the mandate for the meeting?" is not
    answered by the CSTD's recommendation, recorded in a report)."""
    if query.intent != "which" or "resolution" not in query.said or candidate.via_symbol:
        return False
    if candidate.kind == "document":
        kind = candidate.record.get("doc_kind")
    elif candidate.kind == "mandate":
        kind = (candidate.record.get("document") or {}).get("doc_kind")
    else:
        return False
    return kind is not None and kind not in ("resolution", "draft-resolution")


_EVENT_STEMS = frozenset(stem(w) for w in ("meeting", "consultations", "session", "group"))
"""'Who was the meeting supposed to involve?' asks of the meeting: its focus names nothing else."""


def _holds(query: Query, candidate: Candidate) -> bool:
    """Does the candidate hold the fact asked for, as far as what the question says of it allows?"""
    if candidate.kind == "meeting":
        if query.intent == "which" and "document" in query.said:
            return False  # "which resolution was adopted at ...?" asks for an outcome, not the meeting's mandate
        if query.intent == "who" and "not-convened" in query.said:
            return False  # "who introduced the report at the meeting?" is not who convened it
        if query.intent == "where" and "venue" in query.said and not candidate.record.get("venue"):
            return False  # "which venue in Geneva hosted it?": not the city alone
    if candidate.kind == "document" and query.intent == "when" and "event" in query.said:
        return False  # "when was the addendum presented to ECOSOC?": the day it was, not the document's date
    if candidate.kind == "document" and query.intent == "when" and "sets-date" in query.said:
        return False  # "which day did 60/252 set for World Information Society Day?": 17 May, not 27 March 2006
    if candidate.kind == "mandate" and query.intent == "participants" and query.focus - _EVENT_STEMS:
        return False  # "what shared understanding did participants reach?": not who was to take part
    return has_fact(query.intent, candidate.record, query.stems)


def covers(query: Query, candidate: Candidate) -> bool:
    """Does the candidate hold enough of the question to answer it (for callers outside the policy)?"""
    return _covered(query, candidate) and _named_enough(query, candidate)


def _covered(query: Query, candidate: Candidate) -> bool:
    """Does the record hold enough of the question, and all of what pins it down?"""
    if candidate.coverage >= MIN_COVERAGE:
        return True
    # "how much did it cost?" asks for what its verb says: no wording there is only wording
    asks_amount = query.intent == "count" and not query.focus
    return candidate.coverage >= LOOSE_COVERAGE and not query.pinned & set(candidate.missing) and not asks_amount


def decide(query: Query, candidates: list[Candidate], question: str) -> AskResult:
    """Turn ranked candidates into a cited answer or an abstention."""
    if query.unknown_symbols and not query.known_symbols:
        return _abstain(question, f"I have no document {', '.join(query.unknown_symbols)} in the knowledge base.",
                        candidates)
    if not query.stems and not query.known_symbols:
        return _abstain(question, ABSTAIN_EMPTY, [])
    if not query.known_symbols and query.intent != "where" and all(_YEAR.fullmatch(s) for s in query.stems):
        # "symbol of 2013?": a year alone names no document ("host cities 2006?" names the year's host)
        return _abstain(question, ABSTAIN_TEXT, [])
    if _OPINION.search(query.text):
        return _abstain(question, ABSTAIN_OPINION, candidates)
    if _POSITIONS.search(query.text) or _speaker_at_meeting(query):
        return _abstain(question, ABSTAIN_POSITIONS, candidates)
    if _MONEY.search(query.text):
        return _abstain(question, ABSTAIN_MONEY, candidates)
    if _HOLDS_OFFICE.search(query.text) and _NOW.search(query.text) or _CURRENT_HOLDER.search(query.text):
        # "who chairs UNGIS this year?", "who's the current ITU secretary-general?"
        return _abstain(question, ABSTAIN_PRESENT, candidates)
    if _LANGUAGES_ASKED.search(query.text) and not _ORIGINAL.search(query.text) and candidates \
            and not _LANGUAGES_ASKED.search(_record_prose(candidates[0].record)):
        # "what languages is the chair's CRP available in?": only the addendum's original language is known
        return _abstain(question, missing_fact_text("languages", candidates[0].record), candidates)
    if _ATTENDED.search(query.text):
        return _abstain(question, ABSTAIN_ATTENDED, candidates)
    if not candidates:
        return _abstain(question, ABSTAIN_TEXT, [])
    person = _person_answer(query, question, candidates)
    if person is not None:
        return person
    # "which resolution mandated the meeting?": a report on the meeting, though named like it, is no resolution
    candidates = [c for c in candidates if not _other_kind_of_document(query, c) and not _gap_of_another_part(query, c)]
    if not candidates:
        return _abstain(question, ABSTAIN_TEXT, [])
    best, contenders = candidates[0], candidates
    if query.focus & set(query.unknown) or _names_unknown_place(query):
        # "what was the IGF's budget?": the knowledge never says "budget"; "IGF 2025 in Norway"
        return _abstain(question, ABSTAIN_TEXT, candidates)
    if best.via_symbol > 0 and _names_unknown_attribute(query):  # "crp2 page count?", of it or of what cites it
        return _abstain(question, missing_fact_text("what", best.record), candidates)
    if _unknown_predicate(query):  # "was the 18 May meeting webcast?": what is asked, the knowledge never says
        return _abstain(question, ABSTAIN_TEXT, candidates)
    last_asked = _last_question_words(query)
    if _holds_too_little_of(last_asked, best):  # "I read that its final meeting was in 2018. Did it adopt a report?"
        gap = next((c for c in candidates if c.record.get("gap") and not _holds_too_little_of(last_asked, c)), None)
        return _abstain(question, str(gap.record["answer"]) if gap else ABSTAIN_TEXT, [] if gap else candidates)
    if _names_unknown_code(query) or _names_unknown_acronym(query):  # "action line C5", "the WGIG report"
        return _abstain(question, ABSTAIN_TEXT, candidates)
    if query.intent in ("who", "chair") and query.focus & set(best.missing) and best.kind != "qa":
        # "who was vice-chair of the first WGEC?": a record naming its chair names no vice-chair
        return _abstain(question, ABSTAIN_TEXT, candidates)
    if best.via_symbol >= 1 and (query.focus | query.topics) & set(best.missing):
        # "what was the recorded vote on resolution 70/125?": the document is certain, the vote is not in it
        return _abstain(question, missing_fact_text("what", best.record), candidates)
    if best.via_symbol >= 1 and query.intent == "when" and best.kind == "document" and _names_another_actor(query, best):
        # "when did the Second Committee approve the draft of 67/195?": the date is the Assembly's adoption
        return _abstain(question, missing_fact_text("step", best.record), candidates)
    if not _covered(query, best) or not _named_enough(query, best) or best.score < MIN_SCORE:
        return _abstain(question, ABSTAIN_TEXT, candidates)
    numbered = _holds_more_numbers(query, best, candidates)
    if numbered is not None:  # "which paragraphs of the WSIS+10 resolution repeat Tunis paragraphs 34 and 35?"
        best = numbered
    held = _meeting_held_under(query, best, candidates)
    if held is not None:  # "the 2010 consultations under ECOSOC 2010/2: when?" asks of the consultations
        best = held
    if _of_another_year(query, best):  # "the 2025 high-level meeting" asked, the 2015 one found
        return _abstain(question, ABSTAIN_TEXT, candidates)
    if _another_of_its_kind(query, best):  # "the second revision" asked, "a 1st revision" found
        return _abstain(question, ABSTAIN_TEXT, candidates)
    if _of_another_session(best):  # the 68th session asked, the 67th's agenda found
        return _abstain(question, ABSTAIN_TEXT, candidates)
    if _asks_succession(query, best):  # "who succeeded Markus Kummer?": a record naming him names no successor
        return _abstain(question, ABSTAIN_TEXT, candidates)
    if "did-what" in query.said and best.kind == "mandate" and not _acted_by(query, best.record):
        return _abstain(question, ABSTAIN_TEXT, candidates)  # "what did the GA do with the Chair's report?"
    done = _WHAT_IT_DID.search(query.text)
    verb = done["verb"].lower() if done else ""
    if done and best.kind == "document" and query.intent == "what" \
            and (stem(verb) in best.missing and not (verb == "decide" and says_what_it_decided(best.record))
                 or verb in ("say", "state") and not says_what_it_decided(best.record) and not best.record.get("date")):
        # ("What does ECOSOC resolution 2013/9 say?": its record says where it is listed, not even its date;
        # a record with a title and a date answers with them)
        return _abstain(question, missing_fact_text("done", best.record), candidates)
    if best.kind == "document" and _ASKS_FINDINGS.search(query.text) and not _SAYS_FINDINGS.search(_record_prose(best.record)):
        # "main conclusions of crp2?": what the report concluded, which its record does not say
        return _abstain(question, missing_fact_text("done", best.record), candidates)
    if _WHY.search(query.text) and best.missing:
        return _abstain(question, ABSTAIN_TEXT, candidates)
    other = _other_of_series(query, best, candidates)
    if other is not None:  # "WSIS Forum 2012 dates?": the 2012 report is not the 2012 Forum
        return _abstain(question, ABSTAIN_TEXT, candidates)
    if not _holds(query, best):
        # never off a document the question names by symbol: another record's date is not its date
        # (but "which Tunis Agenda paragraphs does 66/184 cite?" asks for another document's paragraphs,
        # and "where was 70/125 adopted?" for the place of the meeting that adopted it)
        switch = [
            c for c in candidates[1:FACT_SWITCH_DEPTH] if not _paragraphs_only_of_unnamed(query, c) and not _of_another_year(query, c)
            and (_holds(query, c) and _adopted_at(query, best, c)
            or _holds(query, c) and (best.via_symbol < 1 or _paragraphs_of_another_named_document(query, best, c)
                                      or "sets-date" in query.said)
            and c.coverage >= MIN_COVERAGE and _named_enough(query, c) and (best.score - c.score <= FACT_SWITCH_MARGIN
                                                                        or best.kind == "body" and best.score - c.score <= FACT_SWITCH_BODY
                                                                        or c.intent_fit >= 1
                                                and c.coverage >= max(best.coverage, FULL_COVERAGE)
                                                and best.score - c.score <= FACT_SWITCH_FULL))]
        if not switch:
            if best.record.get("gap"):  # what the sources are known not to say, however it is asked
                return _abstain(question, str(best.record["answer"]), [])
            text = ABSTAIN_TEXT if best.kind == "qa" else missing_fact_text(query.intent, best.record)
            return _abstain(question, text, candidates)
        best = switch[0]
        # only records that hold the fact can answer it differently: the others, though ranked
        # higher, are not contenders
        contenders = [c for c in candidates if _holds(query, c)]
    if query.intent == "paragraph" and _PLURAL_PARAGRAPHS.search(query.text):
        several = _paragraphs(best, contenders)
        if several:
            return _several_paragraphs(query, question, several)
    among = 0
    if query.order and not _says_its_order(query.order, best):
        ordered = _in_order(query.order, best, contenders)
        if ordered is None:
            end = "first" if query.order == "earliest" else "last"
            kind = best.kind if best.kind in ("meeting", "document") else "one"
            return _abstain(question, ABSTAIN_ORDER.format(kind=kind, end=end), candidates)
        best, among = ordered
    if query.intent == "when" and {"day", "precise"} & query.said and _dated_coarsely(best):
        return _abstain(question, coarse_date_text(best.record), candidates)
    if query.intent == "when" and {"day", "precise"} & query.said and best.kind == "qa" \
            and not _A_DAY.search(str(best.record["answer"])):  # "on which exact day in April 2006 did the CEB endorse UNGIS?"
        return _abstain(question, missing_fact_text("day", best.record), candidates)
    if query.intent == "when" and "month" in query.said and _dated_to_a_year(best):  # "... wrap up, which month?"
        return _abstain(question, coarse_date_text(best.record, "month"), candidates)
    if _chair_of_another(query, best):  # the CSTD Chair asked, the WGEC's chair found
        return _abstain(question, ABSTAIN_TEXT, candidates)
    counted = _only_counted(query.text, answer_text(query.intent, best.record))
    if counted:
        return _abstain(question, ABSTAIN_ONLY_COUNTED.format(counted=counted), candidates)
    role = _role_asked_back(query, best.record)
    if role:
        return _abstain(question, ABSTAIN_ROLE.format(role=role), candidates)
    if (_ASKS_PERSON.search(query.text) or _PERSON_ASKED.search(query.text)) and not _YES_NO_OPENING.search(query.text) \
            and not _names_a_person(answer_text(query.intent, best.record)):
        return _abstain(question, ABSTAIN_PERSON, candidates)
    if best.record.get("gap"):  # what the sources are known not to say is no "did you mean" among others
        return _abstain(question, str(best.record["answer"]), [])
    part = _part_of_best(query, best, contenders)
    if part is not None:  # "when was A/67/66 introduced at ECOSOC?": the session's meeting that day, not the session
        best = part
    if best.via_symbol < 1 and _ambiguous(query, best, contenders, ordered=among > 1):
        close = [c for c in contenders if best.score - c.score <= AMBIGUITY_WINDOW]
        return _abstain(question, ABSTAIN_UNSURE, close)
    # a gap ranked above the record that holds the fact is what is asked, though it holds no fact itself
    # (unless it names a fact of another kind: 'how long did 70/125 extend the IGF?' is not asking which paragraph)
    first = candidates[0]
    ranked_gap = [first] if first.record.get("gap") and first not in contenders \
        and (query.intent in ("what", first.record.get("intent", "what")) or _YES_NO_OPENING.search(query.text)) else []
    gap = next((c for c in [*ranked_gap, *contenders] if c.record.get("gap") and _covered(query, c)
                and (best.score - c.score <= GAP_WINDOW and (c in ranked_gap or c.intent_fit >= GAP_MIN_FIT) or _holds_what_best_lacks(best, c)
                     and best.score - c.score <= GAP_REACH)), None)
    if gap is not None:  # what the sources are known not to say, asked about as closely as the best answer
        return _abstain(question, str(gap.record["answer"]), [])
    citations = _citations(query, best)
    if not citations:  # the index refuses records without sources; this is a second guard
        return _abstain(question, ABSTAIN_TEXT, candidates)
    text = answer_text(query.intent, best.record)
    if asks_several(query.text) or _YES_NO_OPENING.search(query.text) and query.intent in ("when", "where"):
        # "ecosoc 2006/46 adopted when, at which plenary?"; "did the WGEC send recommendations to CSTD 17 in
        # 2014?" asks more than the date it states
        text = with_the_rest(text, best.record)
    if _PLENARY_NUMBER.search(query.text) and not _SAYS_PLENARY.search(text):
        # "at which ECOSOC plenary meeting was 2012/5 adopted?": the day is known, the meeting's number is not
        return _abstain(question, missing_fact_text("plenary", best.record), candidates)
    if among > 1:
        text += f" (The {query.order} of {among} matching {best.kind}s in my knowledge base.)"
    return AskResult(
        question=question,
        answered=True,
        answer=text,
        citations=citations,
        confidence=min(1.0, best.score),
        record_id=best.id,
    )


_MONTH_STEMS = frozenset(stem(m.lower()) for m in MONTHS)
"""'some drafts say August': a month named is a date, not another actor."""


def _names_another_actor(query: Query, best: Candidate) -> bool:
    """The question names, by a capitalised name, something the document's record never mentions: the
    date asked is that one's act ('when did the Second Committee approve ...?'), not the document's own."""
    return any(not any(ch.isdigit() for ch in s) and s not in _MONTH_STEMS for s in query.pinned & set(best.missing))


def _acted_by(query: Query, record: dict[str, Any]) -> bool:
    """Is the body the question asks about ('what did the General Assembly do ...?') the mandate's
    author? The CSTD asking ECOSOC to forward a report to the Assembly says nothing the Assembly did."""
    body = acting_body(query.text)
    return body is not None and body in " ".join(record.get("by") or []).lower()


def _holds_more_numbers(query: Query, best: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """A close runner-up holding more of the numbers the question pins (paragraphs 34 and 35) than the
    best, which holds neither: the numbers say what is asked about; the best matched only the words."""
    def lacking(c: Candidate) -> int:
        return sum(1 for p in query.pinned & set(c.missing) if p.isdigit() and len(p) < 4)
    if not lacking(best):
        return None
    return next((c for c in candidates[1:FACT_SWITCH_DEPTH] if lacking(c) < lacking(best)
                 and best.score - c.score <= FACT_SWITCH_MARGIN and _holds(query, c) and _covered(query, c)
                 and _named_enough(query, c)), None)


_ASKS_OF_A_MANDATE = re.compile(r"\b(?:ask|asks|asked|asking|request|requests|requested|mandat\w*|invit\w*|decid\w*"
                                r"|adopt\w*|call|calls|called|pass|passed|instruct\w*|task\w*|establish\w*|set|sets|setting"
                                r"|announc\w*|creat\w*|launch\w*|form|formed|res|resolution|decision|modalities)\b", re.I)
"""'When did ECOSOC ask for the consultations?', 'when was the second WGEC established?', 'the res that set
the modalities - date?' ask of the mandate, not of the meeting it asked for."""


def _meeting_held_under(query: Query, best: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The meeting a mandate asked for, when the question asks when or where of it and names the
    mandate only to say which meeting ('the consultations under ECOSOC 2010/2 - when and where?'):
    the mandate is dated by its resolution, the meeting by its own days."""
    if query.intent not in ("when", "where") or best.record.get("kind") != "mandate" \
            or _ASKS_OF_A_MANDATE.search(query.text):
        return None
    fulfilled = {str(f.get("name")) for f in best.record.get("fulfilled_by") or [] if f.get("name")}
    if len(fulfilled) != 1:  # a group's meetings: "when did the first WGEC meet?" asks of them all
        return None
    return next((c for c in candidates[1:FACT_SWITCH_DEPTH] if c.record.get("name") in fulfilled and c.record.get("start")
                 and _holds(query, c) and _covered(query, c) and _named_enough(query, c)), None)


_YEAR_AS_PREMISE = re.compile(r"\b(?:right|correct|true|accurate|wrong|is that|which one|says?|before|after|since|until|prior)\b",
                              re.I)
"""A year the asker offers to be checked ("in 2006, right?", "the header says 2011") or one that places
something else ("before the CSTD took over in 2012"): it does not pin what is asked about."""


def _of_another_year(query: Query, best: Candidate) -> bool:
    """A year that pins the question ("the 2025 high-level meeting", "the resolution adopted in 2014")
    and that the best record never mentions: it is another year's record, however well it matches."""
    years = {p for p in query.pinned & set(best.missing) if len(p) == 4 and p.isdigit()}
    return bool(years) and not _YES_NO_OPENING.search(query.text) and not _YEAR_AS_PREMISE.search(query.text)


def _adopted_at(query: Query, named: Candidate, candidate: Candidate) -> bool:
    """Is the candidate the meeting that adopted the document named by symbol? 'Where was A/RES/70/125
    adopted?' is answered by the place of the meeting whose outcome it is; a document has no place."""
    return query.intent == "where" and candidate.kind == "meeting" and named.record.get("symbol") in {
        str(d.get("symbol")) for d in candidate.record.get("outcome_documents", [])}


_NUMBERS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_N = r"\d+|" + "|".join(_NUMBERS)
_FEW = r"\d{1,3}(?!\d)|" + "|".join(_NUMBERS)  # a count, not a year ("the 2013 CSTD Chair")
_WHICH_N = re.compile(rf"\b(?:(?:which|what|list(?: of)?(?: the)?|name(?: the)?|who were the|(?:which|what) (?:were|are) the) (?P<n>{_N})"
                      rf"|(?:how many|which|what) of the (?P<of>{_N})"
                      r"|(?P<which>which|list(?: of)?(?: the)?|names? of(?: the)?)) (?P<noun>[a-z]+(?:[ -][a-z]+){0,3})", re.I)
"""'Which ten organizations ...?' asks which ones; 'how many of the 10 organizations ...?' a part of them."""

_WHO_WERE_MEMBERS = re.compile(r"\b(?:who were|which|name|list)(?: the| all)? (?:(?![\w-]+ed\b)[\w-]+ ){0,2}?(?P<noun>members|representatives)\b",
                               re.I)
"""'Which civil society representatives were members?', 'who were the civil society members?': whom, by name."""

ABSTAIN_ONLY_COUNTED = "My sources give only how many ({counted}), not which ones or how many of them, so I won't guess."


def _only_counted(question: str, answer: str) -> str | None:
    """'10 organizations' when the question asks which ten, or how many of the ten: the answer only
    counts them, unless it goes on to name them ("four organizations: ITU, UNESCO, ...")."""
    members = _WHO_WERE_MEMBERS.search(question)
    if members:  # "who were the civil society members of the WGEC?": "5 members each from ... civil society"
        said = re.search(rf"\b(?:{_FEW}) (?:[\w-]+ ){{0,2}}?(?:Member States|members?|representatives?)\b"
                         r"(?!\s*[:(]| (?:namely|including|such as)\b)", answer, re.I)
        if said:
            return said.group(0)
    match = _WHICH_N.search(question)
    if match is None:
        return None
    n = (match["n"] or match["of"] or _FEW).lower()  # "which Member States were they?": any number of them
    words = re.split(r"[ -]", match["noun"].lower())  # "the 22 wgec member states": "22 Member States"
    nouns = ("|".join(w for w in words if len(w) > 3) if match["n"] or match["of"] else "") or words[0]
    nouns = re.sub(r"i[sz](?=ation)", "i[sz]", nouns)  # "organisations" asked, "organizations" said
    if match["n"] or match["of"] or match["which"].lower().startswith("name"):  # "which 10 orgs": organizations
        nouns = "|".join(f"{n.rstrip('s')}\\w*" if n.isalpha() and len(n) <= 4 else n for n in nouns.split("|"))
    said = re.search(rf"\b(?:{n}|{_NUMBERS.get(n, n)}) (?:{nouns})\b(?!\s*[:(]| (?:namely|including|such as)\b)",
                     answer, re.I)
    return said.group(0) if said else None


_WHY = re.compile(r"^\W*why\b", re.I)

_PLENARY_NUMBER = re.compile(r"\b(?:which|what) (?:[\w-]+ ){0,2}plenary\b|\bplenary (?:meeting |mtg )?(?:\(?number\)?|no|nr|#)"
                             r"|\bnumber of the plenary\b", re.I)
_SAYS_PLENARY = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|[a-z]+-?(?:first|second|third|[a-z]th)) plenary\b", re.I)
"""'At which ECOSOC plenary meeting was it adopted?' asks a meeting's number, which an answer must give."""

_ASKS_FINDINGS = re.compile(r"\b(?:conclusions?|findings?|key (?:messages|points|takeaways)|main (?:points|messages)"
                            r"|takeaways)\b", re.I)
_SAYS_FINDINGS = re.compile(r"\b(?:conclu\w*|found|finds|findings?)\b", re.I)
"""What a report concluded: asked of a record that only says what the report is, nothing answers it."""

SERIES_WINDOW = 0.05
"""How close a record of a series the question names must be to the best for the question to be
about that series."""


def _other_of_series(query: Query, best: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """A close meeting whose name holds the words the best record (a document, an answer) lacks, and
    which lacks only a number the question pins ("WSIS Forum 2010" for "WSIS Forum 2012 dates?"):
    the question asks when or where a meeting of that series was, one the knowledge does not hold,
    and the best record's date is another thing's."""
    lacked = set(best.missing)
    if not lacked or query.intent not in ("when", "where") or best.kind == "meeting":
        return None
    for c in candidates[1:FACT_SWITCH_DEPTH]:
        if best.score - c.score > SERIES_WINDOW:
            break
        numbers = set(c.missing)
        if c.kind == "meeting" and numbers and all(any(ch.isdigit() for ch in s) for s in numbers) and numbers <= query.pinned \
                and not numbers & lacked and lacked <= _names_words(c):
            return c
    return None


_GAP_PARTS = {"symbol": {"symbol", "symbols", "sym", "number", "no"}, "paragraph": {"paragraph", "paragraphs", "para", "paras"}}
"""What a known gap on a part of a document says is missing, and the words asking for that part."""


def _gap_of_another_part(query: Query, candidate: Candidate) -> bool:
    """A known gap on a part of a document (its symbol, its paragraph numbers), asked only about that
    part, when the question asks for none of it: 'under which agenda item did the Second Committee
    report?' is not asking the report's symbol, which the sources do not give."""
    if not candidate.record.get("gap"):
        return False
    asked = set(words(query.text))
    for name in candidate.record.get("names", []):  # every way the gap is asked must name the part
        parts = [said for said in _GAP_PARTS.values() if said & set(words(name))]
        if not parts or any(said & asked for said in parts):
            return False
    return True


def _holds_what_best_lacks(best: Candidate, gap: Candidate) -> bool:
    """Does the gap hold the question's words that the best answer lacks (at least two of them)?"""
    return len(best.missing) >= 2 and not set(best.missing) & set(gap.missing)


def _dated_coarsely(candidate: Candidate) -> bool:
    """Is the record dated only to a year or month ("2006"), so that it cannot say on which day?"""
    iso = _dated(candidate)
    return iso is not None and len(iso) < len("2006-01-01")


_A_DAY = re.compile(rf"\b\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})? (?:{'|'.join(MONTHS)})\b")
"""'17 May 2006', '16–17 December 2025': a day a curated answer gives."""


def _dated_to_a_year(candidate: Candidate) -> bool:
    """Is the record dated only to a year ("2006"), so that it cannot say in which month?"""
    iso = _dated(candidate)
    return iso is not None and len(iso) <= len("2006")


def _paragraphs_only_of_unnamed(query: Query, candidate: Candidate) -> bool:
    """Asked which paragraph of a document named by symbol, does the candidate give only paragraphs
    of other documents the question does not name ("which paragraph of 70/125 calls for the 2025
    meeting?": the 2015 meeting's mandate is paragraph 111 of the Tunis Agenda, not of 70/125)?"""
    if query.intent != "paragraph" or not query.known_symbols:
        return False
    refs = [r for k in ("citations", "mandated_by") for r in candidate.record.get(k) or [] if r.get("paragraph")]
    if not refs or any(r.get("symbol") in query.known_symbols for r in refs):
        return False
    asked = set(words(query.text))
    return not any(len({w for w in words(str(r.get("title") or "")) if w not in STOP_WORDS} & asked) >= 2 for r in refs)


def _paragraphs_of_another_named_document(query: Query, named: Candidate, candidate: Candidate) -> bool:
    """Does the candidate give paragraphs of a document other than the one named by symbol, which
    the question names by its title ("66/184 ... which Tunis Agenda paragraphs")?"""
    if query.intent != "paragraph":
        return False
    asked = set(words(query.text))
    for ref in candidate.record.get("citations", []):
        if ref.get("paragraph") and ref.get("symbol") != named.record.get("symbol"):
            title = {w for w in words(str(ref.get("title") or "")) if w not in STOP_WORDS}
            if len(title & asked) >= 2:
                return True
    return False


_ASKS = re.compile(r"\b(what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|has|have|had|can|could"
                   r"|tell|give|show|list|explain|describe|summari[sz]e)\b", re.I)
"""Words that ask: a question without any names what it wants ("crp2 page count?")."""


MIN_HELD_OF_LAST = 0.5
"""A yes/no question after sentences setting it up is answered by a record holding at least this share
of the question's own words (the setting-up words, all held, do not answer it)."""


def _last_question_words(query: Query) -> set[str]:
    """The words a yes/no question asks after sentences setting it up ('I read that the second WGEC's
    fifth and final meeting was 29-31 January 2018. Did the group adopt a consensus final report?');
    none for a question of one sentence, or too short to judge."""
    sentences = _SENTENCE.split(query.text.strip())
    if len(sentences) < 2 or not _YES_NO_OPENING.search(sentences[-1]):
        return set()
    asked = {stem(w) for w in words(sentences[-1])} & query.weights.keys()
    return asked if len(asked) >= 3 else set()


def _holds_too_little_of(asked: set[str], candidate: Candidate) -> bool:
    """Does the record hold under MIN_HELD_OF_LAST of those words (the meeting's record holds the
    first sentence, not what the last one asks)?"""
    return bool(asked) and len(asked - set(candidate.missing)) < MIN_HELD_OF_LAST * len(asked)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _unknown_predicate(query: Query) -> bool:
    """A yes/no question ending on a participle the knowledge never uses ("was the meeting webcast?",
    "was it streamed?"): that is what is asked, and no record can say yes or no to it. ("were did it
    hapen" is "where did it happen", misspelt: no yes/no question.)"""
    first = re.split(r"[?.!(]|,\s*(?:and|or)\b|\s+or\s+", query.text, maxsplit=1)[0]  # "... webcast(,) or/and ...?"
    said = words(first)
    return bool(_YES_NO_OPENING.search(first)) and said[1:2] not in (["did"], ["does"], ["do"]) \
        and stem(said[-1]) in query.unknown and said[-1].endswith(("ed", "cast", "en"))


def _names_unknown_attribute(query: Query) -> bool:
    """'crp2 page count?', 'res 66/184 vote tally': without a word that asks, what is asked is what
    the question names besides the document, and the knowledge never names it (a title, a typo of
    one, is every document's)."""
    return query.intent == "what" and not _ASKS.search(" ".join(fix_question_words(words(query.text)))) \
        and any(s not in FOCUS_EXEMPT and not misspelt_exempt(s) for s in query.unknown)


_CODE = re.compile(r"[a-z]{1,2}\d{1,2}")


_IN_A_PLACE = re.compile(r"\b(?:in|at) (?P<place>[A-Z][a-z]{3,})\b(?!\s+[A-Z])")
"""'in Norway' (not 'in Southeast Asia': a name of two words, one the knowledge may spell otherwise)."""


def _names_unknown_place(query: Query) -> bool:
    """'What happened at IGF 2025 in Norway?': a capitalised place the knowledge never names pins
    the question to something it does not hold (a typo of a known place is corrected before)."""
    return any(m["place"].lower() in query.unknown and m["place"] not in MONTHS and m["place"] not in _LANGUAGES
               for m in _IN_A_PLACE.finditer(query.text))


_LANGUAGES = frozenset("Arabic Chinese English French Russian Spanish".split())
"""'written in French': a language, not a place."""


def _names_unknown_code(query: Query) -> bool:
    """An unknown word of letters then digits ("C5", "L41"): a code naming one thing, which the
    knowledge would hold if it knew it. (Not the start of a symbol typed without its slash, "A68/65".)"""
    return any(_CODE.fullmatch(s) and not re.search(rf"\b{s}\s*/", query.text, re.I) for s in query.unknown)



_ACRONYM_NAMING = re.compile(r"\b(?P<acronym>[A-Z]{3,6})(?:['’]s)? (?:final |first |own )?(?:report|reports|group|resolution|meeting"
                             r"|session|forum|summit|document|decision|conference|process|mandate|secretariat|members)\b")


def _names_unknown_acronym(query: Query) -> bool:
    """'When was the WGIG report published?': an acronym the knowledge never says names the thing
    asked about (a typo of a known one is corrected before it gets here: it is no longer unknown)."""
    return any(stem(m["acronym"].lower()) in query.unknown for m in _ACRONYM_NAMING.finditer(query.text))


_YES_NO_OPENING = re.compile(rf"^\W*({'|'.join(sorted(YES_NO_OPENERS))})\b", re.I)
"""A yes/no question: a 'what people said' inside it is a relative clause, not a question for people."""

_ASKS_PERSON = re.compile(r"\bwho from\b|\bwho (?:was|were|sat|served) on (?:the )?\b|\bnames? of the (?:pga|sg|usg)\b|\bwho (was|is|were) (the )?(un |current |[a-z]{2,8}['’]?s? )?(secretary.general|president|pga|sg|usg)\b|\b(which|what|name of the|names of the|who (was|is|were) the) ([\w-]+ ){0,2}(official|officials|person|persons|people"
                          r"|individual|individuals|speaker|speakers|diplomat|diplomats|officer|officers|delegate"
                          r"|delegates|minister|ministers|ambassador|ambassadors|expert|experts|under.secretary.general|usg|president"
                          r"|representatives|(?<!did )(?<!does )(?<!to )(?:chair|chairman|chairperson|chairwoman)(?!['’]s))\b"
                          r"(?!\s+(document|symbol|report|records?|text|title|name|languages?|version|website|number|list|date"
                          r"|consultations?|meetings?|groups?|panels?|reviews?|level|bod(y|ies)|mechanisms?|forums?"
                          r"|committees?|segments?|sessions?|dialogues?))",
                          re.I)
"""'Which UNCTAD official introduced the report?': asked for a person, an answer naming none is no
answer ("the official document symbol" asks for a symbol, "the expert consultation" for a meeting)."""

_NAME_PART = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PERSON = re.compile(rf"\b{_NAME_PART}(?: (?:de la|de|da|del|van|von|dos|bin|al))?(?: {_NAME_PART})+\b")
_NOT_NAMES = frozenset("""New York Geneva Tunis United Nations General Assembly Economic Social Council Commission Science
Technology Development Information Society Summit World Internet Governance Forum Working Group Enhanced Cooperation
Secretary Conference Committee Second Agenda Declaration Principles Plan Action Day Telecommunication Union Chief
Executives Board Office International Labour Organization Republic Member States Sessions Session Report Resolution
Permanent Representatives Representative Kenya Albania Hungary Brazil Peru Greece Indonesia Azerbaijan Egypt Mexico
Kenyan Organisation High Level Meeting Review Outcome Group The This It Its In On At For By And Of Chair Chairs Vice
Co Bureau Secretariat Addendum Annex Cultural Digital Solidarity Fund Eighth Plenary Main Official Records Plenipotentiary
Rio Janeiro Sharm El Sheikh Affairs Supplement No Commitment Under Development Programme Educational Groups""".split())


def _people(text: str) -> list[str]:
    """The people a text names ("Peter Major", "Miguel Palomino de la Gala"), not bodies, places and
    documents ("New York", "the Tunis Agenda")."""
    return [m.group(0) for m in _PERSON.finditer(text)
            if not set(m.group(0).replace("-", " ").split()) <= _NOT_NAMES | {"de", "la", "da", "del", "van", "von"}]


def _names_a_person(text: str) -> bool:
    """Does an answer name somebody?"""
    return bool(_people(text))


def _role_asked_back(query: Query, record: dict[str, Any]) -> str | None:
    """The office an answer would name when the question already names it: "who was the CSTD chair
    in 2012?" asks for a person, and "the Chair of the CSTD" (all the sources say) only repeats it."""
    said_words = set(words(query.text))
    if query.intent not in ("who", "chair") or not said_words & {"chair", "chairing"} or record["kind"] != "meeting":
        return None
    roles = record.get("roles_n") or []
    if query.intent == "chair":
        roles = roles[:1] if record.get("chair") else []
    asked = set(query.stems)
    said = [[t for t in r.split() if t not in STOP_WORDS or t == "chair"] for r in roles]
    person = bool(said_words & {"name", "person", "individual", "names"})  # "the name of the person chairing"
    if said and all(s[:1] == ["chair"] and (person or set(s[1:]) <= asked) for s in said):
        return str(record.get("chair") or record["convened_by"][0])
    return None


PARAGRAPHS_WINDOW = 0.08
"""'Which paragraphs of the Tunis Agenda deal with enhanced cooperation?': the records of each
paragraph (69, 70, 71) match alike; those this close to the best, citing paragraphs of the same
document, together are the answer."""

_PLURAL_PARAGRAPHS = re.compile(r"\b(paragraphs|paras)\b", re.I)


def _lead(candidate: Candidate) -> tuple[str, str] | None:
    """(symbol, paragraph) of the first citation when it names a paragraph."""
    for ref in candidate.record.get("citations", [])[:1]:
        if ref.get("paragraph") and ref.get("url"):
            return str(ref["symbol"]), str(ref["paragraph"])
    return None


def _paragraphs(best: Candidate, contenders: list[Candidate]) -> list[tuple[str, Candidate]]:
    """The paragraphs of the best one's document that match alike, one record each, in order."""
    lead = _lead(best)
    if lead is None:
        return []
    found: dict[str, Candidate] = {}
    for c in contenders:
        cited = _lead(c)
        if (cited and cited[0] == lead[0] and best.score - c.score <= PARAGRAPHS_WINDOW
                and c.coverage >= MIN_COVERAGE and cited[1] not in found):
            found[cited[1]] = c
    if len(found) < 2:
        return []
    return sorted(found.items(), key=lambda item: [int(n) for n in re.findall(r"\d+", item[0])] or [0])


def _several_paragraphs(query: Query, question: str, found: list[tuple[str, Candidate]]) -> AskResult:
    """One answer for several paragraphs of one document, each with what it says and its citations."""
    first = found[0][1].record["citations"][0]
    title = f" ({first['title']})" if first.get("title") else ""
    numbers = [number for number, _ in found]
    listed = ", ".join(numbers[:-1]) + f" and {numbers[-1]}"
    lines = [f"Paragraphs {listed} of {first['symbol']}{title}:"]
    for number, c in found:
        said = c.record["answer"] if c.kind == "qa" else answer_text("paragraph", c.record)
        lines.append(f"• {number}: {said}")
    citations = dict.fromkeys(cited for _, c in found for cited in _citations(query, c))  # in order, once each
    return AskResult(question=question, answered=True, answer="\n".join(lines), citations=tuple(citations),
                     confidence=min(1.0, found[0][1].score), record_id=found[0][1].id)


def _dated(candidate: Candidate) -> str | None:
    """The ISO date a series is ordered by: a meeting's start, a document's date."""
    record = candidate.record
    return record.get("start") if candidate.kind == "meeting" else \
        record.get("iso_date") if candidate.kind == "document" else None


def _in_order(order: str, best: Candidate, candidates: list[Candidate]) -> tuple[Candidate, int] | None:
    """The earliest or latest dated record among those matching alike (of the kind of the best
    dated one), and how many it was chosen from; None when the knowledge cannot tell which one."""
    dated = [c for c in candidates if best.score - c.score <= ORDER_WINDOW and c.coverage >= MIN_COVERAGE
             and _dated(c)]
    if not dated:  # "when did the WGEC meet for the first time?" may rank "What is the WGEC?" first
        return None
    series = [c for c in dated if c.kind == dated[0].kind]
    pick = (min if order == "earliest" else max)(series, key=lambda c: (str(_dated(c)), c.score))
    return (pick, len(series)) if _ends_series(order, pick) else None


def _says_its_order(order: str, candidate: Candidate) -> bool:
    """A curated answer that says when something happened first ("first celebrated on 17 May 2006")
    answers "when was it observed for the first time?" itself: there is no series to choose from."""
    end = "first" if order == "earliest" else "(?:last|final|latest)"
    return candidate.kind == "qa" and bool(re.search(rf"\b{end} (?:\w+ ){{0,3}}(?:on|in) \d", str(candidate.record["answer"])))


def _ends_series(order: str, candidate: Candidate) -> bool:
    """The knowledge may not hold a whole series (the CSTD's first sessions are not in it): the
    earliest record counts as the first only when it is named first, the latest as the last only
    when it says it was the last (or final) one."""
    record = candidate.record
    named = {w for name in record["names_n"] for w in name.split()}
    if order == "earliest":
        return "1st" in named
    return bool({"last", "final"} & (named | set(record.get("_text", "").split())))


_ADDENDUM = re.compile(r"/Add\.\d+", re.I)
_SAYS_ADDENDUM = re.compile(r"\badd(?:endum|enda|ition)?\b|\badd\.?\s?\d", re.I)
"""A question naming a report names its addendum only by saying so."""


def _ambiguous(query: Query, best: Candidate, candidates: list[Candidate], ordered: bool = False) -> bool:
    """Do near-equal candidates of one kind give different answers? (Not those of the series an
    order chose from: 'the first time' said which one; nor, when the best holds every word asked,
    those lacking a word the question pins: "who did the GA invite to convene the enhanced
    cooperation meeting?" is not about the IGF's convening.)"""
    best_misses_nothing = not set(best.missing) & query.pinned  # of what pins the question down
    close = [c for c in candidates if best.score - c.score <= AMBIGUITY_WINDOW
             and (c is best or _holds(query, c))  # a record lacking the fact gives no other answer
             and not (ordered and c.kind == best.kind and c is not best)
             and c.id != best.record.get("part_of_id")  # the session the best meeting was part of
             and not (best_misses_nothing and set(c.missing) & query.pinned)]
    # a body and its office named alike ("CSTD" and "CSTD Chair", whose "chair" only asks) are one
    # thing asked about, the body
    by_id = {c.id: c for c in close}
    said = set(words(query.text))
    close = [c for c in close if c is best or c.record.get("parent_id") not in by_id
             or _names_words(c) - _names_words(by_id[c.record["parent_id"]]) & said]
    if not _SAYS_ADDENDUM.search(query.text):  # "sg progress report 2012 symbol": the report, not its addendum
        symbols = {c.record.get("symbol") for c in close}
        close = [c for c in close if c is best or _ADDENDUM.sub("", str(c.record.get("symbol"))) not in symbols - {c.record.get("symbol")}]
    by_kind: dict[str, set[str]] = {}
    quoted: dict[str, str] = {}  # a passage curated answers quote (or a part of it) -> the first one's key
    for c in close:
        key = _person_named(query, c) or fact_key(query.intent, c.record)
        if c.kind == "qa":  # curated answers quoting the same passage give one answer
            passages = [" ".join(p.split()) for p in _QUOTED.findall(str(c.record.get("answer", "")))]
            key = next((k for p in passages for q, k in quoted.items() if p in q or q in p), key)
            quoted.update({p: key for p in passages})
        by_kind.setdefault(c.kind, set()).add(key)
    return any(len(keys) > 1 for keys in by_kind.values())


_QUOTED = re.compile(r"\"([^\"]{40,})\"")
"""A passage of a source a curated answer quotes word for word."""


def _person_named(query: Query, candidate: Candidate) -> str:
    """Who a curated answer names, when a person is asked for: two answers naming the same person
    ('the 2013 CSTD Chair, Miguel Palomino de la Gala') give one answer. '' when it names none."""
    if candidate.kind != "qa" or query.intent not in ("who", "chair"):
        return ""
    return " / ".join(sorted(set(_people(str(candidate.record.get("answer", ""))))))


def _part_of_best(query: Query, best: Candidate, contenders: list[Candidate]) -> Candidate | None:
    """A meeting of the best, itself a session, as close and holding the fact: it says more precisely
    what the question asks (the meeting of 24 July 2012 that heard the report, not the session of
    2–27 July 2012 that held it); None when there is none."""
    if best.kind != "meeting":
        return None
    parts = [c for c in contenders if c.kind == "meeting" and c.record.get("part_of_id") == best.id
             and best.score - c.score <= AMBIGUITY_WINDOW and _holds(query, c)]
    return parts[0] if len(parts) == 1 else None


def _names_words(candidate: Candidate) -> set[str]:
    return {w for name in candidate.record["names_n"] for w in name.split()}


def _citations(query: Query, best: Candidate) -> tuple[Citation, ...]:
    """The record's sources, led by the document the answer names (mandate, outcome) when it has one."""
    record = best.record
    lead: list[dict[str, object]] = []
    if record["kind"] == "meeting" and query.intent == "which":
        lead = list(record.get("mandated_by", []))
    elif record["kind"] == "meeting" and query.intent == "outcome":
        lead = list(record.get("outcome_documents", []))
    elif record["kind"] == "mandate":
        lead = [record["document"]]
    elif record["kind"] == "document":
        lead = [{"symbol": record["symbol"], "title": record["title"], "url": record["url"], "paragraph": None}]
    seen: set[tuple[str, str | None]] = set()
    out: list[Citation] = []
    for ref in [*lead, *record.get("citations", [])]:
        key = (str(ref["symbol"]), ref.get("paragraph"))  # type: ignore[arg-type]
        if key in seen or not ref.get("url"):
            continue
        seen.add(key)
        para = ref.get("paragraph")
        out.append(Citation(str(ref["symbol"]), str(ref.get("title") or ""), str(ref["url"]),
                            str(para) if para else None))
    return tuple(out)


def _abstain(question: str, text: str, candidates: list[Candidate]) -> AskResult:
    suggestions: list[str] = []
    for c in candidates:
        if c.score < SUGGESTION_FLOOR or len(suggestions) >= MAX_SUGGESTIONS:
            break
        s = suggestion_for(c.record)
        if s not in suggestions:
            suggestions.append(s)
    confidence = candidates[0].score if candidates else 0.0
    return AskResult(question=question, answered=False, answer=text, citations=(), confidence=min(1.0, confidence),
                     suggestions=tuple(suggestions))
