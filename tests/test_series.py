"""A body's meetings listed with their dates: what asks for them, and the list itself."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core import Bot
from bot.series import asks_meetings, meetings_answer, topic_of


@pytest.mark.parametrize(("question", "asks"), [
    ("wgec1 mtg dates?", True),
    ("List the meeting dates of the first WGEC (2013-2014), including its additional meeting.", True),
    ("when did the first WGEC meet? all meetings incl. the extra one", True),
    ("wgec first mtg dates + when announced", False),  # the first one's dates
    ("How many meetings did the second WGEC hold?", False),  # the knowledge may lack one: no count
    ("where were the 2013-2014 WGEC meetings physically held, which room?", False),  # the list gives dates
    ("When was the first meeting of the WGEC?", False),
])
def test_what_asks_for_a_bodys_meetings(question: str, asks: bool) -> None:
    assert asks_meetings(question) is asks


def test_the_topic_is_what_the_question_names_without_asking() -> None:
    assert topic_of("wgec1 mtg dates?") == "wgec1"
    assert topic_of("when were the second WGEC meetings") == "second WGEC"
    assert topic_of("wgec2 mtg dates (1st, 2nd, 4th, final)?") == "wgec2"  # which ones: each is in the list
    assert topic_of("igf meetings (2006 and 2007)") == "igf (2006 and 2007)"  # years name which: not dropped


def _meeting(id_: str, start: str, when: str, **extra: Any) -> dict[str, Any]:
    return {"id": id_, "kind": "meeting", "name": f"Meeting {id_}", "start": start, "when": when, "place": None,
            "citations": [{"symbol": "example.org", "title": f"page {id_}", "url": f"https://example.org/{id_}"}], **extra}


def test_meetings_are_listed_earliest_first_citing_each_and_a_sessions_own_meetings_are_left_out() -> None:
    body = {"id": "g", "name": "Group", "abbreviation": None}
    meetings = [_meeting("b", "2014-02-24", "24–28 February 2014"), _meeting("a", "2013-05-30", "30–31 May 2013"),
                _meeting("a1", "2013-05-30", "30 May 2013", part_of_id="a")]
    result = meetings_answer("q", body, meetings, 0.9)
    assert result is not None and result.answered
    assert result.answer == ("The meetings of the Group in my knowledge base (2):\n"
                             "• Meeting a: 30–31 May 2013\n• Meeting b: 24–28 February 2014")
    assert [c.url for c in result.citations] == ["https://example.org/a", "https://example.org/b"]
    assert meetings_answer("q", body, meetings[:1], 0.9) is None  # one meeting is answered as usual


@pytest.mark.parametrize(("question", "dates"), [
    ("wgec1 mtg dates?", ("30–31 May 2013", "6–8 November 2013", "24–28 February 2014", "30 April–2 May 2014")),
    # the group of the meeting the question names
    ("List the meeting dates of the first WGEC (2013-2014), including its additional meeting.",
     ("30–31 May 2013", "30 April–2 May 2014")),
    ("when were the second WGEC meetings", ("30 September 2016", "29–31 January 2018")),
])
def test_a_bodys_meetings_are_answered_from_the_knowledge(bundled_bot: Bot, question: str, dates: tuple[str, ...]) -> None:
    result = bundled_bot.ask(question)
    assert result.answered and all(d in result.answer for d in dates), result.answer
    assert "in my knowledge base" in result.answer  # the sources may not record every meeting
