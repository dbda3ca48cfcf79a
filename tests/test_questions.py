"""The labelled question set: answers in scope must be right and cited, out of scope abstained."""

from __future__ import annotations

from bot.core import Bot
from tests.evaluation import judge, load_questions

import pytest

TARGET_IN_SCOPE_ACCURACY = 0.95
TARGET_OUT_OF_SCOPE_ABSTENTION = 0.95
"""The product's targets (issue 2). Out of scope is met; in scope is not yet (see FLOOR)."""

FLOOR_IN_SCOPE_ACCURACY = 0.87
"""Regression floor at the level measured at the last change (0.886): answering must not
get worse while it is being brought up to the target."""


def test_question_set_is_large_and_mixed() -> None:
    items = load_questions()
    assert sum(i.in_scope for i in items) >= 60
    assert sum(not i.in_scope for i in items) >= 20
    assert len(items) >= 80


def _rates(bot: Bot) -> tuple[float, list[str], float, list[str]]:
    results = [(i, bot.ask(i.q)) for i in load_questions()]
    in_scope = [(i, r) for i, r in results if i.in_scope]
    out_scope = [(i, r) for i, r in results if not i.in_scope]
    wrong = [f"{i.q!r} -> {r.answer!r}" for i, r in in_scope if not judge(i, r)]
    guessed = [f"{i.q!r} -> {r.answer!r}" for i, r in out_scope if not judge(i, r)]
    return 1 - len(wrong) / len(in_scope), wrong, 1 - len(guessed) / len(out_scope), guessed


def test_out_of_scope_questions_are_abstained_at_the_target_rate(bundled_bot: Bot) -> None:
    _, _, abstention, guessed = _rates(bundled_bot)
    assert abstention >= TARGET_OUT_OF_SCOPE_ABSTENTION, "\n".join(guessed)


def test_in_scope_accuracy_stays_above_its_regression_floor(bundled_bot: Bot) -> None:
    accuracy, wrong, _, _ = _rates(bundled_bot)
    assert accuracy >= FLOOR_IN_SCOPE_ACCURACY, "\n".join(wrong)


@pytest.mark.xfail(reason="issue 2 target not met yet: in-scope accuracy is 0.886 of 0.95", strict=True)
def test_in_scope_accuracy_meets_the_target(bundled_bot: Bot) -> None:
    accuracy, wrong, _, _ = _rates(bundled_bot)
    assert accuracy >= TARGET_IN_SCOPE_ACCURACY, "\n".join(wrong)


def test_no_answer_is_given_without_a_citation(bundled_bot: Bot) -> None:
    for item in load_questions():
        result = bundled_bot.ask(item.q)
        assert not result.answered or (result.citations and all(c.symbol and c.url for c in result.citations))
