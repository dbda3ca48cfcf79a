"""The exceptions wsis-bot raises on purpose, each carrying what went wrong and how to fix it.

One small tree, so that callers (the CLI, the Slack app) can catch what they can explain:

    WsisBotError                 anything wsis-bot reports to a person
    ├── KnowledgeError           knowledge/*.yaml is invalid; .problems lists every Problem
    ├── IndexBuildError          the SQLite index could not be built or failed its checks
    └── ConfigError              a setting is missing or wrong; .name of the setting, .fix

A `Problem` is one finding in a knowledge file, printed in compiler form and then its fix:

    knowledge/mandates.yaml:42:5: 'document' of mandate 'igf-renewal' names 'A/RES/70/25', ...
      Add it to knowledge/documents.yaml, or fix the symbol (did you mean 'A/RES/70/125'?).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem at a position of a file: 1-based `line` and `col` (0 when it is about a folder)."""

    path: str
    line: int
    col: int
    message: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}" if self.line else self.path
        return f"{where}: {self.message}\n  {self.fix}"


class WsisBotError(Exception):
    """Base of every error wsis-bot raises on purpose; its text is meant for a person."""


class KnowledgeError(WsisBotError):
    """The knowledge folder is invalid; `problems` holds every problem found, in file order."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        count = len(self.problems)
        listing = "\n".join(str(p) for p in self.problems)
        super().__init__(f"the knowledge has {count} problem{'' if count == 1 else 's'}:\n{listing}")


class IndexBuildError(WsisBotError):
    """The SQLite index could not be written, or the new index failed its checks."""


class ConfigError(WsisBotError):
    """A setting is missing or wrong. `name` is the setting (an environment variable), `fix` the remedy.

    `str()` gives the message and then the fix on its own line, so that printing it is enough.
    """

    def __init__(self, message: str, *, name: str, fix: str = "") -> None:
        super().__init__(f"{message}\n  {fix}" if fix else message)
        self.message = message
        self.name = name
        self.fix = fix
