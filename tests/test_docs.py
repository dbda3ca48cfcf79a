"""The README's promises: its two commands, the CI script reading the test command verbatim, and
help text for every CLI command."""

from __future__ import annotations

import re
import subprocess

import pytest
from click.testing import CliRunner

from bot.cli import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _code_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, re.S)


def test_readme_starts_with_the_answer_command_then_the_test_command() -> None:
    blocks = _code_blocks(README)
    assert "wsis-bot ask" in blocks[0] and "pip install" in blocks[0]
    assert "pytest" in blocks[1] and "pip install" in blocks[1]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    script = ROOT / ".ci" / "run"
    extracted = subprocess.run(
        ["awk", "/<!-- test-command -->/{found=1; next} found && /^```/{if (inblock) exit; inblock=1; next} "
                "found && inblock {print; exit}", str(ROOT / "README.md")],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert extracted == _code_blocks(README)[1].strip()
    assert "README.md" in script.read_text(encoding="utf-8")


def test_readme_shows_the_real_output_of_its_first_command() -> None:
    shown = README.split("Output of the first command:", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    assert "18 May 2012" in shown and "Sources:" in shown


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example_or_usage(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert cli.commands[command].help and len(cli.commands[command].help) > 30
    assert command in README


def test_knowledge_readme_examples_parse_as_yaml() -> None:
    import yaml

    text = (ROOT / "knowledge" / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"```yaml\n(.*?)```", text, re.S)
    assert len(examples) == 5
    for example in examples:
        records = yaml.safe_load(example)
        assert isinstance(records, list) and all("sources" in r for r in records)
