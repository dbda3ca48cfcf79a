"""The labelled question sets: answers in scope must be right and cited, out of scope abstained.

`questions.yaml` was written before the matcher and tuned against. `questions_holdout.yaml` was
written later by someone who never saw the code, the knowledge or the first set; failure classes
found on it were fixed over several sessions, and a knowledge audit added the fact sheet's §3
facts that two of its questions ask for, so it no longer measures generalisation cleanly.
`questions_holdout2.yaml` was written the same way a session later; its header gives its first,
unseen run. `questions_holdout3.yaml` to `questions_holdout5.yaml` came a session later still,
from three helpers with three personas (Slack delegates, researchers, a mix); each header gives its
first run, the fifth's with none of its own failures fixed: 66% in scope, 77.5% out of scope.
`questions_holdout6.yaml` (Slack shorthand) came the session after: 82% / 90% at its first run;
then, the same session, `questions_holdout8.yaml` (non-native delegates, journalists, odd symbols,
yes/no questions): 78% / 87.5%; `questions_holdout9.yaml` (briefing notes, new delegates,
relations, pasted names): 86% / 92.5%; and `questions_holdout7.yaml` (like the eighth), kept sealed
while the others were worked on: 77% / 95% when opened; last, `questions_holdout10.yaml`
(follow-ups, two facts in one, how/why, misremembered details): 86% / 87.5%. The session after,
six more: the eleventh (a mix of users, many asking two or three facts), kept sealed while the
twelfth (newcomers' plain words), thirteenth (experts, relations, several facts), fourteenth (60 in
scope, 80 near misses out of scope), fifteenth (a mix asking one fact) and sixteenth (the eleventh's
persona) were worked on: 74% / 82.5% at its first run, 82% / 90% at its last sealed run. The
session after, five more: the seventeenth and twentieth (the eleventh's persona) kept sealed all
session, only their totals looked at: 78% / 87.5% and 72% / 85% at their first runs, 81% / 87.5%
and 74% / 85% when opened; the eighteenth (secretariat staff checking premises), nineteenth
(newcomers' own words) and twenty-first (researchers) were worked on. The session after, four more:
the twenty-third (the eleventh's persona) kept sealed all session, totals only: 81% / 92.5% at its
first run, 82% / 92.5% when opened; the twenty-second (the same persona) sealed until 80% / 92.5%,
then worked on, with the twenty-fourth (delegates) and twenty-fifth (busy Slack users). Each header
gives its first run. Session 9 added the twenty-sixth to the thirty-sixth the same way, session 10
the thirty-seventh to the fiftieth (six of them kept sealed, two written after the session's fixes;
their headers say which and give their runs). Session 11 added the fifty-first to the sixty-first,
from a new prompt: six kept sealed all session (totals only), three with 70 questions out of scope
written to be worked on, two written after the session's fixes and run once. On the eight unseen
ones together the issue's 95% targets were met at the session's end (95.9% / 95.6%), not set by
set. All are regression sets now; the floors say how far each is from the targets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.core import Bot
from bot.results import AskResult
from tests.evaluation import QUESTIONS, judge, load_questions

HOLDOUT = QUESTIONS.with_name("questions_holdout.yaml")
HOLDOUT2 = QUESTIONS.with_name("questions_holdout2.yaml")
HOLDOUT3 = QUESTIONS.with_name("questions_holdout3.yaml")
HOLDOUT4 = QUESTIONS.with_name("questions_holdout4.yaml")
HOLDOUT5 = QUESTIONS.with_name("questions_holdout5.yaml")
HOLDOUT6 = QUESTIONS.with_name("questions_holdout6.yaml")
HOLDOUT7 = QUESTIONS.with_name("questions_holdout7.yaml")
HOLDOUT8 = QUESTIONS.with_name("questions_holdout8.yaml")
HOLDOUT9 = QUESTIONS.with_name("questions_holdout9.yaml")
HOLDOUT10 = QUESTIONS.with_name("questions_holdout10.yaml")
HOLDOUT11 = QUESTIONS.with_name("questions_holdout11.yaml")
HOLDOUT12 = QUESTIONS.with_name("questions_holdout12.yaml")
HOLDOUT13 = QUESTIONS.with_name("questions_holdout13.yaml")
HOLDOUT14 = QUESTIONS.with_name("questions_holdout14.yaml")
HOLDOUT15 = QUESTIONS.with_name("questions_holdout15.yaml")
HOLDOUT16 = QUESTIONS.with_name("questions_holdout16.yaml")
HOLDOUT17 = QUESTIONS.with_name("questions_holdout17.yaml")
HOLDOUT18 = QUESTIONS.with_name("questions_holdout18.yaml")
HOLDOUT19 = QUESTIONS.with_name("questions_holdout19.yaml")
HOLDOUT20 = QUESTIONS.with_name("questions_holdout20.yaml")
HOLDOUT21 = QUESTIONS.with_name("questions_holdout21.yaml")
HOLDOUT22 = QUESTIONS.with_name("questions_holdout22.yaml")
HOLDOUT23 = QUESTIONS.with_name("questions_holdout23.yaml")
HOLDOUT24 = QUESTIONS.with_name("questions_holdout24.yaml")
HOLDOUT25 = QUESTIONS.with_name("questions_holdout25.yaml")
HOLDOUT26 = QUESTIONS.with_name("questions_holdout26.yaml")
HOLDOUT27 = QUESTIONS.with_name("questions_holdout27.yaml")
HOLDOUT28 = QUESTIONS.with_name("questions_holdout28.yaml")
HOLDOUT29 = QUESTIONS.with_name("questions_holdout29.yaml")
HOLDOUT30 = QUESTIONS.with_name("questions_holdout30.yaml")
HOLDOUT31 = QUESTIONS.with_name("questions_holdout31.yaml")
HOLDOUT32 = QUESTIONS.with_name("questions_holdout32.yaml")
HOLDOUT33 = QUESTIONS.with_name("questions_holdout33.yaml")
HOLDOUT34 = QUESTIONS.with_name("questions_holdout34.yaml")
HOLDOUT35 = QUESTIONS.with_name("questions_holdout35.yaml")
HOLDOUT36 = QUESTIONS.with_name("questions_holdout36.yaml")
HOLDOUT37 = QUESTIONS.with_name("questions_holdout37.yaml")
HOLDOUT38 = QUESTIONS.with_name("questions_holdout38.yaml")
HOLDOUT39 = QUESTIONS.with_name("questions_holdout39.yaml")
HOLDOUT40 = QUESTIONS.with_name("questions_holdout40.yaml")
HOLDOUT41 = QUESTIONS.with_name("questions_holdout41.yaml")
HOLDOUT42 = QUESTIONS.with_name("questions_holdout42.yaml")
HOLDOUT43 = QUESTIONS.with_name("questions_holdout43.yaml")
HOLDOUT44 = QUESTIONS.with_name("questions_holdout44.yaml")
HOLDOUT45 = QUESTIONS.with_name("questions_holdout45.yaml")
HOLDOUT46 = QUESTIONS.with_name("questions_holdout46.yaml")
HOLDOUT47 = QUESTIONS.with_name("questions_holdout47.yaml")
HOLDOUT48 = QUESTIONS.with_name("questions_holdout48.yaml")
HOLDOUT49 = QUESTIONS.with_name("questions_holdout49.yaml")
HOLDOUT50 = QUESTIONS.with_name("questions_holdout50.yaml")
HOLDOUT51 = QUESTIONS.with_name("questions_holdout51.yaml")
HOLDOUT52 = QUESTIONS.with_name("questions_holdout52.yaml")
HOLDOUT53 = QUESTIONS.with_name("questions_holdout53.yaml")
HOLDOUT54 = QUESTIONS.with_name("questions_holdout54.yaml")
HOLDOUT55 = QUESTIONS.with_name("questions_holdout55.yaml")
HOLDOUT56 = QUESTIONS.with_name("questions_holdout56.yaml")
HOLDOUT57 = QUESTIONS.with_name("questions_holdout57.yaml")
HOLDOUT58 = QUESTIONS.with_name("questions_holdout58.yaml")
HOLDOUT59 = QUESTIONS.with_name("questions_holdout59.yaml")
HOLDOUT60 = QUESTIONS.with_name("questions_holdout60.yaml")
HOLDOUT61 = QUESTIONS.with_name("questions_holdout61.yaml")
ALL_SETS = (QUESTIONS, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5, HOLDOUT6, HOLDOUT7, HOLDOUT8, HOLDOUT9, HOLDOUT10,
            HOLDOUT11, HOLDOUT12, HOLDOUT13, HOLDOUT14, HOLDOUT15, HOLDOUT16, HOLDOUT17, HOLDOUT18, HOLDOUT19, HOLDOUT20,
            HOLDOUT21, HOLDOUT22, HOLDOUT23, HOLDOUT24, HOLDOUT25, HOLDOUT26, HOLDOUT27, HOLDOUT28, HOLDOUT29,
            HOLDOUT30, HOLDOUT31, HOLDOUT32, HOLDOUT33, HOLDOUT34, HOLDOUT35, HOLDOUT36, HOLDOUT37, HOLDOUT38,
            HOLDOUT39, HOLDOUT40, HOLDOUT41, HOLDOUT42, HOLDOUT43, HOLDOUT44, HOLDOUT45, HOLDOUT46, HOLDOUT47,
            HOLDOUT48, HOLDOUT49, HOLDOUT50, HOLDOUT51, HOLDOUT52, HOLDOUT53, HOLDOUT54, HOLDOUT55, HOLDOUT56,
            HOLDOUT57, HOLDOUT58, HOLDOUT59, HOLDOUT60, HOLDOUT61)

TARGET_IN_SCOPE_ACCURACY = 0.95
TARGET_OUT_OF_SCOPE_ABSTENTION = 0.95
"""The product's targets (issue 2). In scope they are met on the tuned set and forty-six held-out sets
(TARGET_MET); out of scope on every set but the 55th."""

FLOORS_IN_SCOPE = {QUESTIONS: 0.98, HOLDOUT: 0.98, HOLDOUT2: 0.99, HOLDOUT3: 1.0, HOLDOUT4: 0.98, HOLDOUT5: 0.94,
                   HOLDOUT6: 0.98, HOLDOUT7: 0.93, HOLDOUT8: 0.95, HOLDOUT9: 1.0, HOLDOUT10: 0.97, HOLDOUT11: 0.95,
                   HOLDOUT12: 0.96, HOLDOUT13: 0.95, HOLDOUT14: 0.96, HOLDOUT15: 0.99, HOLDOUT16: 0.95,
                   HOLDOUT17: 0.93, HOLDOUT18: 0.95, HOLDOUT19: 0.98, HOLDOUT20: 0.86, HOLDOUT21: 0.93,
                   HOLDOUT22: 0.93, HOLDOUT23: 0.92, HOLDOUT24: 0.99, HOLDOUT25: 0.99, HOLDOUT26: 0.96,
                   HOLDOUT27: 0.92, HOLDOUT28: 0.98, HOLDOUT29: 0.95, HOLDOUT30: 0.88, HOLDOUT31: 0.97,
                   HOLDOUT32: 1.0, HOLDOUT33: 0.97, HOLDOUT34: 0.95, HOLDOUT35: 0.92, HOLDOUT36: 0.98,
                   HOLDOUT37: 0.99, HOLDOUT38: 1.0, HOLDOUT39: 0.97, HOLDOUT40: 0.89, HOLDOUT41: 0.96,
                   HOLDOUT42: 0.93, HOLDOUT43: 1.0, HOLDOUT44: 1.0, HOLDOUT45: 0.98, HOLDOUT46: 0.99,
                   HOLDOUT47: 0.96, HOLDOUT48: 0.93, HOLDOUT49: 0.95, HOLDOUT50: 0.99, HOLDOUT51: 0.97,
                   HOLDOUT52: 0.94, HOLDOUT53: 0.97, HOLDOUT54: 0.96, HOLDOUT55: 0.97, HOLDOUT56: 0.96,
                   HOLDOUT57: 1.0, HOLDOUT58: 0.97, HOLDOUT59: 0.98, HOLDOUT60: 0.96, HOLDOUT61: 0.94}
"""Regression floors at the levels measured at the end of session 11 (see the README): answering
must not get worse. A floor is the set's share of right answers, rounded down to the
hundredth (0.989 on the tuned set is 0.98; 0.971 on the fifty-eighth's 70 is 0.97)."""

FLOORS_OUT_OF_SCOPE = {**dict.fromkeys(ALL_SETS, TARGET_OUT_OF_SCOPE_ABSTENTION), HOLDOUT55: 0.90}
"""The target where it is met; below it, the level measured (0.900 on the 55th, sealed all session)."""

TARGET_MET = [pytest.param(path, id=path.stem.replace("questions_", "") if path != QUESTIONS else "tuned")
              for path in (QUESTIONS, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT6, HOLDOUT9, HOLDOUT10, HOLDOUT12,
                           HOLDOUT14, HOLDOUT15, HOLDOUT16, HOLDOUT18, HOLDOUT19, HOLDOUT24, HOLDOUT25, HOLDOUT26,
                           HOLDOUT28, HOLDOUT31, HOLDOUT32, HOLDOUT33, HOLDOUT34, HOLDOUT36, HOLDOUT37, HOLDOUT38,
                           HOLDOUT43, HOLDOUT44, HOLDOUT45, HOLDOUT46, HOLDOUT50, HOLDOUT8, HOLDOUT11, HOLDOUT13,
                           HOLDOUT29, HOLDOUT39, HOLDOUT41, HOLDOUT47, HOLDOUT49, HOLDOUT51, HOLDOUT53, HOLDOUT54,
                           HOLDOUT55, HOLDOUT56, HOLDOUT57, HOLDOUT58, HOLDOUT59, HOLDOUT60)]

SETS = [pytest.param(path, id=path.stem.replace("questions_", "") if path != QUESTIONS else "tuned") for path in ALL_SETS]


_ANSWERS: dict[tuple[int, Path], list[tuple[Any, AskResult]]] = {}
"""Each set asked once per bot: three tests read its rates (the bundled bot is session-wide and its
knowledge never changes under it)."""


def _answers(bot: Bot, path: Path) -> list[tuple[Any, AskResult]]:
    key = (id(bot), path)
    if key not in _ANSWERS:
        _ANSWERS[key] = [(i, bot.ask(i.q)) for i in load_questions(path)]
    return _ANSWERS[key]


def _rates(bot: Bot, path: Path) -> tuple[float, list[str], float, list[str]]:
    results = _answers(bot, path)
    in_scope = [(i, r) for i, r in results if i.in_scope]
    out_scope = [(i, r) for i, r in results if not i.in_scope]
    wrong = [f"{i.q!r} -> {r.answer!r}" for i, r in in_scope if not judge(i, r)]
    guessed = [f"{i.q!r} -> {r.answer!r}" for i, r in out_scope if not judge(i, r)]
    return ((len(in_scope) - len(wrong)) / len(in_scope), wrong,  # exact: 66/100 is 0.66, 1 - 34/100 is not
            (len(out_scope) - len(guessed)) / len(out_scope), guessed)


@pytest.mark.parametrize("path", SETS)
def test_question_set_is_large_and_mixed(path: Path) -> None:
    items = load_questions(path)
    assert sum(i.in_scope for i in items) >= 60
    assert sum(not i.in_scope for i in items) >= 20


@pytest.mark.parametrize("path", SETS)
def test_out_of_scope_questions_are_abstained_above_their_floor(bundled_bot: Bot, path: Path) -> None:
    _, _, abstention, guessed = _rates(bundled_bot, path)
    assert abstention >= FLOORS_OUT_OF_SCOPE[path], "\n".join(guessed)


@pytest.mark.parametrize("path", SETS)
def test_in_scope_accuracy_stays_above_its_regression_floor(bundled_bot: Bot, path: Path) -> None:
    accuracy, wrong, _, _ = _rates(bundled_bot, path)
    assert accuracy >= FLOORS_IN_SCOPE[path], "\n".join(wrong)


@pytest.mark.parametrize("path", TARGET_MET)
def test_in_scope_accuracy_meets_the_target_where_it_was_met(bundled_bot: Bot, path: Path) -> None:
    accuracy, wrong, _, _ = _rates(bundled_bot, path)
    assert accuracy >= TARGET_IN_SCOPE_ACCURACY, "\n".join(wrong)


def test_no_answer_is_given_without_a_citation(bundled_bot: Bot) -> None:
    for path in ALL_SETS:
        for _, result in _answers(bundled_bot, path):
            assert not result.answered or (result.citations and all(c.symbol and c.url for c in result.citations))
