"""Judge answers against the labelled question set (tests/questions.yaml); shared by the test and the benchmark."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.results import AskResult

QUESTIONS = Path(__file__).resolve().parent / "questions.yaml"


@dataclass(frozen=True)
class Labelled:
    """One labelled question: `expect` is "abstain" or {contains, contains_any, cites_any}."""

    q: str
    expect: Any
    tags: tuple[str, ...]

    @property
    def in_scope(self) -> bool:
        return self.expect != "abstain"


def load_questions(path: Path = QUESTIONS) -> list[Labelled]:
    """The labelled set, in file order."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Labelled(str(i["q"]), i["expect"], tuple(i.get("tags", ()))) for i in items]


def judge(item: Labelled, result: AskResult) -> bool:
    """True when the result is what the label expects (abstention, or an answer with its facts)."""
    if not item.in_scope:
        return not result.answered
    if not result.answered or not result.citations:
        return False
    text = result.answer.lower()
    expect = item.expect
    if any(s.lower() not in text for s in expect.get("contains", [])):
        return False
    if expect.get("contains_any") and not any(s.lower() in text for s in expect["contains_any"]):
        return False
    cited = {c.symbol for c in result.citations}
    return not expect.get("cites_any") or bool(cited & set(expect["cites_any"]))
