"""Answer sentences from index records: pure functions, so records are written out here."""

from __future__ import annotations

from typing import Any

import pytest

from bot.render import document_answer, mandate_answer, meeting_answer, missing_fact_text, with_the_rest


def _meeting(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "when": "9 December 2011", "start": "2011-12-09", "one_day": True, "place": None,
            "venue": None, **extra}


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("Fifteenth session of the CSTD", "The fifteenth session of the CSTD was held on 9 December 2011."),
        ("Second Committee meeting of 9 December 2011",
         "The Second Committee meeting of 9 December 2011 was held on 9 December 2011."),
        ("Working Group on Enhanced Cooperation (2016–2018)",
         "The Working Group on Enhanced Cooperation (2016–2018) was held on 9 December 2011."),
        ("IGF 2012", "IGF 2012 was held on 9 December 2011."),
        ("World Summit on the Information Society, Geneva phase",
         "World Summit on the Information Society, Geneva phase was held on 9 December 2011."),
    ],
)
def test_a_name_reads_in_running_text_and_proper_names_keep_their_capitals(name: str, sentence: str) -> None:
    assert meeting_answer("when", _meeting(name)) == sentence


def test_mandating_documents_are_given_with_their_dates() -> None:
    record = _meeting("High-level meeting", mandated_by=[
        {"symbol": "A/RES/68/302", "title": "General Assembly resolution 68/302", "date": "31 July 2014",
         "paragraph": None},
        {"symbol": "WSIS-05/TUNIS/DOC/6(Rev.1)", "title": "Tunis Agenda", "date": None, "paragraph": "111"},
    ])
    assert meeting_answer("which", record) == (
        "The high-level meeting was mandated by A/RES/68/302 (General Assembly resolution 68/302) of 31 July 2014 "
        "and WSIS-05/TUNIS/DOC/6(Rev.1) (Tunis Agenda), paragraph 111.")


@pytest.mark.parametrize(
    ("start", "when", "sentence"),
    [
        ("2012-05-18", "18 May 2012", "The meeting on enhanced cooperation was held on 18 May 2012."),
        ("2006-07", "July 2006", "The meeting on enhanced cooperation was held in July 2006."),
        ("2006", "2006", "The meeting on enhanced cooperation was held in 2006."),
    ],
)
def test_a_day_is_on_a_month_or_year_is_in(start: str, when: str, sentence: str) -> None:
    record = _meeting("Meeting on enhanced cooperation", start=start, when=when)
    assert meeting_answer("when", record) == sentence


def test_how_long_gives_one_day_or_the_span() -> None:
    assert meeting_answer("duration", _meeting("Meeting on enhanced cooperation")) == (
        "The meeting on enhanced cooperation was a one-day meeting, held on 9 December 2011.")
    span = _meeting("Fifteenth session of the CSTD", when="21–25 May 2012", start="2012-05-21", one_day=False)
    assert meeting_answer("duration", span) == "The fifteenth session of the CSTD was held 21–25 May 2012."


def test_a_documents_date_comes_with_what_its_summary_says_of_that_day() -> None:
    record = {"symbol": "E/RES/2006/46", "title": "Follow-up to WSIS", "date": "28 July 2006", "summary":
              "Adopted without a vote on 28 July 2006 (43rd plenary meeting). The CSTD shall assist ECOSOC. "
              "Its report of 12 May 2007 followed."}
    assert document_answer("when", record) == (
        "E/RES/2006/46 (Follow-up to WSIS) is dated 28 July 2006. "
        "Adopted without a vote on 28 July 2006 (43rd plenary meeting).")
    assert document_answer("when", {**record, "summary": "The CSTD shall assist ECOSOC."}) == (
        "E/RES/2006/46 (Follow-up to WSIS) is dated 28 July 2006.")


def test_the_rest_of_a_record_follows_an_answer_to_one_of_several_things_asked() -> None:
    record = {"kind": "meeting", **_meeting("Meeting on enhanced cooperation", place="Geneva",
                                            summary="Convened by the Chair of the CSTD.")}
    when = meeting_answer("when", record)
    assert with_the_rest(when, record) == when + " Convened by the Chair of the CSTD."
    assert with_the_rest("Curated.", {"kind": "qa", "question": "Q?", "answer": "A."}) == "Curated."


def test_a_mandate_names_its_document_with_the_documents_date() -> None:
    record = {"by": ["the General Assembly (GA)"], "to": ["the General Assembly (GA)"], "action": "hold the review",
              "document": {"symbol": "A/RES/79/277", "title": "General Assembly resolution 79/277",
                           "date": "27 March 2025", "paragraph": None},
              "summary": None, "fulfilled_by": []}
    assert mandate_answer("what", record) == (
        "the General Assembly (GA) decided to hold the review, in A/RES/79/277 (General Assembly resolution 79/277) "
        "of 27 March 2025.")


def test_what_carried_a_mandate_out_is_dated_once() -> None:
    record = {"by": ["WSIS"], "to": ["the SG"], "action": "start the process", "summary": None,
              "document": {"symbol": "WSIS-05/TUNIS/DOC/6(Rev.1)", "title": "Tunis Agenda", "date": None, "paragraph": "71"},
              "fulfilled_by": [{"name": "Informal consultations (2006)", "when": "2006"},
                               {"name": "Open consultations", "when": "14 December 2010"}]}
    assert mandate_answer("what", record).endswith(
        "Carried out by: Informal consultations (2006) and Open consultations (14 December 2010).")


def test_a_missing_fact_of_a_curated_answer_does_not_repeat_its_question() -> None:
    # a curated answer's name is its question: "I know What did ECOSOC do ...?, but" read badly
    qa = {"kind": "qa", "name": "What did ECOSOC do on WSIS in July 2012?"}
    text = missing_fact_text("plenary", qa)
    assert "What did ECOSOC" not in text and "number of the plenary meeting" in text
    document = {"kind": "document", "symbol": "E/RES/2012/5", "name": "E/RES/2012/5"}
    assert missing_fact_text("when", document).startswith("I know E/RES/2012/5")
