"""The matcher's ranking signals, on the small fixture knowledge and on folders written per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import matcher
from bot.core import Bot
from tests.conftest import KNOWLEDGE_OK


def _candidate(bot: Bot, question: str, record_id: str) -> matcher.Candidate:
    query = matcher.analyse_question(question, bot.store)
    found = [c for c in matcher.rank(query, bot.store, limit=50) if c.id == record_id]
    assert found, f"{record_id} was not ranked for {question!r}"
    return found[0]


def test_a_mandate_covers_the_verb_of_asking_that_its_action_leaves_out(fixture_bot: Bot) -> None:
    # the action reads "include information on the outcome ...": it never says "requested"
    plain = _candidate(fixture_bot, "Who must include information on the outcome of the meeting?",
                       "ec-outcome-report-2012")
    asked = _candidate(fixture_bot, "Who was requested to include information on the outcome of the meeting?",
                       "ec-outcome-report-2012")
    assert plain.coverage == pytest.approx(1.0)
    assert asked.coverage == pytest.approx(1.0)


def test_the_verb_of_asking_is_not_covered_by_a_meeting(fixture_bot: Bot) -> None:
    meeting = _candidate(fixture_bot, "Which meeting was requested on enhanced cooperation?", "ec-meeting-2012")
    assert meeting.coverage < 1.0


@pytest.fixture()
def new_york_bot(tmp_path: Path) -> Iterator[Bot]:
    """The fixture knowledge plus a session held in New York and a mandate for a new group."""
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_OK, folder)
    with open(folder / "meetings.yaml", "a", encoding="utf-8") as handle:
        handle.write("""
- id: ga-67
  name: Sixty-seventh session of the General Assembly
  kind: session
  start: 2012-09-18
  place: New York
  convened_by: [ga]
  summary: The session that received the report on the working group.
  sources:
    - symbol: A/67/66/Add.1-E/2012/49/Add.1
""")
    with open(folder / "mandates.yaml", "a", encoding="utf-8") as handle:
        handle.write("""
- id: working-group-setup
  name: Setting up the working group on the outcome
  by: [ga]
  to: [cstd-chair]
  action: set up a working group on the outcome
  document: A/RES/66/184
  paragraph: "12"
  sources:
    - symbol: A/67/66/Add.1-E/2012/49/Add.1
""")
    bot = Bot(folder, tmp_path / "index.db")
    yield bot
    bot.close()


def test_new_york_does_not_stand_for_the_word_new(new_york_bot: Bot) -> None:
    question = "Which paragraph requested a new working group on the outcome?"
    assert new_york_bot.rank(question)[0][0] == "working-group-setup"
    session = _candidate(new_york_bot, question, "ga-67")
    assert "new" not in matcher.analyse_text("The session was held in New York.", new_york_bot.store)
    assert session.coverage < _candidate(new_york_bot, question, "working-group-setup").coverage


def test_a_word_held_only_inside_an_abbreviation_counts_half(fixture_bot: Bot) -> None:
    # the addendum's title says "World Summit on the Information Society", which the index folds to "wsis"
    question = "summit addendum on enhanced cooperation"
    query = matcher.analyse_question(question, fixture_bot.store)
    weights = query.weights
    assert "summit" in weights and "wsis" not in weights
    found = _candidate(fixture_bot, question, "A/67/66/Add.1-E/2012/49/Add.1")
    full = sum(w for s, w in weights.items() if s != "summit")
    assert found.coverage == pytest.approx((full + matcher.IMPLIED_SHARE * weights["summit"]) / sum(weights.values()))


def test_a_typo_in_the_word_that_says_what_is_asked_is_fixed(fixture_bot: Bot) -> None:
    query = matcher.analyse_question("in which paragarph of resolution 66/184 was the meeting called for", fixture_bot.store)
    assert query.intent == "paragraph"
    assert query.corrections.get("paragarph") == "paragraph"
    # a word the knowledge uses is never "fixed" into an asking word
    assert matcher.analyse_question("where was the meeting held", fixture_bot.store).intent == "where"


def test_a_word_the_knowledge_knows_is_asked_for_though_it_is_one_letter_from_a_stop_word(bundled_bot: Bot) -> None:
    # "fund" is one edit from "find", but the knowledge knows it: it is no typo
    query = matcher.analyse_question("Which fund was welcomed by the General Assembly in 2006?", bundled_bot.store)
    assert query.focus == {"fund"}
    # a typo of a word every record answers is still left out ("tilte" of "title")
    assert not matcher.analyse_question("what's the tilte of res 66/184?", bundled_bot.store).focus


def test_a_day_of_a_month_counts_nothing() -> None:
    # "until 31 December 2010" is no count of Decembers, nor of anything asked about December
    assert not matcher._counts("written comments accepted until 31 December 2010", {"comment", "december"})
    assert matcher._counts("the Commission recommended two draft resolutions", {"draft"})


def test_a_document_asked_when_it_was_issued_holds_the_word_issued(bundled_bot: Bot) -> None:
    question = "when was the official report of the Tunis summit issued?"
    query = matcher.analyse_question(question, bundled_bot.store)
    found = _candidate(bundled_bot, question, "WSIS-05/TUNIS/DOC/9(Rev.1)")
    assert "issu" in query.stems and "issu" not in found.missing
    result = bundled_bot.ask(question)
    assert result.answered and "15 February 2006" in result.answer


def test_an_attribute_every_record_has_names_nothing_it_must_hold(bundled_bot: Bot) -> None:
    # the knowledge never says "title": the question asks for a part of the addendum's answer
    query = matcher.analyse_question("whats the title of the addendum", bundled_bot.store)
    assert "titl" not in query.stems and "title" not in query.stems
    result = bundled_bot.ask("whats the title of the addendum")
    assert result.answered and result.record_id == "A/67/66/Add.1-E/2012/49/Add.1"


def test_a_resolution_asked_its_adoption_date_holds_the_word_adoption(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("60/252 adoption date")
    assert result.answered and "27 March 2006" in result.answer, result.answer


@pytest.mark.parametrize(("tokens", "pairs"), [
    ("the 1st meet of the 2nd wgec", (("1st", "meet"), ("2nd", "wgec"))),
    ("wgec 2nd 1st mtg", (("2nd", "wgec"), ("1st", "mtg"))),  # 'wgec2 first mtg' (mtg is folded later)
    ("the 2nd and 3rd meetings", (("2nd", "meet"), ("3rd", "meet"))),
    ("the 29th wgec meeting", (("29th", "meet"),)),  # the meeting, numbered in the group's name
    ("the 2nd wgec 5th and final meeting", (("2nd", "wgec"), ("5th", "meet"))),  # "the second WGEC's fifth"
])
def test_what_an_ordinal_numbers(tokens: str, pairs: tuple[tuple[str, str], ...]) -> None:
    assert matcher._numbered(tokens.split()) == pairs


def test_the_addendum_to_a_symbol_is_its_one_addendum(bundled_bot: Bot) -> None:
    query = matcher.analyse_question("title of the SG addendum to A/67/66?", bundled_bot.store)
    assert query.known_symbols == ("A/67/66/Add.1",)
    result = bundled_bot.ask("title of the SG addendum to A/67/66? something like 'outcome of the meeting on...'")
    assert result.answered and result.record_id == "A/67/66/Add.1-E/2012/49/Add.1", result.answer


def test_the_main_report_is_not_its_addendum_with_words_between(bundled_bot: Bot) -> None:
    result = bundled_bot.ask("What is the issue date of the main 2012 SG report on WSIS progress at the regional and "
                             "international levels?")
    assert result.answered and "12 March 2012" in result.answer and "10 July 2012" not in result.answer, result.answer


@pytest.mark.parametrize(("question", "record_id", "ordinal", "holds"), [
    # the record says "prior to the Commission's fifteenth session": the session is when, not which
    ("a one-day consultation held ahead of the Commission's 15th session: which day?", "ec-meeting-2012", "15th", True),
    ("the meeting convened just before the fifteenth session of the CSTD, what date", "ec-meeting-2012", "15th", True),
    ("the meeting convened just after the fifteenth session of the CSTD, what date", "ec-meeting-2012", "15th", False),
])
def test_a_session_named_as_a_point_in_time_counts_when_the_record_places_it_so(bundled_bot: Bot, question: str,
                                                                               record_id: str, ordinal: str,
                                                                               holds: bool) -> None:
    missing = _candidate(bundled_bot, question, record_id).missing
    assert (ordinal not in missing) == holds, missing


def test_who_did_something_is_not_the_object_of_the_verb(bundled_bot: Bot) -> None:
    by = matcher.analyse_question("when was the 2nd WGEC established by the CSTD Chair?", bundled_bot.store)
    assert ("establish", "cstd") not in by.bound
    of = matcher.analyse_question("which resolution established the CSTD?", bundled_bot.store)
    assert ("establish", "cstd") in of.bound
    result = bundled_bot.ask("when was the 2nd WGEC established by the CSTD Chair?")
    assert result.answered and "3 May 2016" in result.answer, result.answer
