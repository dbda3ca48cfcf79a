"""What the answering core hands to its callers (CLI, Slack): plain immutable values.

The JSON shapes of `to_json()` are a stable contract: outside checks read them exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """One source of an answer: a document symbol (or a web page's host), its title and link."""

    symbol: str
    title: str
    url: str
    paragraph: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"symbol": self.symbol, "title": self.title, "url": self.url, "paragraph": self.paragraph}


@dataclass(frozen=True)
class AskResult:
    """The outcome of a question: an answer with citations, or an abstention with suggestions.

    `answered` is False when the bot abstains; then `answer` holds the "I don't know" text and
    `suggestions` up to 3 questions the bot can answer ("did you mean").
    """

    question: str
    answered: bool
    answer: str
    citations: tuple[Citation, ...] = ()
    confidence: float = 0.0
    suggestions: tuple[str, ...] = ()
    record_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.answer,
            "citations": [c.to_json() for c in self.citations],
            "confidence": round(float(self.confidence), 4),
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class SymbolResult:
    """A document looked up by symbol: its card, or not found with the closest known symbols."""

    query: str
    found: bool
    symbol: str | None = None
    symbols: tuple[str, ...] = ()
    title: str = ""
    date: str = ""
    bodies: tuple[str, ...] = ()
    url: str = ""
    related: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    kind: str = ""
    session: str = ""
    agenda_items: tuple[str, ...] = ()
    summary: str = ""
    error: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "found": self.found,
            "symbol": self.symbol,
            "symbols": list(self.symbols),
            "title": self.title,
            "date": self.date,
            "bodies": list(self.bodies),
            "url": self.url,
            "related": list(self.related),
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class Overview:
    """What the bot knows, for the Slack App Home and `wsis-bot info`."""

    counts: dict[str, int] = field(default_factory=dict)
    updated: str = ""
    examples: tuple[str, ...] = ()
