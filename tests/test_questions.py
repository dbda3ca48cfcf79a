"""The labelled question set: answers in scope must be right and cited, out of scope abstained."""

from __future__ import annotations

from bot.core import Bot
from tests.evaluation import judge, load_questions

MIN_IN_SCOPE_ACCURACY = 0.95
MIN_OUT_OF_SCOPE_ABSTENTION = 0.95


def test_question_set_is_large_and_mixed() -> None:
    items = load_questions()
    assert sum(i.in_scope for i in items) >= 60
    assert sum(not i.in_scope for i in items) >= 20
    assert len(items) >= 80


def test_accuracy_and_abstention_rates_on_the_labelled_set(bundled_bot: Bot) -> None:
    items = load_questions()
    results = [(i, bundled_bot.ask(i.q)) for i in items]
    in_scope = [(i, r) for i, r in results if i.in_scope]
    out_scope = [(i, r) for i, r in results if not i.in_scope]
    wrong = [f"{i.q!r} -> {r.answer!r}" for i, r in in_scope if not judge(i, r)]
    guessed = [f"{i.q!r} -> {r.answer!r}" for i, r in out_scope if not judge(i, r)]
    accuracy = 1 - len(wrong) / len(in_scope)
    abstention = 1 - len(guessed) / len(out_scope)
    assert accuracy >= MIN_IN_SCOPE_ACCURACY, "\n".join(wrong)
    assert abstention >= MIN_OUT_OF_SCOPE_ABSTENTION, "\n".join(guessed)


def test_no_answer_is_given_without_a_citation(bundled_bot: Bot) -> None:
    for item in load_questions():
        result = bundled_bot.ask(item.q)
        assert not result.answered or (result.citations and all(c.symbol and c.url for c in result.citations))
