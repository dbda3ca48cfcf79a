"""Two questions in one: each part asked on its own, answered together only when every part is."""

from __future__ import annotations

import pytest

from bot.core import Bot
from bot.multi import _attempts, listed, parts, reported_claim, topic_for_it, topic_parts, without_description, without_lead_in


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When and where was A/RES/70/125 adopted?",
         ["When was A/RES/70/125 adopted?", "Where was A/RES/70/125 adopted?"]),
        ("hi team: where and when was the meeting?", ["hi team: where was the meeting?", "hi team: when was the meeting?"]),
        ("When and at which CSTD event did the Bureau set the date?",
         ["When did the Bureau set the date?", "At which CSTD event did the Bureau set the date?"]),
        # a part saying "it" is asked with what the other part names (see the attempts below)
        ("Who chaired the WGEC, and when did it first meet?", ["Who chaired the WGEC?", "when did it first meet?"]),
        ("which GA resolution endorsed the Tunis results, and when was it adopted?",
         ["which GA resolution endorsed the Tunis results?", "when was it adopted?"]),
        # a part standing on its own is asked as it is
        ("When was the WSIS Forum first held under that name, and which organizations co-organized the 2010 edition?",
         ["When was the WSIS Forum first held under that name?", "which organizations co-organized the 2010 edition?"]),
        ("where was the 2015 review meeting and on what date was the outcome adopted?",
         ["where was the 2015 review meeting?", "on what date was the outcome adopted?"]),
        ("When was resolution 67/195 adopted and what did it invite the CSTD Chair to set up?",
         ["When was resolution 67/195 adopted?", "what did it invite the CSTD Chair to set up?"]),
        ("when did the committee approve the draft, and did it vote?",
         ["when did the committee approve the draft?", "did it vote?"]),
        # a terse first part naming what it asks for; a claim to check; "also" or "+" before the second
        ("symbol of the Tunis Commitment, and what date is the Tunis phase report?",
         ["symbol of the Tunis Commitment?", "what date is the Tunis phase report?"]),
        ("60/252 was adopted by recorded vote, right? also which fund did it welcome",
         ["60/252 was adopted by recorded vote, right?", "which fund did it welcome?"]),
        ("where did the first IGF meet + is the igf binding",
         ["where did the first IGF meet?", "is the igf binding?"]),
        # a terse first part saying what it asks for last; a second part naming what it asks for first
        ("cstd 17 dates, and symbol of its report?", ["cstd 17 dates?", "symbol of its report?"]),
        # a terse second part after a question mark, however it opens
        ("who chaired wgec 1? and the 2nd one was set up which year",
         ["who chaired wgec 1?", "the 2nd one was set up which year?"]),
        ("When was it held? I need it for a note.", []),  # what follows asks nothing
        # two parts of one kind, each naming its own thing
        ("which GA res first extended the IGF mandate, and what's the symbol of the WG on IGF improvements report?",
         ["which GA res first extended the IGF mandate?", "what's the symbol of the WG on IGF improvements report?"]),
        ("When was the meeting held?", []),  # one question
        ("In the 2015 review's outcome, which paragraph repeats the definition?", []),  # the first piece asks nothing
        ("When was the IGF held? When did it meet?", ["When was the IGF held?", "When did it meet?"]),
        ("Why was the addendum prepared at all? Which GA request was it responding to?",  # "why" asks too
         ["Why was the addendum prepared at all?", "Which GA request was it responding to?"]),
        ("Where was the 2008 IGF? Where was the 2009 IGF?", []),  # one thing asked twice, of the same kind
        ("Besides endorsing the Tunis outcomes, which fund did 60/252 welcome, and whom did it invite to convene the IGF?",
         ["Besides endorsing the Tunis outcomes, which fund did 60/252 welcome?",  # a phrase first, then "whom"
          "whom did it invite to convene the IGF?"]),
    ],
)
def test_the_parts_of_a_question_asking_two_things(question: str, expected: list[str]) -> None:
    assert parts(question) == expected


def test_both_parts_are_answered_together_citing_each(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("When did the CSTD's seventeenth session take place, and what's the symbol of its report?")
    assert result.answered, result.answer
    assert "12–16 May 2014" in result.answer and "E/2014/31" in result.answer
    assert "E/2014/31-E/CN.16/2014/4" in {c.symbol for c in result.citations}


def test_a_part_referring_back_is_answered_about_what_the_other_part_names(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("when was the second working group on enhanced cooperation set up, and who chaired it?")
    assert result.answered, result.answer
    assert "3 May 2016" in result.answer and "Benedicto Fonseca" in result.answer


def test_a_question_with_a_part_not_answered_is_answered_as_one_question(bundled_bot: Bot) -> None:
    # nobody counted who came: no half answer given as if both parts were answered
    question = "When was the 18 May 2012 meeting held, and how many people attended it?"
    result = bundled_bot.ask(question)
    single = bundled_bot._answer(question, bundled_bot.store)
    assert (result.answered, result.answer) == (single.answered, single.answer)
    assert "\n" not in result.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When were A/66/64-E/2011/77 and A/68/65-E/2013/11 issued?",
         ["When were A/66/64-E/2011/77 issued?", "When were A/68/65-E/2013/11 issued?"]),
        ("Which cities hosted the 2009, 2010 and 2011 IGF meetings?",
         ["Which cities hosted the 2009 IGF meetings?", "Which cities hosted the 2010 IGF meetings?",
          "Which cities hosted the 2011 IGF meetings?"]),
        ("res 66/184 & 70/125 dates?", ["res 66/184 dates?", "res 70/125 dates?"]),
        ("igf 2008 + 2009 venues", ["igf 2008 venues", "igf 2009 venues"]),
        ("what do paras 34 and 35 of the tunis agenda say?",
         ["what do paragraph 34 of the tunis agenda say?", "what do paragraph 35 of the tunis agenda say?"]),
        ("gist of tunis paras 34 and 35?", ["gist of tunis paragraph 34?", "gist of tunis paragraph 35?"]),
        ("which resolution cited paragraphs 34 and 35?", []),  # which one cited both: asked of both together
        ("wgec2 first and last meeting dates", ["wgec2 first meeting dates", "wgec2 last meeting dates"]),
        ("2nd wgec first/last mtg dates", ["2nd wgec first mtg dates", "2nd wgec last mtg dates"]),
        ("where were the very first internet governance forum and the 2012 one held?",
         ["where were the very first internet governance forum held?", "where were the 2012 internet governance forum held?"]),
        ("first two IGF host cities?", ["first IGF host cities?", "second IGF host cities?"]),
        ("When did the second WGEC hold its first meeting and its final one?",  # "its ... one"
         ["When did the second WGEC hold its first meeting?", "When did the second WGEC hold its final meeting?"]),
        ("the first two IGFs (2006 & 2007) - where?", ["the 2006 IGFs - where?", "the 2007 IGFs - where?"]),  # named
        ("where were the first two IGFs, 2006 and 2007, held?", ["where were the 2006 IGFs held?", "where were the 2007 IGFs held?"]),
        ("the first two IGFs (2006) - where?", ["the first IGFs (2006) - where?", "the second IGFs (2006) - where?"]),
        ("Symbols of the Geneva Declaration of Principles and the Geneva Plan of Action?",
         ["symbol of the Geneva Declaration of Principles?", "symbol of the Geneva Plan of Action?"]),
        ("geneva declaration & tunis commitment doc symbols?",  # what is asked said last
         ["symbol of geneva declaration?", "symbol of tunis commitment?"]),
        ("what were the wsis+10 and wsis+20 dates?", []),  # the question word is no thing listed
        ("when did the igf meet in athens and in baku?", ["when did the igf meet in athens?", "when did the igf meet in baku?"]),
        ("What happened in the first two days of the session?", []),  # a span of time
        ("What happened between 2006 and 2010?", []),  # a range, not two things
        ("Symbols of the SG's WSIS progress reports from 2011 and 2013?",  # from two years, not a range
         ["Symbols of the SG's WSIS progress reports from 2011?", "Symbols of the SG's WSIS progress reports from 2013?"]),
        ("When was the 2010 and 2010 IGF?", []),  # the same thing twice
        ("Was the Tunis phase in 2003 and the Geneva phase in 2005?",  # a year claimed of each
         ["Was the Tunis phase in 2003?", "Was the Geneva phase in 2005?"]),
        ("Where was the 2008 IGF?", []),
    ],
)
def test_things_listed_alike_are_asked_one_by_one(question: str, expected: list[str]) -> None:
    assert listed(question) == expected


def test_things_listed_alike_are_answered_each(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("Which cities hosted the 2009, 2010 and 2011 IGF meetings?")
    assert result.answered, result.answer
    assert all(city in result.answer for city in ("Sharm El Sheikh", "Vilnius", "Nairobi"))
    assert len(result.answer.splitlines()) == 3 and all(line.startswith("• ") for line in result.answer.splitlines())


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("first WGEC - chair, how many member states, and which CSTD session did it report to?",
         ["first WGEC: chair?", "first WGEC: how many member states?", "first WGEC: which CSTD session did it report to?"]),
        ("A/67/66 - E/2012/49: distr date, and which agencies helped prepare it?",  # the last separator ends the topic
         ["A/67/66 - E/2012/49: distr date?", "A/67/66 - E/2012/49: which agencies helped prepare it?"]),
        ("paragraph 35 of the tunis agenda - gist?", []),  # one thing asked
        ("igf 2008 - delhi or hyderabad?", []),
        ("when - and where - was it held?", []),  # the topic asks
        ("WSIS+20 outcome: draft symbol, adoption date, and was it put to a vote?",  # a yes/no question of it
         ["WSIS+20 outcome: draft symbol?", "WSIS+20 outcome: adoption date?", "WSIS+20 outcome: was it put to a vote?"]),
        ("wsis+20: modalities res + draft symbol",  # joined by "+", a kind of document asked for
         ["wsis+20: modalities res?", "wsis+20: draft symbol?"]),
    ],
)
def test_a_topic_and_what_is_asked_of_it(question: str, expected: list[str]) -> None:
    assert topic_parts(question) == expected


def test_each_thing_asked_of_a_topic_is_answered(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("second WGEC - who chaired it and when was its last meeting?")
    assert result.answered and "Benedicto Fonseca" in result.answer and "29–31 January 2018" in result.answer


def test_a_part_not_answered_alone_is_asked_again_with_the_other_parts_words(bundled_bot: Bot) -> None:
    # "who was meant to take part?" names nothing; with the first part's words it names the meeting
    result = bundled_bot.ask("was the enhanced cooperation meeting under A-RES-66-184 supposed to be a two-day event? "
                             "and who was meant to take part?")
    assert result.answered and "one-day" in result.answer and "Member States" in result.answer, result.answer


@pytest.mark.parametrize(("question", "plainer"), [
    ("A colleague says paragraph 35 is about the IGF. What is paragraph 35 actually about?",
     ["What is paragraph 35 actually about?"]),
    ("For a lecture I'm giving on WSIS: which resolution endorsed the Geneva Declaration?",
     ["which resolution endorsed the Geneva Declaration?"]),
    ("I'm writing up the first WGEC for a review. When was its very first meeting?",  # "its": what they named
     ["When was its very first meeting (WGEC)?"]),
    ("we're annotating the records and need to know which meeting of the CSTD heard the report?",
     ["which meeting of the CSTD heard the report?"]),
    ("Looking at the WSIS+10 outcome for a briefing: which paragraph of res 70/125 asked for it?",
     ["which paragraph of res 70/125 asked for it?"]),  # a lead-in that asks nothing, before a colon
    ("At which meeting did the chair report — the first, the second, the third?",  # the options offered go
     ["At which meeting did the chair report?"]),
    ("Where was the 2012 meeting? Geneva or New York?", ["Where was the 2012 meeting?"]),
    ("title of res 60/252? summit or society?", ["title of res 60/252?"]),  # a terse question, then options
    ("Where did the IGF meet in 2012, the same year as the consultation?", ["Where did the IGF meet in 2012?"]),  # an aside
    ("Where was the IGF held in 2012, a few months after the enhanced cooperation meeting?",  # a time aside
     ["Where was the IGF held in 2012?"]),
    ("when did the igf first meet? for the footnote", ["when did the igf first meet?"]),  # why it is asked, after
    ("cstd 15 report symbol? drafting a note, thx", ["cstd 15 report symbol?"]),
    ("It was for Member States only, correct? we want to argue for a govt-only format again",  # why it is asked
     ["It was for Member States only, correct?"]),
    ("which organizations did the sg invite in 2008? names", []),  # asks more
    ("The SG's report mentions a meeting about internet public policy. Who convened that meeting?",  # named before
     ["Who convened the meeting about internet public policy?"]),
    ("Open consultations were convened under ECOSOC resolution 2010/2. When was that resolution adopted?",
     ["When was the ECOSOC resolution 2010/2 adopted?"]),  # named by its body, without an article
    ("I have the dates of the 1st, 2nd and 4th meetings of the second WGEC. When was the third meeting held?",
     ["When was the third meeting held (the second WGEC)?"]),  # the group said before, the meeting's number after
    ("Who did the GA ask to convene that one-day EC meeting? The SG himself?",  # a guess offered after it
     ["Who did the GA ask to convene that one-day EC meeting?"]),
    ("which 10 orgs did the sg invite in 2008? names", []),  # a short tail asking more is no guess
    ("What is paragraph 35 about?", []),  # no lead-in
    ("Under which heading was the addendum issued: 13 (b)?", []),  # a colon, but no lead-in about the asker
    ("For a slide on the IGF's first cycle, can you list the host cities?",  # what it is for, then a comma
     ["can you list the host cities?"]),
    ("For the 2012 meeting, what was the venue?", []),  # the lead names what is asked about
    ("In your view, was the 2012 meeting a success?", []),
])
def test_a_question_without_its_lead_in(question: str, plainer: list[str]) -> None:
    assert without_lead_in(question) == plainer


@pytest.mark.parametrize(("question", "named"), [
    ("res 60/252 - what did it ask ecosoc to review?", "what did res 60/252 ask ecosoc to review?"),
    ("ec consultations 2012 - were they before or after cstd 15?", "were ec consultations 2012 before or after cstd 15?"),
    ("first WGEC - who chaired it and when did it report?", None),  # several things asked of the topic
    ("when was it held?", None),
])
def test_the_topic_before_a_dash_is_what_it_or_they_is(question: str, named: str | None) -> None:
    assert topic_for_it(question) == named


def test_a_topic_then_a_comparison_of_it_is_compared(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("enhanced cooperation consultations 2012 - were they held before or after cstd 15?")
    assert result.answered and "18 May 2012" in result.answer and "before" in result.answer, result.answer


def test_a_question_led_in_by_a_wrong_claim_is_answered_by_its_last_sentence(bundled_bot: Bot) -> None:
    question = "A colleague says paragraph 35 of the Tunis Agenda is about the IGF. What is paragraph 35 actually about?"
    result = bundled_bot.ask(question)
    assert result.answered and "public policy" in result.answer and result.question == question


def test_the_one_in_a_later_clause_is_what_the_other_clause_names_last(bundled_bot: Bot) -> None:
    assert _attempts("where was the 2009 one?", ["Where was the 2011 IGF?"], later=True)[0] == "where was the 2009 IGF?"
    # "the one-day meeting" says no "one" of anything
    assert _attempts("where was the one-day meeting?", ["When was the CSTD session?"], later=True)[0] == "where was the one-day meeting?"
    result = bundled_bot.ask("Where was the 2011 IGF, and where was the 2009 one?")
    assert result.answered and "Nairobi" in result.answer and "Sharm El Sheikh" in result.answer, result.answer


def test_a_clause_saying_it_is_asked_with_the_other_clauses_words_then_with_what_they_name() -> None:
    assert _attempts("when was its inaugural meeting?", ["When did the CEB endorse UNGIS?"], later=True) == [
        "when was its inaugural meeting (the CEB endorse UNGIS)?", "when was its inaugural meeting (CEB UNGIS)?"]
    # a first clause names what it asks about itself ("under that name" is its own): it is asked as it is
    assert _attempts("When was the WSIS Forum first held under that name?", ["which organizations co-organized it?"],
                     later=False) == ["When was the WSIS Forum first held under that name?"]


def test_a_later_part_with_no_verb_is_asked_with_the_other_parts_words() -> None:
    # "at which ECOSOC session?" alone is any session of ECOSOC
    tries = _attempts("at which ECOSOC session?", ["Res 60/252 asked ECOSOC to review the CSTD - what exactly?"], later=True)
    assert tries[0] != "at which ECOSOC session?" and all("60/252" in t for t in tries), tries


def test_an_elliptical_later_part_is_not_asked_alone() -> None:
    assert "from which countries in particular?" not in _attempts(
        "from which countries in particular?", ["Which stakeholders did 66/184 name for the meeting?"], later=True)


def test_a_later_part_is_not_answered_again_by_the_earlier_parts_answer(bundled_bot: Bot) -> None:
    # asked with the first part's words, the meeting's date would be the resolution's again
    result = bundled_bot.ask("When was ECOSOC resolution 2010/2 adopted, and when was the face-to-face meeting in New York?")
    assert result.answered and "19 July 2010" in result.answer and "14 December 2010" in result.answer, result.answer


def test_a_terse_later_part_naming_only_a_kind_is_asked_with_what_the_other_names(bundled_bot: Bot) -> None:
    # "draft symbol?" alone is any draft's (the WSIS+20 one ranks first): it is 60/252's
    assert _attempts("draft symbol?", ["60/252 passed with a recorded vote?"], later=True) == [
        "draft symbol (60/252 passed with a recorded vote)?", "draft symbol (60/252)?"]
    result = bundled_bot.ask("60/252 passed w/ a recorded vote? draft sym?")  # a symbol opens a question
    assert result.answered and "without a vote" in result.answer and "A/60/L.50" in result.answer, result.answer


def test_its_in_a_second_clause_is_what_the_first_clause_names(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("When did the CEB endorse UNGIS, and when was its inaugural high-level meeting?")
    assert result.answered and "April 2006" in result.answer and "July 2006" in result.answer, result.answer


@pytest.mark.parametrize(("question", "fact"), [
    ("For a lecture I'm giving on the history of WSIS: which General Assembly resolution endorsed the Geneva "
     "Declaration of Principles and Plan of Action?", "59/220"),
    ("I'm writing up the first WGEC for a literature review. When was its very first meeting in 2013?", "31 May 2013"),
    ("Where was the 2008 IGF held? I've seen both Delhi and Hyderabad mentioned.", "Hyderabad"),
])
def test_a_question_wrapped_in_its_askers_circumstances_is_answered(bundled_bot: Bot, question: str, fact: str) -> None:
    result = bundled_bot.ask(question)
    assert result.answered and fact in result.answer, result.answer


def test_a_question_without_its_lead_in_may_ask_two_things(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("Looking at the history of the ten-year review for a student seminar: which GA resolution "
                             "set out the modalities for the WSIS+10 review, and when was it adopted?")
    assert result.answered and "68/302" in result.answer and "31 July 2014" in result.answer, result.answer


@pytest.mark.parametrize(("question", "claim"), [
    ("A delegation's letter says the meeting on enhanced cooperation took place on 22 May 2012. Is that right, or was "
     "the meeting on a different day?", "the meeting on enhanced cooperation took place on 22 May 2012, right?"),
    ("My notes say the Chair reported at the first meeting of the session, on 21 May 2012. Please correct if that's wrong.",
     "the Chair reported at the first meeting of the session, on 21 May 2012, right?"),
    ("In a note I say that para 35 of the Tunis Agenda defines Internet governance. Is that accurate?",
     "para 35 of the Tunis Agenda defines Internet governance, right?"),
    ("A delegation says the second phase of WSIS was in Tunis in December 2005. Can you confirm?",
     "the second phase of WSIS was in Tunis in December 2005, right?"),
    ("I have the May 2012 consultations down as taking place in New York. Is that correct, or was it elsewhere?",
     "the May 2012 consultations taking place in New York, right?"),
    # what follows the claim asks something else: it is no check of the claim
    ("A colleague says paragraph 35 is about the IGF. What is paragraph 35 actually about?", None),
    ("The addendum says the meeting was one day long. When was it?", None),
])
def test_a_claim_reported_then_checked_is_asked_as_the_claim(question: str, claim: str | None) -> None:
    assert reported_claim(question) == claim


@pytest.mark.parametrize(("question", "facts"), [
    ("A delegation's letter says the meeting on enhanced cooperation took place on 22 May 2012. Is that right, or was "
     "the meeting on a different day?", ["18 May 2012"]),
    ("My notes say the Chair reported on the consultations at the first meeting of the CSTD session, on 21 May 2012. "
     "Please correct if that's wrong.", ["22 May 2012", "third"]),
])
def test_a_wrong_claim_reported_then_checked_gets_the_true_fact(bundled_bot: Bot, question: str, facts: list[str]) -> None:
    result = bundled_bot.ask(question)
    assert result.answered and all(f in result.answer for f in facts), result.answer


@pytest.mark.parametrize(("question", "fact"), [
    ("Delegates keep saying enhanced cooperation was 'supposed to start years ago'. According to the Tunis Agenda, by "
     "when was the Secretary-General to start that process?", "first quarter of 2006"),
    ("Some delegations complained after the May 2012 meeting that the Chair's summary didn't reflect their views. What "
     "exactly did the Commission say there was no consensus on?", "accuracy and balance"),
])
def test_what_others_say_around_a_question_is_its_context_not_its_question(bundled_bot: Bot, question: str,
                                                                          fact: str) -> None:
    result = bundled_bot.ask(question)
    assert result.answered and fact in result.answer, result.answer


@pytest.mark.parametrize(("question", "facts"), [
    ("What are the document symbols of the Geneva Declaration of Principles and the Geneva Plan of Action?",
     ["WSIS-03/GENEVA/DOC/4", "WSIS-03/GENEVA/DOC/5"]),  # one asked of each
    ("geneva decl & plan of action symbols", ["WSIS-03/GENEVA/DOC/4", "WSIS-03/GENEVA/DOC/5"]),
    ("cstd 17 dates, and symbol of its report?", ["12–16 May 2014", "E/2014/31"]),  # "dates" asks of the first only
    # the date alone answers the first part; the meeting's summary (the date and the vote) the second, for both
    ("When did the Second Committee approve the ICT4D draft that became 66/184, and was there a vote?",
     ["9 December 2011", "without a vote"]),
    ("igf 2009 where? and athens was which year", ["Sharm El Sheikh", "2006"]),
    ("At which meeting of the CSTD session did the chair report back on the consultations — the first, the second, "
     "the third?", ["third meeting"]),  # asked again without the options offered
])
def test_what_is_asked_is_answered_whole(bundled_bot: Bot, question: str, facts: list[str]) -> None:
    result = bundled_bot.ask(question)
    assert result.answered and all(f in result.answer for f in facts), result.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("igf 2006-2008 host cities", ["igf 2006 host cities", "igf 2007 host cities", "igf 2008 host cities"]),
    ("IGF venues from 2010 to 2011?", ["IGF venues 2010?", "IGF venues 2011?"]),
    ("which resolution covered the 2006-2010 mandate?", []),  # one span, not one thing a year
    ("what happened in enhanced cooperation 2006-2008?", []),  # nothing asked of each year
    ("How many IGF meetings were held between 2006 and 2010?", []),
    ("igf host cities 2006-2030?", []),  # too many years to be a list
    ("Where were the first and the sixth IGF meetings held?",
     ["Where were the first IGF meetings held?", "Where were the sixth IGF meetings held?"]),
    ("dates of the first, second and final meetings of the second WGEC?",
     ["dates of the first meetings of the second WGEC?", "dates of the second meetings of the second WGEC?",
      "dates of the final meetings of the second WGEC?"]),
    ("when were the first and second WGEC set up?", []),  # no meetings, sessions or ones numbered
    ("IGF 2009 and IGF 2010 host cities?", ["IGF 2009 host cities?", "IGF 2010 host cities?"]),  # one name, twice
    ("first IGF (2006) and sixth IGF (2011) - host cities?",  # one name, two numbered ones
     ["first IGF (2006) - host cities?", "sixth IGF (2011) - host cities?"]),
    ("symbols of the SG WSIS progress reports of 2011 and 2013?",  # years listed, not two things named
     ["symbols of the SG WSIS progress reports of 2011?", "symbols of the SG WSIS progress reports of 2013?"]),
])
def test_a_span_of_years_or_numbered_meetings_are_asked_one_by_one(question: str, expected: list[str]) -> None:
    assert listed(question) == expected


def test_host_cities_over_a_span_of_years_are_answered_each(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("Making a slide on the first IGF meetings. Can you list the host cities from 2006 to 2012?")
    assert result.answered, result.answer
    for city in ("Athens", "Rio de Janeiro", "Hyderabad", "Sharm El Sheikh", "Vilnius", "Nairobi", "Baku"):
        assert city in result.answer
    result = bundled_bot.ask("dates of the first, second and final meetings of the second WGEC?")
    assert result.answered and all(d in result.answer for d in ("30 September 2016", "January 2017", "January 2018"))


@pytest.mark.parametrize(("question", "plain"), [
    ("date of ECOSOC res 2010/2 (the one asking for EC consultations)?", "date of ECOSOC res 2010/2?"),
    ("What is the symbol and date of the 2013 SG report on WSIS progress, the one after A/67/66?",
     "What is the symbol and date of the 2013 SG report on WSIS progress?"),
    ("which IGF was the one in Rio?", None),  # "the one" is what is asked
    ("the one-day meeting date?", None),
    ("the additional (last) meeting of the first WGEC - when was it?",  # an order claimed in brackets
     "the additional meeting of the first WGEC - when was it?"),
    ("when was the (last) meeting?", None),  # nothing else names it
])
def test_a_description_of_what_is_asked_is_left_out(question: str, plain: str | None) -> None:
    assert without_description(question) == plain


def test_a_question_is_answered_of_what_it_names_not_of_what_its_description_names(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("date of ECOSOC res 2010/2 (the one asking for EC consultations)?")
    assert result.answered and "19 July 2010" in result.answer, result.answer
    result = bundled_bot.ask("What is the symbol and date of the 2013 SG report on WSIS progress, the one after A/67/66?")
    assert result.answered and "A/68/65" in result.answer, result.answer
    result = bundled_bot.ask("What were the dates of the Tunis phase of the Summit?")  # an event's dates, not a resolution's
    assert result.answered and "16–18 November 2005" in result.answer, result.answer


@pytest.mark.parametrize(("question", "facts"), [
    ("70/125 adoption date + igf renewal length", ("16 December 2015", "10 years")),  # terse asks joined by +
    ("ecosoc 2010/2 date + desa ec consultation date", ("19 July 2010", "14 December 2010")),
    ("igf 2008 n 2009 cities", ("Hyderabad", "Sharm El Sheikh")),  # "n" is "and"
    ("geneva declaration symbol n plan of action symbol?", ("DOC/4", "DOC/5")),  # an ask said last, then "and"
    ("geneva DoP + PoA symbols?", ("DOC/4", "DOC/5")),  # joined by "+", what is asked said last
    ("60/252 press release no + plenary mtg?", ("GA/10451", "74th plenary meeting")),  # kinds asked of a symbol
    ("When did DESA hold the 2010 open consultations on enhanced cooperation in New York, and until when were written "
     "comments accepted?", ("14 December 2010", "31 December 2010")),  # "until when" asks a deadline
    ("igf09 location? and vilnius igf dates", ("Sharm El Sheikh", "14–17 September 2010")),  # "igf09" names it
    ("68/302 date pls, and which tunis para asked for the wsis+10 review", ("31 July 2014", "111")),
    ("Where was the sixth IGF held in 2011, and when was the Baku one?", ("Nairobi", "6–9 November 2012")),
])
def test_terse_asks_joined_in_chat_shorthand_are_answered_each(bundled_bot: Bot, question: str,
                                                              facts: tuple[str, ...]) -> None:
    result = bundled_bot.ask(question)
    assert result.answered and all(f in result.answer for f in facts), result.answer
    assert result.question == question


def test_a_terse_part_naming_only_a_kind_is_not_asked_alone(bundled_bot: Bot) -> None:
    # "draft symbol" alone is the WSIS+20 draft's: what the draft is of is named after the "and"
    assert parts("draft symbol and plenary meeting number for res 60/252?") == []
    result = bundled_bot.ask("draft symbol and plenary meeting number for res 60/252? also the press release number")
    assert result.answered and "60/252" in result.answer and "A/80/L.41" not in result.answer, result.answer


@pytest.mark.parametrize(("question", "parts"), [
    # two years before the one noun they share: each year's reports
    ("dates of the 2011 and 2013 SG reports on WSIS?", ["date of the 2011 SG reports on WSIS?",
                                                       "date of the 2013 SG reports on WSIS?"]),
    # two years at the end of a sentence ending in a full stop
    ("I need the symbols of the SG reports for 2011 and 2013.", ["I need the symbols of the SG reports for 2011.",
                                                                "I need the symbols of the SG reports for 2013."]),
])
def test_years_listed_share_what_they_qualify(question: str, parts: list[str]) -> None:
    assert listed(question) == parts


def test_a_question_placed_after_another_event_is_also_asked_without_it() -> None:
    # the one-day meeting places the question in time; the record of the group need not name it
    assert "which resolution set up the first WGEC?" in without_lead_in(
        "which resolution set up the first WGEC after the one-day meeting?")
