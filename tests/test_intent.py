"""What kind of fact a question asks for, and which words only said so."""

from __future__ import annotations

import pytest

from bot.intent import asked_for, asks_several, checked_claim, counted_answer, detect_order, detect_intent, fix_question_words
from bot.matcher import STOP_WORDS
from bot.text import words


@pytest.mark.parametrize(
    "question, intent",
    [
        ("When were the enhanced cooperation consultations?", "when"),
        ("in which year did the IGF take place", "when"),
        ("Where was the 18 May meeting held?", "where"),
        ("Which cities hosted the IGF meetings?", "where"),
        ("Which countries are these?", "what"),  # countries taking part, not a place
        ("in which organisation's offices in geneva did the 18 may 2012 consultations take place", "where"),
        ("At whose premises was the 18 May meeting held?", "where"),
        ("in which resolution was the meeting mandated", "which"),
        ("Which resolution mandated the meeting on enhanced cooperation?", "which"),
        ("Who convened the meeting?", "who"),
        ("which organisation prepares the SG report?", "who"),
        ("Who chaired the meeting?", "chair"),
        ("Which paragraph of the Tunis Agenda covers enhanced cooperation?", "paragraph"),
        ("Who was invited to take part in the consultations?", "participants"),
        # the task names the composition of a body: who was given it is asked, not who took part
        ("which body did the GA ask to review the Commission's agenda and composition?", "who"),
        ("who did res 60/252 ask to review the CSTD's composition?", "who"),
        # a link asked in Slack's shorthand, or by the file it is
        ("crp.2 link pls", "link"),
        # "para" followed by what the paragraph does
        ("tunis para establishing the igf?", "paragraph"),
        # where in a text something is restated: its paragraph
        ("where are tunis paras 34 and 35 repeated in 70/125?", "paragraph"),
        # "the WSIS+20 outcome" names a document; its number as a resolution asks which resolution
        ("did the WSIS+20 outcome extend the IGF for ten more years?", "what"),
        ("what number did the WSIS+10 outcome get as a GA resolution?", "which"),
        # a "when" clause inside a yes/no question says at what time, it does not ask when
        ("were civil society groups named when the GA asked for the meeting?", "what"),
        ("the 2012 addendum as a pdf?", "link"),
        ("can you send me the link to the Tunis Agenda", "link"),
        ("How long is the IGF mandate?", "duration"),
        ("By how much did the review extend the IGF mandate?", "duration"),
        ("70/125 para for 2025 review?", "paragraph"),  # Slack shorthand for "which paragraph"
        ("tunis agenda paras cited in a/res/66/184 for the meeting?", "paragraph"),  # which ones it cites
        ("op para of a/res/66/184 that asks the SG to report?", "paragraph"),  # an operative paragraph
        ("Is the Chair's report issued as e/cn.16/2012/crp.1?", "which"),  # which document it was issued as
        ("last day of the CSTD fifteenth session?", "when"),  # the end of its dates, not the last of a series
        ("who was the 18 may mtg open to? only states?", "participants"),
        ("When was the Secretary-General supposed to start the enhanced cooperation process?", "deadline"),
        ("chair report doc symbol pls", "which"),  # the symbol, asked last
        ("the SG report on enhanced cooperation before the Second Committee. Symbol?", "which"),
        ("what was the first day of the Tunis phase?", "when"),
        ("which paragraphs are cited as the basis?", "paragraph"),
        ("the paragraph cited by the Chair says what?", "what"),  # what it says, not which one
        ("Which fund did 60/252 welcome when it endorsed the Tunis outcomes?", "what"),  # a 'when' inside asks not
        ("what date was it when the GA met?", "when"),
        ("tell me when the CSTD met", "when"),
        ("How many working groups on enhanced cooperation were there?", "count"),
        ("Where can I find the Chair's summary?", "link"),
        ("What is the IGF?", "what"),
        ("By when did the Tunis Agenda ask for the first IGF meeting?", "deadline"),
        ("deadline for written comments in the 2010 consultations?", "deadline"),
        ("What has come out of the WGEC?", "outcome"),
        ("Who was the meeting supposed to involve?", "participants"),
        ("Which two paragraphs of the Tunis Agenda did 66/184 point to?", "paragraph"),
        ("what does paragraph 76 of the Tunis Agenda say?", "what"),
        ("who was the CSTD chair in 2012?", "chair"),
        ("who was vice-chair of the WGEC?", "who"),  # a vice-chair is not the chair
        ("the meeting was to follow some paragraphs of the Tunis Agenda. which ones?", "paragraph"),  # the ones named
        ("Did the 2010 consultations lead to any report? Which one?", "what"),  # only paragraphs are read back
        ("wgec chair 2013?", "chair"),  # short, names an office, asks nothing else
        ("chair's CRP symbol?", "which"),  # the symbol of the chair's paper is asked (which document), not who chaired
        ("what time did the consultations start", "time"),  # a time of day, not a date
        ("By which session was ECOSOC to review the CSTD's composition?", "deadline"),
        ("which org's premises hosted the consultation", "where"),
        ("Which Assembly resolution from the 65th session extended the mandate?", "which"),
        # "convened by" asks who only when it asks: here it names the meeting
        ("What was the gathering convened by the chair supposed to achieve?", "what"),
        ("the 18 May meeting was convened by?", "who"),
        ("Who picked the date for the meeting?", "who"),  # "date" does not make it a when question
        ("who convened the meeting and when", "who"),  # it asks who first
        ("Who was meant to be able to join that meeting?", "participants"),
        ("Which stakeholders was the meeting supposed to include?", "participants"),
        ("in which report was the SG supposed to include the outcome?", "which"),  # what to put in, not whom
        ("66/184 came out of the Second Committee under which agenda item?", "which"),  # an item, not an outcome
        ("who was asked to review the CSTD's mandate, agenda and composition?", "who"),  # a task, not who took part
        ("who was invited to take part in the meeting?", "participants"),
        ("size of the second wgec?", "count"),
        ("The Bureau picked the date at a CSTD event in December 2011. Which event was that?", "what"),  # not when
        ("18 may mtg start time?", "time"),  # the time of day, which no record gives
        ("tunis para 76 - within how many yrs was the SG to look at continuing the forum", "duration"),
        ("within what time frame did paragraph 76 ask the SG to examine the IGF's continuation?", "duration"),
        ("how big was the first WGEC?", "count"),
        ("What came out of the Second Committee's debate on agenda item 16?", "outcome"),
    ],
)
def test_intent_of_typical_questions(question: str, intent: str) -> None:
    assert detect_intent(question)[0] == intent


def test_words_that_only_ask_are_returned_and_content_words_are_not() -> None:
    intent, asked = detect_intent("in which organisation's offices in geneva did the 18 may 2012 consultations take place")
    assert intent == "where"
    assert {"in", "which"} <= asked
    assert not asked & {"geneva", "consultations", "offices", "2012"}


def test_a_content_word_inside_an_asking_phrase_stays_content() -> None:
    intent, asked = detect_intent("who was the CSTD chair in 2012?")
    assert intent == "chair" and "cstd" not in asked and {"who", "chair"} <= asked
    intent, asked = detect_intent("which tunis agenda paragraphs does it cite?")
    assert intent == "paragraph" and not asked & {"tunis", "agenda"}


def test_question_word_typos_are_fixed_before_matching() -> None:
    assert fix_question_words(["wher", "was", "it"]) == ["where", "was", "it"]
    assert detect_intent("whcih resolution requested the report?")[0] == "which"


@pytest.mark.parametrize(
    ("question", "order", "said"),
    [
        ("When did WGEC meet for the first time?", "earliest", set()),
        ("When did the second WGEC meet for the last time?", "latest", {"last"}),
        ("when was the most recent IGF", "latest", {"recent"}),
        ("What is the latest resolution on WSIS?", "latest", {"latest"}),
        ("Where was the earliest IGF?", "earliest", {"earliest"}),
        ("What happened last year at the CSTD?", None, set()),
        ("What does the last paragraph of the Tunis Agenda say?", None, set()),
        ("last day of the CSTD fifteenth session?", None, set()),  # the session's end, not the last session
        ("When was the first meeting of the WGEC?", None, set()),
    ],
)
def test_order_asked_for_and_the_words_that_only_said_it(question: str, order: str | None, said: set[str]) -> None:
    assert detect_order(question) == (order, said)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Which resolution set the modalities of the WSIS+10 review, and when was it adopted?", "which"),
        ("Who convened the 2012 meeting, and where was it held?", "who"),
        ("Who chaired the meeting? When was it?", "chair"),
        ("When and where was the first IGF held?", "when"),
        ("in which year did the IGF take place", "when"),
    ],
)
def test_a_question_asking_two_things_is_about_what_it_asks_first(question: str, intent: str) -> None:
    assert detect_intent(question)[0] == intent


def test_a_question_opening_by_asking_for_a_document_asks_for_it_and_keeps_its_issuer() -> None:
    intent, said = detect_intent("Which ECOSOC resolution noted the structure and composition of the second WGEC?")
    assert intent == "which"  # not "participants", though it says "composition"
    assert "ecosoc" not in said and "resolution" in said


def test_what_came_out_of_a_meeting_asks_for_its_outcome_even_as_what_report() -> None:
    intent, said = detect_intent("What report came out of the 2010 open consultations on enhanced cooperation?")
    assert intent == "outcome"
    assert {"came", "out"} <= said


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("what was the recorded vote tally on res 70/125", ("recorded", "vote", "tally")),
        ("what's the annual budget of the IGF secretariat", ("annual", "budget")),
        ("who was president of ECOSOC during the 2012 session", ("president",)),
        ("which UNCTAD official introduced the report", ("unctad",)),  # "official" is a stop word
        ("how many member states sat on the first WGEC", ("member", "states")),  # "sat" is a verb
        ("which four organizations jointly organized it", ("organizations",)),  # numbers count, adverbs end it
        ("what is the title of res 66/184", ()),  # every document answers its title
        ("what did the Commission ask ECOSOC to do", ()),  # asks what was done, not for a thing
        ("what date was the meeting", ()),  # only an intent word
        ("who conducted the consultations", ()),  # "who" and a verb: who did it
        ("who was invited to convene the meeting", ()),  # a passive verb, not a thing
        ("what part does UNESCO play", ()),  # a part is a role, which records answer
        ("what body did 67/195 invite the CSTD Chair to establish", ()),  # the kind of thing, which any body is
    ],
)
def test_the_thing_a_question_asks_for(question: str, focus: tuple[str, ...]) -> None:
    assert asked_for(fix_question_words(words(question)), STOP_WORDS) == focus


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Is it true that the consultations were held in New York?", ("where", {"new", "york"})),
        ("The CSTD met in Geneva, right?", ("where", {"geneva"})),
        ("Did the meeting take place on 19 May 2012?", ("when", {"19", "may"})),  # the year still identifies
        # the meeting claimed (and its day) may be wrong: it does not identify what is asked
        ("chair reported on the consultations at the 1st mtg of cstd 15, right?", ("when", {"1st"})),
        ("the Chair reported to the Commission at its opening meeting on 21 May 2012, correct?",
         ("when", {"opening", "21", "may"})),
        ("the addendum is dated 12 March 2012, right?", ("when", {"12", "march"})),  # a document's date claimed
        ("When was the meeting held in Geneva?", None),  # not a yes/no question
        ("Was it held in accordance with paragraphs 34 and 35?", ("paragraph", {"34", "35"})),  # which paragraphs
        ("It was held in line with Tunis Agenda paragraphs 69 to 71, didn't it?", ("paragraph", {"69", "71"})),
        ("The 2008 IGF was held in New Delhi on 8-11 December, wasn't it?",  # a place and days, both claimed
         ("where", {"new", "delhi", "8", "11", "december"})),
        ("Was paragraph 35 about the roles of stakeholders?", None),
        ("was the 2012 consultation a three-day event?", ("duration", {"three"})),  # how long it was
        ("was it held at UN headquarters in New York?", ("where", {"un", "headquarters", "new", "york"})),
        ("Was the CSTD session held in Geneva in May 2012?", ("where", {"geneva"})),  # the month still identifies
        ("Was the meeting an 8-day one?", ("duration", {"8"})),  # a paragraph named, none claimed as a basis
        ("Was the meeting held in May 2012?", None),  # a month is not a claimed day
        ("The 2008 IGF was held in New Delhi, wasn't it?", ("where", {"new", "delhi"})),  # a tag question
        ("Did the CSTD chair convene the meeting?", ("who", {"cstd", "chair"})),  # who convened it
        ("Did everyone agree the chair's write-up was accurate?", None),  # "write-up" is no claim of who wrote
        ("Was UNGIS endorsed already in 2006?", ("when", {"2006"})),  # the year claimed
        ("was the enhanced coop meeting in new york?", ("where", {"new", "york"})),  # typed lowercase, no verb
        ("was the meeting in person?", None),  # no place
        ("Did the WGEC submit recommendations to the 17th CSTD session in 2014?", None),  # the session's year
        ("the second WGEC was set up in 2017, right?", ("when", {"2017"})),  # a year claimed, then the tag
        ("the SG convened the 18 may consultations himself, yes?", ("who", {"sg"})),  # an agent stated, then tagged
        ("The meeting was for Member States only, correct?", ("participants", {"member", "states"})),
        ("The GA endorsed the Tunis outcomes in resolution 60/252 in December 2005, right?",
         ("when", {"december", "2005"})),  # a month and year claimed
        ("The IGF was held in Nairobi in November 2010, right?", ("where", {"nairobi"})),  # a place claimed first
        ("the SG convened the 18 may consultations himself.", None),  # stated, not offered for checking
        ("the IGF was in Nairobi in 2010, right?", ("where", {"nairobi"})),  # a place claimed too: the year identifies
    ],
)
def test_a_yes_no_question_stating_a_place_or_day_asks_for_it(question: str, claim: object) -> None:
    assert checked_claim(question) == claim


def test_the_count_of_things_asked_for_is_read_after_which_or_what() -> None:
    assert counted_answer(words("which four organizations organized it")) == {"four"}
    assert counted_answer(words("the four organizations which organized it")) == set()


@pytest.mark.parametrize(("question", "several"), [
    ("ecosoc 2006/46 adopted when, at which plenary?", True),
    ("draft symbol and plenary meeting number for res 60/252?", True),
    ("When was the 4th meeting of the 2nd WGEC and where did members stand at that point?", True),
    ("when was 60/252 adopted?", False),
    ("which resolution, adopted in 2011, asked for the meeting?", False),  # one question word, one thing asked
    ("when and when was it?", False),  # the same thing twice
])
def test_a_question_asking_several_things(question: str, several: bool) -> None:
    assert asks_several(question) is several
