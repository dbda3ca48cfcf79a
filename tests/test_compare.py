"""Questions comparing when two things happened (before, after, during): both found on their own, their dates compared."""

from __future__ import annotations

import pytest

from bot.compare import sides
from bot.core import Bot


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Was the 18 May meeting held before or after the CSTD's fifteenth session?",
         ("When was the 18 May meeting?", "When was the CSTD's fifteenth session?")),
        ("Am I right that the consultations were held after the fifteenth session had ended?",
         ("When was the consultations?", "When was the fifteenth session?")),
        ("Which came first: the enhanced cooperation consultations or the chair's report on them? Give me both dates.",
         ("When was the enhanced cooperation consultations?", "When was the chair's report on them?")),
        ("What happened first — the Bureau meeting, or the public announcement?",
         ("When was the Bureau meeting?", "When was the public announcement?")),
        ("Were the open consultations held as part of the fifteenth session of the CSTD itself?",
         ("When was the open consultations?", "When was the fifteenth session of the CSTD?")),
        ("When was the meeting held?", None),  # not a comparison
        ("What happened after the Tunis phase?", None),  # not a yes/no question about two things
    ],
)
def test_the_two_sides_of_a_comparison(question: str, expected: tuple[str, str] | None) -> None:
    assert sides(question) == expected


@pytest.mark.parametrize(("question", "order"), [
    ("Was the 18 May meeting held before or after the CSTD's fifteenth session?", "before"),
    ("Was the Tunis phase after the Geneva phase?", "after"),
])
def test_which_came_first_is_answered_from_both_dates_citing_both(bundled_bot: Bot, question: str, order: str) -> None:
    result = bundled_bot.ask(question)
    assert result.answered and f"the first came {order} the second" in result.answer
    assert len({c.symbol for c in result.citations}) >= 2


def test_which_of_two_documents_was_issued_first_names_the_earlier(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("Which was issued first, the main WSIS progress report A/67/66 or its addendum on the "
                             "enhanced cooperation meeting?")
    assert result.answered and "12 March 2012" in result.answer and "10 July 2012" in result.answer, result.answer
    assert result.answer.endswith("So the main WSIS progress report A/67/66 came first."), result.answer


def test_a_comparison_with_a_side_the_knowledge_lacks_is_no_comparison(bundled_bot: Bot) -> None:
    # the knowledge has no sixteenth CSTD session: no date to compare, so no "came before" answer
    result = bundled_bot.ask("Was the 18 May meeting held before or after the CSTD's sixteenth session?")
    assert "the first came" not in result.answer


def test_which_of_two_came_first_says_which_from_a_curated_answers_date(bundled_bot: Bot) -> None:
    # the Chair's report to the Commission is a curated answer: its date is the one it gives
    result = bundled_bot.ask("Which came first: the enhanced cooperation consultations or the chair reporting to the "
                             "Commission on them? Give me both dates.")
    assert result.answered, result.answer
    assert "18 May 2012" in result.answer and "22 May 2012" in result.answer
    assert result.answer.endswith("So the enhanced cooperation consultations came first."), result.answer


@pytest.mark.parametrize(("question", "verdict"), [
    ("was the internet cooperation consultation held during the science and tech commission's fifteenth session?",
     "was not held during the second, but before it"),
    ("Was the third meeting of the fifteenth session of the CSTD held during the fifteenth session of the CSTD?",
     "was held during it"),
])
def test_whether_one_thing_happened_during_another_is_read_from_their_dates(bundled_bot: Bot, question: str,
                                                                            verdict: str) -> None:
    result = bundled_bot.ask(question)
    assert result.answered and verdict in result.answer, result.answer
