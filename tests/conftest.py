"""Shared fixtures: real Bots over real knowledge folders, each with its own SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core import Bot

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "knowledge"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KNOWLEDGE_OK = FIXTURES / "knowledge_ok"


@pytest.fixture(scope="session")
def bundled_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    """The bundled knowledge base, indexed once per test session."""
    bot = Bot(BUNDLED, tmp_path_factory.mktemp("bundled") / "index.db")
    yield bot
    bot.close()


@pytest.fixture()
def fixture_bot(tmp_path: Path) -> Iterator[Bot]:
    """The tiny valid fixture knowledge, in a fresh index."""
    bot = Bot(KNOWLEDGE_OK, tmp_path / "index.db")
    yield bot
    bot.close()
