"""The exception tree: what each error carries, and how it prints (compiler form, then the fix)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from bot.errors import (
    ConfigError,
    IndexBuildError,
    KnowledgeError,
    Problem,
    WsisBotError,
)

PROBLEM = Problem("knowledge/mandates.yaml", 42, 5, "'document' of mandate 'igf-renewal' names 'A/RES/70/25'",
                  "Add it to knowledge/documents.yaml, or fix the symbol (did you mean 'A/RES/70/125'?).")


def test_a_problem_prints_file_line_col_message_then_the_fix_indented() -> None:
    assert str(PROBLEM) == ("knowledge/mandates.yaml:42:5: 'document' of mandate 'igf-renewal' names 'A/RES/70/25'\n"
                            "  Add it to knowledge/documents.yaml, or fix the symbol (did you mean 'A/RES/70/125'?).")


def test_a_problem_about_a_whole_folder_has_no_line() -> None:
    problem = Problem("knowledge", 0, 0, "no knowledge files", "Add them.")
    assert str(problem) == "knowledge: no knowledge files\n  Add them."


def test_problems_are_frozen_values() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        PROBLEM.line = 1  # type: ignore[misc]
    assert PROBLEM == dataclasses.replace(PROBLEM) and hash(PROBLEM) == hash(dataclasses.replace(PROBLEM))


@pytest.mark.parametrize("error", [KnowledgeError([PROBLEM]), IndexBuildError("disk full"),
                                   ConfigError("SLACK_BOT_TOKEN is not set", name="SLACK_BOT_TOKEN")])
def test_every_error_is_a_wsis_bot_error(error: Exception) -> None:
    assert isinstance(error, WsisBotError)


def test_knowledge_error_carries_every_problem_and_lists_them() -> None:
    error = KnowledgeError(iter([PROBLEM, PROBLEM]))
    assert error.problems == [PROBLEM, PROBLEM]
    assert str(error).startswith("the knowledge has 2 problems:\nknowledge/mandates.yaml:42:5: ")


def test_config_error_names_the_setting_and_prints_its_fix() -> None:
    error = ConfigError("SLACK_BOT_TOKEN is not set", name="SLACK_BOT_TOKEN", fix="Copy it from OAuth & Permissions.")
    assert (error.name, error.message, error.fix) == ("SLACK_BOT_TOKEN", "SLACK_BOT_TOKEN is not set",
                                                      "Copy it from OAuth & Permissions.")
    assert str(error) == "SLACK_BOT_TOKEN is not set\n  Copy it from OAuth & Permissions."
    assert str(ConfigError("bad", name="X")) == "bad"


def test_errors_use_the_standard_library_only() -> None:
    code = ("import sys, bot.errors; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('yaml', 'click', 'slack_bolt')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
