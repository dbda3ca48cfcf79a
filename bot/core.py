"""The answering core behind every surface: a knowledge folder and its index, answering questions.

`Bot` is the one object the CLI and the Slack app hold. It is thread-safe (Bolt runs listeners in
worker threads) and picks up edits to the knowledge folder without losing the last good index.
"""

from __future__ import annotations

from pathlib import Path

from bot.results import AskResult, Overview, SymbolResult


class Bot:
    """Answer questions and look up symbols from a knowledge folder (built into SQLite on demand)."""

    def __init__(self, knowledge_dir: Path | None = None, db_path: Path | None = None) -> None:
        raise NotImplementedError  # being written

    def ask(self, question: str) -> AskResult:
        """Answer a free-text question (Slack markup allowed), or abstain with suggestions."""
        raise NotImplementedError

    def rank(self, question: str, limit: int = 10) -> list[tuple[str, float]]:
        """The record ids the matcher ranks for a question, best first (for evaluation)."""
        raise NotImplementedError

    def symbol(self, query: str) -> SymbolResult:
        """Look a document up by a UN symbol typed in any common way."""
        raise NotImplementedError

    def overview(self) -> Overview:
        """Counts by kind, the time of the last knowledge update, and example questions."""
        raise NotImplementedError

    def refresh(self) -> bool:
        """Rebuild the index when the knowledge changed and is valid; True when it reloaded."""
        raise NotImplementedError
