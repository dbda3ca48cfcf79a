"""Synthetic knowledge folders and labelled questions at any size, for the benchmark.

The bundled knowledge is a few dozen records; the bot must stay fast and accurate at 100,000.
This writes a folder in the real schema (knowledge/README.md) with realistic UN symbols, titles
that share words the way real ones do, meetings, mandates, bodies and curated Q&As, plus
`questions.jsonl` (in-scope questions phrased unlike the aliases, ~15% with a typo, and
out-of-scope ones) and `symbols.jsonl` (symbol look-ups, exact and oddly typed).
Deterministic: the same seed and size give byte-identical files. The facts are invented.

    python -m bot.bench.generate DIR --records 10000 [--seed 2012] [--questions 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bot.bench import vocab

DEFAULT_SEED = 2012
GENERATOR_VERSION = "1"
"""Part of the cache key: bump when the output of a given seed and size changes."""

KIND_SHARES = {"documents": 0.40, "meetings": 0.22, "mandates": 0.15}
"""Shares of the non-body records; Q&As take the rest. Bodies are a fixed few dozen."""

TYPO_SHARE = 0.15
OUT_OF_SCOPE_SHARE = 0.25

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

_ONES = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth")
_TENS_ORD = {20: "twentieth", 30: "thirtieth", 40: "fortieth", 50: "fiftieth", 60: "sixtieth",
             70: "seventieth", 80: "eightieth", 90: "ninetieth"}
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
         90: "ninety"}


_ORDINAL_WORDS = frozenset(_ONES[1:] + _TEENS + tuple(_TENS_ORD.values()))
_GENERIC_LEADS = frozenset({"Expert", "Regional", "High-level"})


def ordinal_word(n: int) -> str:
    """15 -> 'fifteenth', 67 -> 'sixty-seventh' (1..99)."""
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return _TENS_ORD[tens * 10] if ones == 0 else f"{_TENS[tens * 10]}-{_ONES[ones]}"


def ordinal_digits(n: int) -> str:
    """15 -> '15th', 22 -> '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def un_date(value: date) -> str:
    """date(2012, 5, 18) -> '18 May 2012' (how the bot shows dates)."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def slug(text: str, limit: int = 40) -> str:
    """'Working Group on Enhanced Cooperation' -> 'working-group-on-enhanced-cooperation'."""
    ascii_text = text.lower().encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text)[:limit].strip("-")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- YAML, hand-formatted -----------------------------------------------------------------------
# PyYAML's emitter would take ~10 s at 100k records; these strings are valid YAML and read like
# hand-written knowledge (block style, plain scalars where safe). A test loads them back.

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 .,;()/'’\-–+]*\Z")
_RESERVED = frozenset({"yes", "no", "true", "false", "on", "off", "null", "y", "n"})


def _scalar(text: str) -> str:
    if _PLAIN.match(text) and text.lower() not in _RESERVED and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _flow_item(text: str) -> str:
    return _scalar(text) if "," not in text else json.dumps(text, ensure_ascii=False)


class IsoDate(str):
    """A date written unquoted (YYYY-MM-DD loads as a date, YYYY-MM as text), as people write it."""


Value = Any  # str | IsoDate | list[str] | list[dict[str, str]]


def _emit(record: list[tuple[str, Value]], out: list[str]) -> None:
    first = True
    for key, value in record:
        lead = "- " if first else "  "
        first = False
        if isinstance(value, IsoDate):
            out.append(f"{lead}{key}: {value}")
        elif isinstance(value, str):
            out.append(f"{lead}{key}: {_scalar(value)}")
        elif value and isinstance(value[0], dict):
            out.append(f"{lead}{key}:")
            for item in value:
                sub = "    - "
                for k, v in item.items():
                    out.append(f"{sub}{k}: {json.dumps(v) if k == 'paragraph' else _scalar(v)}")
                    sub = "      "
        else:
            out.append(f"{lead}{key}: [{', '.join(_flow_item(v) for v in value)}]")


# --- generation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    """One labelled question: in scope with the record and answer text expected, or out of scope."""

    id: str
    q: str
    scope: str  # "in" | "out"
    kind: str  # record kind, or "general" / "near-miss" out of scope
    template: str
    expect_id: str | None = None
    expect: str | None = None
    typo: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "q": self.q, "scope": self.scope, "kind": self.kind, "template": self.template,
                "expect_id": self.expect_id, "expect": self.expect, "typo": self.typo}


@dataclass(frozen=True)
class GenerateReport:
    """What `generate` wrote."""

    path: Path
    counts: dict[str, int]
    questions: int
    symbol_queries: int
    seconds: float


@dataclass
class _Doc:
    symbol: str
    kind: str
    kindword: str
    content: str
    date_text: str
    body: str
    verb: str  # "adopted" | "issued"
    style_keys: tuple[tuple[str, str], ...]  # (style, query) symbol spellings


@dataclass
class _Meeting:
    id: str
    name: str
    variants: tuple[str, ...]
    when: str  # the UN-style end (or only) date: always inside the bot's range text
    city: str
    chair: str | None
    start: date
    content: str | None = None  # the topic of an expert group meeting


@dataclass
class _Mandate:
    id: str
    verb: str
    content: str
    document: str
    to_name: str


@dataclass
class _QA:
    id: str
    template: str
    content: str
    who: str
    expect: str


class _Generator:
    def __init__(self, records: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.records = records
        self.contents: set[str] = set()
        self.symbols: set[str] = set()
        self.numbers: dict[tuple[str, int], set[int]] = {}
        self.ids: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.fulfilled: set[str] = set()
        self.meeting_keys: set[str] = set()
        self.docs: list[_Doc] = []
        self.resolutions: list[_Doc] = []
        self.reports: list[_Doc] = []
        self.joint: list[tuple[int, int, int, int]] = []  # session, A number, year, E number
        self.addenda: dict[tuple[int, int], int] = {}
        self.meetings: list[_Meeting] = []
        self.sessions: list[str] = []
        self.mandates: list[_Mandate] = []
        self.qas: list[_QA] = []
        self.out: dict[str, list[list[tuple[str, Value]]]] = {
            k: [] for k in ("bodies", "documents", "meetings", "mandates", "qa")
        }
        self.body_names = {b[0]: b[1] for b in vocab.BODIES}
        self.body_abbr = {b[0]: b[2] for b in vocab.BODIES}
        n_bodies = len(vocab.BODIES)
        rest = max(0, records - n_bodies)
        self.n_docs = max(1, round(rest * KIND_SHARES["documents"]))
        self.n_meetings = round(rest * KIND_SHARES["meetings"])
        self.n_mandates = round(rest * KIND_SHARES["mandates"])
        self.n_qas = max(0, rest - self.n_docs - self.n_meetings - self.n_mandates)
        self.number_cap = max(60, self.n_docs // 40)  # keeps symbol numbers plausible yet unique

    # helpers ---------------------------------------------------------------------------------

    def unique_id(self, base: str) -> str:
        base = base.strip("-") or "record"
        candidate, k = base, self.next_suffix.get(base, 2)
        while candidate in self.ids:
            candidate = f"{base}-{k}"
            k += 1
        self.next_suffix[base] = k
        self.ids.add(candidate)
        return candidate

    def content(self, *, aspect: bool = False) -> str:
        """A topic phrase not used by any other record ('broadband connectivity in Africa').

        Only document titles take an aspect after a colon ("...: lessons learned"), as real ones do.
        """
        rng = self.rng
        for attempt in range(200):
            topic = rng.choice(vocab.TOPICS)
            if rng.random() < 0.3 or attempt > 20:
                other = rng.choice(vocab.TOPICS)
                if other != topic:
                    topic = f"{topic} and {other}"
            r = rng.random()
            if r < 0.35:
                text = f"{topic} for {rng.choice(vocab.GOALS)}"
            elif r < 0.65:
                text = f"{topic} in {rng.choice(vocab.REGIONS)}"
            elif r < 0.85 or not aspect:
                text = f"{topic} for {rng.choice(vocab.GOALS)} in {rng.choice(vocab.REGIONS)}"
            else:
                text = f"{topic}: {rng.choice(vocab.ASPECTS)}"
            if text.lower() not in self.contents:
                self.contents.add(text.lower())
                return text
        raise RuntimeError("content pool exhausted")  # pragma: no cover - 600k combinations

    def number(self, series: str, period: int) -> int:
        used = self.numbers.setdefault((series, period), set())
        cap = self.number_cap
        while True:
            n = self.rng.randint(1, cap)
            if n not in used:
                used.add(n)
                return n
            if len(used) > cap * 0.7:
                cap *= 2

    def day_in(self, year: int, months: Sequence[int]) -> date:
        month = self.rng.choice(months)
        return date(year, month, self.rng.randint(1, 28))

    def source(self, symbol: str, paragraph: bool = True) -> dict[str, str]:
        src = {"symbol": symbol}
        if paragraph and self.rng.random() < 0.6:
            src["paragraph"] = str(self.rng.randint(1, 40))
        return src

    def any_doc(self) -> _Doc:
        return self.rng.choice(self.docs)

    def chair(self) -> str:
        rng = self.rng
        return f"{rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.LAST_NAMES)} ({rng.choice(vocab.CHAIR_COUNTRIES)})"

    # records ---------------------------------------------------------------------------------

    def bodies(self) -> None:
        for body_id, name, abbr, parent in vocab.BODIES:
            rec: list[tuple[str, Value]] = [("id", body_id), ("name", name)]
            if abbr:
                rec.append(("abbreviation", abbr))
            if parent:
                rec.append(("parent", parent))
            rec.append(("sources", [{"symbol": "__FIRST_RESOLUTION__"}]))
            self.out["bodies"].append(rec)

    def document(self) -> None:
        rng = self.rng
        kind = rng.choices(
            ("ga-res", "ecosoc-res", "joint", "addendum", "cstd-report", "crp", "draft"),
            weights=(30, 12, 15, 8, 12, 13, 10),
        )[0]
        if len(self.docs) < 3:
            kind = "ga-res"  # mandates and sources need resolutions to point at
        if kind == "addendum" and not self.joint:
            kind = "joint"
        content = self.content(aspect=True)
        aliases: list[str] = []
        other: list[str] = []
        session = None
        agenda = None
        styles: list[tuple[str, str]] = []
        if kind == "ga-res":
            s = rng.randint(56, 79)
            n = self.number("A/RES", s)
            symbol, when, bodies = f"A/RES/{s}/{n}", self.day_in(1945 + s, (12,)), ["ga"]
            doc_kind, kindword, verb = "resolution", "General Assembly resolution", "adopted"
            lead = rng.choice(("", "", "Promoting ", "Harnessing ", "Strengthening "))
            title = _cap(f"{lead}{content}") if lead else _cap(content)
            session = f"{ordinal_word(s)} session"
            if rng.random() < 0.6:
                aliases.append(f"resolution {s}/{n}")
            if rng.random() < 0.3:
                agenda = f"item {rng.randint(12, 24)} of the agenda"
            styles += [("res-short", f"res {s}/{n}"), ("lower", symbol.lower())]
        elif kind == "ecosoc-res":
            y = rng.randint(2001, 2025)
            n = self.number("E/RES", y)
            symbol, when, bodies = f"E/RES/{y}/{n}", self.day_in(y, (7,)), ["ecosoc"]
            doc_kind, kindword, verb = "resolution", "ECOSOC resolution", "adopted"
            title = _cap(content)
            if rng.random() < 0.6:
                aliases.append(f"ECOSOC resolution {y}/{n}")
            styles += [("lower", symbol.lower()), ("spaced", symbol.replace("/", " / "))]
        elif kind == "joint":
            s = rng.randint(58, 79)
            y = 1945 + s
            a, e = self.number("A", s), self.number("E", y)
            self.joint.append((s, a, y, e))
            symbol, when, bodies = f"A/{s}/{a}-E/{y}/{e}", self.day_in(y, (3, 4, 5)), ["un-sg"]
            other = [f"A/{s}/{a}", f"E/{y}/{e}"]
            doc_kind, kindword, verb = "report", "report of the Secretary-General", "issued"
            title = rng.choice((f"{_cap(content)}: report of the Secretary-General",
                                f"Report of the Secretary-General on {content}"))
            session = f"{ordinal_word(s)} session"
            styles += [("part", other[0]), ("part", other[1]), ("lower", symbol.lower())]
        elif kind == "addendum":
            s, a, y, e = rng.choice(self.joint)
            k = self.addenda.get((s, a), 0) + 1
            self.addenda[(s, a)] = k
            symbol = f"A/{s}/{a}/Add.{k}-E/{y}/{e}/Add.{k}"
            other = [f"A/{s}/{a}/Add.{k}", f"E/{y}/{e}/Add.{k}"]
            when, bodies = self.day_in(y, (4, 5, 6)), ["un-sg"]
            doc_kind, kindword, verb = "addendum", "addendum to the Secretary-General's report", "issued"
            title = f"{_cap(content)}: report of the Secretary-General. Addendum"
            session = f"{ordinal_word(s)} session"
            styles += [("part", other[0]), ("upper-add", other[1].upper())]
        elif kind == "cstd-report":
            y = rng.randint(2006, 2025)
            n = self.number("E/CN.16", y)
            symbol, when = f"E/CN.16/{y}/{n}", self.day_in(y, (2, 3, 4))
            bodies = [rng.choice(("un-sg", "cstd"))]
            doc_kind, kindword, verb = "report", "CSTD report", "issued"
            title = f"{_cap(content)}: report of the Secretary-General"
            styles += [("no-dots", symbol.replace(".", "")), ("lower", symbol.lower())]
        elif kind == "crp":
            y = rng.randint(2006, 2025)
            n = self.number("E/CN.16/CRP", y)
            symbol, when = f"E/CN.16/{y}/CRP.{n}", self.day_in(y, (4, 5))
            bodies = [rng.choice(("cstd-chair", "cstd"))]
            doc_kind, kindword, verb = "conference-room-paper", "conference room paper", "issued"
            title = rng.choice((f"Summary by the Chair of the Commission on {content}",
                                f"Issues paper on {content}"))
            styles += [("no-dots", symbol.replace(".", "")), ("spaced", symbol.replace("/", " "))]
        else:
            s = rng.randint(56, 79)
            n = self.number("A/L", s)
            symbol, when = f"A/{s}/L.{n}", self.day_in(1945 + s, (10, 11, 12))
            bodies = [rng.choice(("ga", "second-committee"))]
            doc_kind, kindword, verb = "draft-resolution", "draft resolution", "issued"
            title = f"{_cap(content)}: draft resolution"
            session = f"{ordinal_word(s)} session"
            styles += [("lower", symbol.lower()), ("trailing", f"{symbol}.")]
        self.symbols.add(symbol)
        self.symbols.update(other)
        partial = doc_kind == "conference-room-paper" and rng.random() < 0.2
        date_field = IsoDate(f"{when.year:04d}-{when.month:02d}" if partial else when.isoformat())
        date_text = f"{MONTHS[when.month - 1]} {when.year}" if partial else un_date(when)
        rec: list[tuple[str, Value]] = [("symbol", symbol), ("title", title), ("kind", doc_kind)]
        if other:
            rec.append(("other_symbols", other))
        if aliases:
            rec.append(("aliases", aliases))
        rec.append(("bodies", bodies))
        if session:
            rec.append(("session", session))
        if agenda:
            rec.append(("agenda_items", [agenda]))
        rec.append(("date", date_field))
        if rng.random() < 0.5:
            rec.append(("summary", rng.choice((
                f"Reviews progress on {content} and sets out recommendations for Member States.",
                f"Calls for action on {content} and requests a report on implementation.",
                f"Sets out the views of Member States and other stakeholders on {content}.",
            ))))
        if self.docs and rng.random() < 0.2:
            rec.append(("related", [self.any_doc().symbol]))
        rec.append(("sources", [{"symbol": symbol}]))
        self.out["documents"].append(rec)
        doc = _Doc(symbol, doc_kind, kindword, content, date_text, bodies[0], verb,
                   (("exact", symbol), *styles))
        self.docs.append(doc)
        if doc_kind == "resolution":
            self.resolutions.append(doc)
        elif doc_kind == "report":
            self.reports.append(doc)

    def meeting(self) -> None:
        rng = self.rng
        for _ in range(50):
            built = self._meeting_shape(rng.choices(
                ("cstd", "ga", "ecosoc", "wg", "igf", "wsis-forum", "regional-igf", "consultation", "egm", "hlm"),
                weights=(3, 2, 2, 5, 2, 1, 4, 30, 46, 5),
            )[0])
            if built is not None and built[1] not in self.meeting_keys:
                break
        else:
            built = self._meeting_shape("egm")
        assert built is not None
        base_id, name, kind, year, city, extra = built
        self.meeting_keys.add(name)
        meeting_id = self.unique_id(base_id)
        months = extra.get("months", tuple(range(1, 13)))
        start = self.day_in(year, months)
        days = extra.get("days") or rng.choice((1, 1, 2, 3, 3, 4, 5))
        end = start + timedelta(days=days - 1)
        rec: list[tuple[str, Value]] = [("id", meeting_id), ("name", name), ("kind", kind)]
        if extra.get("aliases"):
            rec.append(("aliases", extra["aliases"]))
        rec.append(("start", IsoDate(start.isoformat())))
        if end != start:
            rec.append(("end", IsoDate(end.isoformat())))
        country = dict(vocab.CITIES).get(city, "")
        place = city if city in ("Geneva", "New York", "Vienna") or not country else f"{city}, {country}"
        rec.append(("place", place))
        if city in vocab.VENUES and rng.random() < 0.5:
            rec.append(("venue", vocab.VENUES[city]))
        rec.append(("convened_by", extra["convened_by"]))
        chair = self.chair() if rng.random() < 0.3 else None
        if chair:
            rec.append(("chair", chair))
        if self.resolutions and rng.random() < 0.3:
            rec.append(("mandated_by", [self.source(rng.choice(self.resolutions).symbol)]))
        if kind != "session" and self.sessions and rng.random() < 0.1:
            rec.append(("part_of", rng.choice(self.sessions)))
        if self.reports and rng.random() < 0.2:
            rec.append(("outcome_documents", [rng.choice(self.reports).symbol]))
        rec.append(("sources", [self.source(self.any_doc().symbol)]))
        self.out["meetings"].append(rec)
        if kind == "session":
            self.sessions.append(meeting_id)
        variants = (name, *extra.get("variants", ()))
        self.meetings.append(_Meeting(meeting_id, name, variants, un_date(end), city, chair, start,
                                      extra.get("content")))

    def _meeting_shape(self, shape: str) -> tuple[str, str, str, int, str, dict[str, Any]] | None:
        """(id base, name, kind, year, city, extras) for one shape of meeting name."""
        rng = self.rng
        if shape == "cstd":
            n = rng.randint(1, 30)
            name = f"{_cap(ordinal_word(n))} session of the Commission on Science and Technology for Development"
            return (f"cstd-{n}", name, "session", 1997 + n, "Geneva",
                    {"aliases": [f"CSTD {n}"], "months": (5,), "days": 5, "convened_by": ["cstd"],
                     "variants": (f"{ordinal_digits(n)} session of the CSTD",
                                  f"{ordinal_word(n)} CSTD session", f"CSTD session in {1997 + n}")})
        if shape == "ga":
            n = rng.randint(56, 80)
            name = f"{_cap(ordinal_word(n))} session of the General Assembly"
            return (f"ga-{n}", name, "session", 1945 + n, "New York",
                    {"aliases": [f"UNGA {n}"], "months": (9,), "days": 1, "convened_by": ["ga"],
                     "variants": (f"{ordinal_digits(n)} session of the UN General Assembly",)})
        if shape == "ecosoc":
            y = rng.randint(2001, 2025)
            name = f"{y} session of the Economic and Social Council"
            return (f"ecosoc-{y}", name, "session", y, rng.choice(("Geneva", "New York")),
                    {"months": (7,), "convened_by": ["ecosoc"], "variants": (f"ECOSOC session of {y}",)})
        if shape == "wg":
            body, group, short = rng.choice(vocab.WORKING_GROUPS)
            n = rng.randint(1, 40)
            name = f"{_cap(ordinal_word(n))} meeting of the {group}"
            return (f"{slug(short)}-{n}", name, "working-group", 2005 + n // 3, "Geneva",
                    {"convened_by": [body], "variants": (f"{ordinal_digits(n)} meeting of the {short}",
                                                         f"{ordinal_word(n)} {short} meeting")})
        if shape == "igf":
            y = rng.choice(sorted(vocab.IGF_CITIES))
            return (f"igf-{y}", f"Internet Governance Forum {y}", "forum", y, vocab.IGF_CITIES[y],
                    {"aliases": [f"IGF {y}"], "convened_by": ["un-sg"], "months": (10, 11, 12),
                     "variants": (f"{y} Internet Governance Forum", f"{ordinal_word(y - 2005)} IGF",
                                  f"IGF in {vocab.IGF_CITIES[y]}")})
        if shape == "wsis-forum":
            y = rng.randint(2009, 2025)
            return (f"wsis-forum-{y}", f"WSIS Forum {y}", "forum", y, "Geneva",
                    {"convened_by": ["itu", "unesco", "undp", "unctad"], "months": (3, 4, 5),
                     "variants": (f"{y} WSIS Forum",)})
        if shape == "regional-igf":
            name, short = rng.choice(vocab.REGIONAL_IGFS)
            y = rng.randint(2010, 2025)
            city = rng.choice(vocab.CITIES)[0]
            return (f"{slug(short)}-{y}", f"{name} {y}", "forum", y, city,
                    {"aliases": [f"{short} {y}"], "convened_by": ["igf-secretariat"],
                     "variants": (f"{y} {name}",)})
        if shape == "consultation":
            topic, region, y = rng.choice(vocab.TOPICS), rng.choice(vocab.REGIONS), rng.randint(2004, 2025)
            name = f"Regional consultation on {topic} for {region}, {y}"
            return (f"consultation-{slug(region, 16)}-{y}", name, "consultation", y, rng.choice(vocab.CITIES)[0],
                    {"convened_by": [rng.choice(("escap", "eca", "eclac", "escwa", "ece", "cstd"))],
                     "variants": (f"{y} regional consultation on {topic} for {region}",
                                  f"regional consultation for {region} on {topic} in {y}")})
        if shape == "hlm":
            topic, region = rng.choice(vocab.TOPICS), rng.choice(vocab.REGIONS)
            name = f"High-level meeting on {topic} in {region}"
            return (f"hlm-{slug(topic, 20)}", name, "high-level-meeting", rng.randint(2004, 2025),
                    rng.choice(vocab.CITIES)[0],
                    {"convened_by": [rng.choice(("ga", "ecosoc", "pga"))],
                     "variants": (f"high level meeting on {topic} in {region}",)})
        content = self.content()
        y = rng.randint(2004, 2025)
        name = f"Expert group meeting on {content}"
        return (f"egm-{y}", name, "meeting", y, rng.choice(vocab.CITIES)[0],
                {"convened_by": [rng.choice(("desa", "unctad", "itu", "unesco", "cstd", "escap", "eca"))],
                 "content": content, "variants": (f"{y} expert group meeting on {content}", f"expert meeting on {content}")})

    def mandate(self) -> None:
        rng = self.rng
        doc = rng.choice(self.resolutions)
        by = ["ga"] if doc.symbol.startswith("A/") else ["ecosoc"]
        organ = "General Assembly" if by == ["ga"] else "Economic and Social Council"
        verb = rng.choice(("report", "consult", "review", "support", "theme"))
        fulfilled: str | None = None
        content = ""
        # A third of reports and consultations asked for exist, on the same topic: the question's
        # intent ("which resolution asked" vs "when was it issued") is what tells them apart.
        if verb == "report" and self.reports and rng.random() < 0.35:
            doc_done = rng.choice(self.reports)
            if doc_done.symbol not in self.fulfilled:
                fulfilled, content = doc_done.symbol, doc_done.content
        elif verb == "consult" and rng.random() < 0.35:
            egms = [m for m in self.meetings[-50:] if m.content]
            if egms:
                mtg = rng.choice(egms)
                if mtg.id not in self.fulfilled:
                    fulfilled, content = mtg.id, mtg.content or ""
        if fulfilled:
            self.fulfilled.add(fulfilled)
        else:
            content = self.content()
        if verb == "report":
            to = ["un-sg"]
            name = f"Report on {content}"
            action = (f"submit to the {organ} at its {ordinal_word(rng.randint(60, 80))} session "
                      f"a report on {content}")
        elif verb == "consult":
            to = [rng.choice(("cstd", "desa", "unctad", "itu"))]
            name = f"Expert consultation on {content}"
            action = f"convene an open-ended expert consultation on {content}"
        elif verb == "review":
            to = [rng.choice(("cstd", "ungis", "desa"))]
            name = f"Review of {content}"
            action = f"undertake a review of progress made in {content} and report on its findings"
        elif verb == "support":
            to = rng.sample(["itu", "unesco", "undp", "unctad", "fao", "who", "ilo", "upu", "wipo"], 2)
            name = f"Support for {content}"
            action = f"continue to support {content}, within existing resources"
        else:
            to = ["cstd"]
            name = f"Priority theme on {content}"
            action = f"select {content} as a priority theme for its next intersessional period"
        mandate_id = self.unique_id(f"{verb}-{slug(content, 30)}")
        rec: list[tuple[str, Value]] = [("id", mandate_id), ("name", name), ("by", by), ("to", to),
                                        ("action", action), ("document", doc.symbol)]
        r = rng.random()
        paragraph = None
        if r < 0.85:
            p = rng.randint(1, 45)
            paragraph = str(p) if r < 0.8 else f"{p}-{p + 1}"
            rec.append(("paragraph", paragraph))
        if fulfilled:
            rec.append(("fulfilled_by", [fulfilled]))
        elif rng.random() < 0.2:
            target = rng.choice(self.meetings).id if self.meetings and rng.random() < 0.5 else self.any_doc().symbol
            rec.append(("fulfilled_by", [target]))
        if rng.random() < 0.5:
            rec.append(("date", IsoDate(_iso_of(doc.date_text))))
        src: dict[str, str] = {"symbol": doc.symbol}
        if paragraph:
            src["paragraph"] = paragraph
        rec.append(("sources", [src]))
        self.out["mandates"].append(rec)
        self.mandates.append(_Mandate(mandate_id, verb, content, doc.symbol, self.body_names[to[0]]))

    def qa(self) -> None:
        rng = self.rng
        content = self.content()
        doc = self.any_doc()
        template = rng.choice(("role", "action-line", "target", "frequency"))
        if template == "role":
            body = rng.choice(("itu", "unesco", "undp", "unctad", "cstd", "desa", "escap", "eca", "eclac"))
            who = self.body_abbr[body] or self.body_names[body]
            question = f"What is the role of {who} in {content}?"
            paraphrases = [f"What does {who} do about {content}?", f"How is {who} involved in {content}?"]
            answer = (f"{self.body_names[body]} supports {content} through its programmes and reports on it "
                      f"to the Economic and Social Council, as requested in {doc.symbol}.")
            expect = doc.symbol
        elif template == "action-line":
            code, line, facilitator = rng.choice(vocab.ACTION_LINES)
            who = code
            question = f"Which WSIS action line covers {content}?"
            paraphrases = [f"Under which action line does {content} fall?"]
            answer = (f"Action line {code} ({line}) of the Geneva Plan of Action covers {content}; "
                      f"{self.body_names[facilitator]} facilitates it.")
            expect = f"Action line {code}"
        elif template == "target":
            pct, year = rng.choice((25, 40, 50, 60, 75, 90, 100)), rng.randint(2020, 2035)
            who = ""
            question = f"Is there an agreed target for {content}?"
            paraphrases = [f"Has the UN set a target for {content}?"]
            answer = f"Yes. {doc.symbol} sets a target of {pct} per cent for {content} by {year}."
            expect = f"{pct} per cent"
        else:
            every = rng.choice(("two", "three", "four", "five"))
            who = ""
            question = f"How often is progress on {content} reviewed?"
            paraphrases = [f"How frequently does the CSTD look at {content}?"]
            answer = (f"Every {every} years: the Commission on Science and Technology for Development reviews "
                      f"progress on {content} and reports to ECOSOC ({doc.symbol}).")
            expect = f"Every {every} years"
        qa_id = self.unique_id(f"{template}-{slug(content, 30)}")
        rec: list[tuple[str, Value]] = [("id", qa_id), ("question", question), ("paraphrases", paraphrases),
                                        ("answer", answer), ("sources", [self.source(doc.symbol)])]
        self.out["qa"].append(rec)
        self.qas.append(_QA(qa_id, template, content, who, expect))

    def build(self) -> None:
        self.bodies()
        for _ in range(self.n_docs):
            self.document()
        for _ in range(self.n_meetings):
            self.meeting()
        for _ in range(self.n_mandates):
            self.mandate()
        for _ in range(self.n_qas):
            self.qa()
        first = self.resolutions[0].symbol
        for rec in self.out["bodies"]:
            rec[-1] = ("sources", [{"symbol": first}])

    # questions -------------------------------------------------------------------------------

    def questions(self, total: int) -> list[Question]:
        rng = self.rng
        out_n = round(total * OUT_OF_SCOPE_SHARE)
        makers: list[tuple[float, Callable[[], tuple[str, str, str, str, str] | None]]] = [
            (0.30, self.q_document), (0.30, self.q_meeting), (0.20, self.q_mandate), (0.15, self.q_qa),
            (0.05, self.q_body),
        ]
        available = [(w, f) for w, f in makers if f() is not None]
        seen: set[str] = set()
        items: list[Question] = []
        attempts = 0
        while len(items) < total - out_n and attempts < total * 20:
            attempts += 1
            maker = rng.choices([f for _, f in available], weights=[w for w, _ in available])[0]
            made = maker()
            if made is None or made[0].lower() in seen:
                continue
            text, kind, template, expect_id, expect = made
            seen.add(text.lower())
            items.append(self.finish(len(items), text, "in", kind, template, expect_id, expect))
        attempts = 0
        while len(items) < total and attempts < total * 20:
            attempts += 1
            made_out = self.q_general() if rng.random() < 0.5 else self.q_near_miss()
            if made_out is None or made_out[0].lower() in seen:
                continue
            seen.add(made_out[0].lower())
            items.append(self.finish(len(items), made_out[0], "out", made_out[1], made_out[2], None, None))
        return items

    def finish(self, i: int, text: str, scope: str, kind: str, template: str, expect_id: str | None,
               expect: str | None) -> Question:
        typo = self.rng.random() < TYPO_SHARE
        if typo:
            typed = add_typo(text, self.rng)
            typo = typed != text
            text = typed
        return Question(f"q{i + 1:05d}", text, scope, kind, template, expect_id, expect, typo)

    def q_document(self) -> tuple[str, str, str, str, str] | None:
        if not self.docs:
            return None
        rng, doc = self.rng, self.rng.choice(self.docs)
        form = rng.random()
        if form < 0.33:
            style, sym = rng.choice(doc.style_keys) if rng.random() < 0.3 else ("exact", doc.symbol)
            q = rng.choice((f"What is {sym} about?", f"What does {sym} say?", f"Can you summarise {sym}?",
                            f"what's document {sym} about"))
            return q, "document", f"about-{style}", doc.symbol, doc.symbol
        topic = paraphrase(doc.content, rng)
        if form < 0.75:
            q = rng.choice((f"When was the {doc.kindword} on {topic} {doc.verb}?",
                            f"What is the date of the {doc.kindword} on {topic}?",
                            f"Date of the {doc.kindword} on {topic}?"))
            return q, "document", "when", doc.symbol, doc.date_text
        q = rng.choice((f"What is the symbol of the {doc.kindword} on {topic}?",
                        f"Which document is the {doc.kindword} on {topic}?"))
        return q, "document", "symbol", doc.symbol, doc.symbol

    def q_meeting(self) -> tuple[str, str, str, str, str] | None:
        if not self.meetings:
            return None
        rng, m = self.rng, self.rng.choice(self.meetings)
        name = m.variants[0] if len(m.variants) == 1 or rng.random() < 0.3 else rng.choice(m.variants[1:])
        name = paraphrase(name, rng)
        first = name.split()[0]
        if first in _GENERIC_LEADS or first.lower().split("-")[-1] in _ORDINAL_WORDS:
            name = name[:1].lower() + name[1:]
        form = rng.random()
        if form < 0.1 and m.chair:
            return f"Who chaired the {name}?", "meeting", "chair", m.id, m.chair.split(" (")[0]
        if form < 0.55:
            q = rng.choice((f"When did the {name} take place?", f"When was the {name} held?",
                            f"What were the dates of the {name}?"))
            return q, "meeting", "when", m.id, m.when
        q = rng.choice((f"Where was the {name} held?", f"In which city did the {name} take place?",
                        f"Where did the {name} meet?"))
        return q, "meeting", "where", m.id, m.city

    def q_mandate(self) -> tuple[str, str, str, str, str] | None:
        if not self.mandates:
            return None
        rng, m = self.rng, self.rng.choice(self.mandates)
        topic = paraphrase(m.content, rng)
        asks = {
            "report": (f"which resolution asked for a report on {topic}",
                       f"which resolution requested the Secretary-General to report on {topic}"),
            "consult": (f"which resolution called for an expert consultation on {topic}",
                        f"what mandated the expert consultation on {topic}"),
            "review": (f"which resolution mandated a review of {topic}",
                       f"which resolution asked for progress in {topic} to be reviewed"),
            "support": (f"which resolution asked UN agencies to keep supporting {topic}",
                        f"which resolution calls for continued support to {topic}"),
            "theme": (f"which resolution made {topic} a priority theme",
                      f"which resolution chose {topic} as a CSTD priority theme"),
        }[m.verb]
        if rng.random() < 0.75:
            return _cap(rng.choice(asks)) + "?", "mandate", "which", m.id, m.document
        who = {
            "report": f"Who was asked to report on {topic}?",
            "consult": f"Who was asked to convene an expert consultation on {topic}?",
            "review": f"Who was asked to review progress in {topic}?",
            "support": f"Who was asked to keep supporting {topic}?",
            "theme": f"Who was asked to make {topic} a priority theme?",
        }[m.verb]
        return who, "mandate", "who", m.id, m.to_name

    def q_qa(self) -> tuple[str, str, str, str, str] | None:
        if not self.qas:
            return None
        rng, qa = self.rng, self.rng.choice(self.qas)
        topic = paraphrase(qa.content, rng)
        forms = {
            "role": (f"Can you explain what {qa.who} does regarding {topic}?",
                     f"what part does {qa.who} play in {topic}"),
            "action-line": (f"What action line deals with {topic}?",
                            f"{_cap(topic)} - which WSIS action line is that?"),
            "target": (f"What target was agreed for {topic}?", f"Is there a UN goal on {topic}?"),
            "frequency": (f"How regularly is {topic} reviewed?",
                          f"how often does the Commission review progress on {topic}"),
        }[qa.template]
        return rng.choice(forms), "qa", qa.template, qa.id, qa.expect

    def q_body(self) -> tuple[str, str, str, str, str] | None:
        rng = self.rng
        body_id, name, abbr, _ = rng.choice([b for b in vocab.BODIES if b[2]])
        if rng.random() < 0.5:
            return f"What does {abbr} stand for?", "body", "abbreviation", body_id, name
        return f"Tell me about the {name}", "body", "name", body_id, name

    def q_general(self) -> tuple[str, str, str]:
        rng = self.rng
        q = rng.choice(vocab.GENERAL_QUESTIONS)
        prefix = rng.choice(("", "", "", "hey bot, ", "Quick question: ", "@wsis-bot "))
        return f"{prefix}{q}", "general", "general"

    def q_near_miss(self) -> tuple[str, str, str] | None:
        """About an entity that looks like ours but is not in the knowledge."""
        rng = self.rng
        form = rng.randrange(7)
        if form == 0:
            topic = rng.choice(vocab.ABSENT_TOPICS)
            return f"When was the General Assembly resolution on {topic} adopted?", "near-miss", "absent-topic"
        if form == 1:
            topic, region = rng.choice(vocab.TOPICS), rng.choice(vocab.REGIONS)
            goal = rng.choice(vocab.GOALS)
            text = f"{topic} for {goal} in {region}"
            if text.lower() in self.contents:
                return None
            return f"When was the report of the Secretary-General on {text} issued?", "near-miss", "unused-combination"
        if form == 2:
            n = rng.randint(31, 60)
            return f"When did the {ordinal_digits(n)} session of the CSTD take place?", "near-miss", "unknown-session"
        if form == 3:
            y = rng.choice((2001, 2002, 2003, 2004, 2005, 2020, 2026, 2027, 2028, 2029, 2030))
            return f"Where was the Internet Governance Forum {y} held?", "near-miss", "unknown-igf"
        if form == 4:
            s, n = rng.randint(56, 79), rng.randint(900, 999)
            if f"A/RES/{s}/{n}" in self.symbols:
                return None
            return f"What is A/RES/{s}/{n} about?", "near-miss", "unknown-symbol"
        if form == 5:
            topic = rng.choice(vocab.ABSENT_TOPICS)
            return f"Which resolution asked for a report on {topic}?", "near-miss", "absent-mandate"
        topic = rng.choice(vocab.ABSENT_TOPICS)
        return f"Who chaired the expert group meeting on {topic}?", "near-miss", "absent-meeting"

    def symbol_queries(self, limit: int = 600) -> list[dict[str, Any]]:
        rng = self.rng
        docs = rng.sample(self.docs, min(limit, len(self.docs)))
        out: list[dict[str, Any]] = []
        for doc in docs:
            out.append({"query": doc.symbol, "style": "exact", "expect": doc.symbol})
            styles = [s for s in doc.style_keys if s[0] != "exact"]
            if styles:
                style, query = rng.choice(styles)
                out.append({"query": query, "style": style, "expect": doc.symbol})
        for _ in range(max(10, limit // 10)):
            s, n = rng.randint(56, 79), rng.randint(900, 999)
            if f"A/RES/{s}/{n}" not in self.symbols:
                out.append({"query": f"A/RES/{s}/{n}", "style": "unknown", "expect": None})
        return out


def _iso_of(date_text: str) -> str:
    """'18 May 2012' -> '2012-05-18'; 'May 2025' -> '2025-05'."""
    parts = date_text.split()
    if len(parts) == 3:
        return f"{int(parts[2]):04d}-{MONTHS.index(parts[1]) + 1:02d}-{int(parts[0]):02d}"
    return f"{int(parts[1]):04d}-{MONTHS.index(parts[0]) + 1:02d}"


PARAPHRASE_SHARE = 0.4
"""Chance that each paraphrasable phrase of a question's topic is re-said (vocab.PARAPHRASES)."""


def paraphrase(text: str, rng: random.Random) -> str:
    """Re-say some phrases of a topic the way people ask ('electronic commerce' -> 'e-commerce')."""
    for phrase, options in vocab.PARAPHRASES.items():
        if phrase in text and rng.random() < PARAPHRASE_SHARE:
            text = text.replace(phrase, rng.choice(options), 1)
    return text


_NEIGHBOURS = {
    "a": "qswz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc", "g": "ftyhbv",
    "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop", "m": "njk", "n": "bhjm",
    "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz", "t": "rfgy", "u": "yhji",
    "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx",
}


def add_typo(text: str, rng: random.Random) -> str:
    """One realistic typo in a word of 5+ letters: swapped, dropped, doubled or neighbouring key."""
    tokens = text.split(" ")
    candidates = [i for i, t in enumerate(tokens) if len(t) >= 5 and t.isalpha() and t[1:].islower()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    original = word = tokens[i]
    while word == original:  # swapping "nn" changes nothing: draw again
        pos = rng.randrange(1, len(original) - 1)
        op = rng.randrange(4)
        if op == 0:
            word = original[:pos] + original[pos + 1] + original[pos] + original[pos + 2:]
        elif op == 1:
            word = original[:pos] + original[pos + 1:]
        elif op == 2:
            word = original[:pos] + original[pos] + original[pos:]
        else:
            word = original[:pos] + rng.choice(_NEIGHBOURS.get(original[pos], "x")) + original[pos + 1:]
    tokens[i] = word
    return " ".join(tokens)


FILES = {"bodies": "bodies.yaml", "documents": "documents.yaml", "meetings": "meetings.yaml",
         "mandates": "mandates.yaml", "qa": "qa.yaml"}


def generate(out_dir: Path, records: int, *, seed: int = DEFAULT_SEED, questions: int = 1000) -> GenerateReport:
    """Write `out_dir/knowledge/*.yaml`, `out_dir/questions.jsonl` and `out_dir/symbols.jsonl`."""
    started = time.perf_counter()
    if records < len(vocab.BODIES) + 20:
        raise ValueError(f"records={records} is too small: use at least {len(vocab.BODIES) + 20}")
    gen = _Generator(records, seed)
    gen.build()
    out_dir = Path(out_dir)
    knowledge = out_dir / "knowledge"
    knowledge.mkdir(parents=True, exist_ok=True)
    header = (f"# Generated by bot.bench.generate (seed {seed}, {records} records): synthetic facts for "
              "benchmarking, not real UN data.\n")
    counts: dict[str, int] = {}
    for kind, filename in FILES.items():
        lines: list[str] = []
        for rec in gen.out[kind]:
            _emit(rec, lines)
        counts[kind] = len(gen.out[kind])
        (knowledge / filename).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    qs = gen.questions(questions)
    _write_jsonl(out_dir / "questions.jsonl", (q.to_json() for q in qs))
    sq = gen.symbol_queries()
    _write_jsonl(out_dir / "symbols.jsonl", sq)
    return GenerateReport(out_dir, counts, len(qs), len(sq), time.perf_counter() - started)


def _write_jsonl(path: Path, items: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def read_questions(path: Path) -> list[Question]:
    """questions.jsonl -> Questions."""
    with open(path, encoding="utf-8") as handle:
        return [Question(**json.loads(line)) for line in handle if line.strip()]


def default_cache_dir() -> Path:
    """$WSIS_BENCH_CACHE, else a folder in the system temp directory."""
    return Path(os.environ.get("WSIS_BENCH_CACHE") or Path(tempfile.gettempdir()) / "wsis-bench-cache")


def cached(records: int, *, seed: int = DEFAULT_SEED, questions: int = 1000, cache_dir: Path | None = None) -> Path:
    """A generated folder for (seed, records, questions), generated once and reused afterwards."""
    root = Path(cache_dir) if cache_dir else default_cache_dir()
    target = root / f"v{GENERATOR_VERSION}-seed{seed}-n{records}-q{questions}"
    if (target / "done.json").exists():
        return target
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=root))
    try:
        report = generate(staging, records, seed=seed, questions=questions)
        (staging / "done.json").write_text(json.dumps({"counts": report.counts, "seconds": report.seconds}))
        if target.exists():  # a half-written folder from an interrupted run
            shutil.rmtree(target)
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (knowledge/, questions.jsonl, symbols.jsonl)")
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--questions", type=int, default=1000)
    args = parser.parse_args(argv)
    report = generate(args.out, args.records, seed=args.seed, questions=args.questions)
    print(f"{report.path}: {report.counts}, {report.questions} questions, {report.symbol_queries} symbol "
          f"queries in {report.seconds:.2f} s")


if __name__ == "__main__":
    main()
