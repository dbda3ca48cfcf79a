"""Typed, immutable records of the knowledge base: what the YAML files become once validated.

No I/O here: `bot.knowledge` reads and checks the YAML, `bot.index` stores these records in SQLite.
Dates are `datetime.date` (day precision) or a `PartialDate` (month or year precision), because
some sources only say "April 2025".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Union


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A date known only to the month (month set) or to the year (month None)."""

    year: int
    month: int | None = None

    def first_day(self) -> date:
        return date(self.year, self.month or 1, 1)

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"


AnyDate = Union[date, PartialDate]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: a UN document (symbol, optionally a paragraph) or a web page (url).

    `symbol` must name a document of documents.yaml; `url` alone marks a secondary source whose
    address is kept so that a reader can check it.
    """

    symbol: str | None = None
    paragraph: str | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A UN document. `symbol` is canonical; `other_symbols` are further symbols of the same
    document (the parts of a joint symbol such as A/67/66-E/2012/49)."""

    symbol: str
    title: str
    kind: str
    sources: tuple[Source, ...]
    other_symbols: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    session: str | None = None
    agenda_items: tuple[str, ...] = ()
    date: AnyDate | None = None
    url: str | None = None
    summary: str | None = None
    related: tuple[str, ...] = ()
    line: int = 0

    @property
    def id(self) -> str:
        return self.symbol

    @property
    def link(self) -> str:
        return self.url or f"https://undocs.org/{self.symbol}"


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting, session, summit or working-group meeting."""

    id: str
    name: str
    sources: tuple[Source, ...]
    kind: str = "meeting"
    aliases: tuple[str, ...] = ()
    start: AnyDate | None = None
    end: AnyDate | None = None
    place: str | None = None
    venue: str | None = None
    convened_by: tuple[str, ...] = ()
    chair: str | None = None
    mandated_by: tuple[Source, ...] = ()
    part_of: str | None = None
    outcome_documents: tuple[str, ...] = ()
    summary: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class Mandate:
    """Who (`by`) asked whom (`to`) to do what (`action`), in which document and paragraph."""

    id: str
    name: str
    by: tuple[str, ...]
    to: tuple[str, ...]
    action: str
    document: str
    sources: tuple[Source, ...]
    paragraph: str | None = None
    aliases: tuple[str, ...] = ()
    fulfilled_by: tuple[str, ...] = ()
    date: AnyDate | None = None
    summary: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class Body:
    """An organ, body, office or role (GA, ECOSOC, CSTD, the CSTD Chair, ...)."""

    id: str
    name: str
    sources: tuple[Source, ...]
    abbreviation: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    summary: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class QA:
    """A curated question and answer, for what the structured records cannot say.

    `gap` marks a known gap: the answer explains that the sources do not give the fact, and the
    bot reports it as an abstention (answered: false), never as an answer.
    """

    id: str
    question: str
    answer: str
    sources: tuple[Source, ...]
    paraphrases: tuple[str, ...] = ()
    gap: bool = False
    line: int = 0


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Everything in a knowledge folder, validated and cross-referenced."""

    documents: tuple[Document, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    mandates: tuple[Mandate, ...] = ()
    bodies: tuple[Body, ...] = ()
    qas: tuple[QA, ...] = ()
    files: tuple[str, ...] = field(default=())

    def counts(self) -> dict[str, int]:
        return {
            "documents": len(self.documents),
            "meetings": len(self.meetings),
            "mandates": len(self.mandates),
            "bodies": len(self.bodies),
            "questions": len(self.qas),
        }
