"""Two naive matchers to measure the bot against, on the same knowledge and questions.

A benchmark figure means little alone: "12 ms, 91%" is good or bad only next to what the obvious
approach gives. Both baselines index the same strings (every question, paraphrase, name, alias,
abbreviation, title and symbol of every record; each string maps to its record id):

(a) `FuzzBaseline`: rapidfuzz WRatio with `utils.default_process` over every string, no index.
    Answers with `process.extractOne`; **abstains when the best score is below 80**. Its ranking
    (for MRR) is `process.extract` deduplicated by record id.
(b) `FtsBaseline`: SQLite FTS5 over the same strings in its own file, queried with an OR of the
    question's quoted content words (stop words removed), ranked by `bm25()` alone, no re-rank.
    **Abstains only when nothing matches** (no content word, or no row has any of them).

Both read the YAML directly (no validation): they stand for "what you get without the bot".
`record_texts` gives, for judging a baseline on the labelled set, everything a record could say.

    python -m bot.bench.baselines --cold fuzz --knowledge DIR "question"   (cold start, for timing)
    python -m bot.bench.baselines --cold fts --db FILE "question"
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process, utils

from bot.dates import format_date, format_range, parse_iso

FUZZ_ABSTAIN_BELOW = 80.0
"""Baseline (a) abstains under this WRatio score (0-100)."""

FILES = {"documents": "documents.yaml", "meetings": "meetings.yaml", "mandates": "mandates.yaml",
         "bodies": "bodies.yaml", "qa": "qa.yaml"}

_STOP_TEXT = """
a an the of in on at to for by and or but with from as into about is was were are be been being do does did
has have had can could would should will shall may might must i me my we our you your he she they them
their it its this that these those there here what whats when where who whom whose which why how
please tell know give show find explain describe list say said ask take took taken place held hold
happen happened s t not no yes any some all
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
"""Function and question words: what a quick FTS setup would drop (no domain tuning)."""

_WORD = re.compile(r"\w+", re.UNICODE)
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Ranked:
    """A baseline's answer: record ids best first, the best score, and whether it abstains."""

    ids: tuple[str, ...]
    score: float
    abstain: bool

    @property
    def top(self) -> str | None:
        return None if self.abstain or not self.ids else self.ids[0]


@dataclass(frozen=True)
class RawRecord:
    """A record as the YAML gives it, reduced to what the baselines need."""

    id: str
    kind: str
    strings: tuple[str, ...]  # what is matched
    text: str  # everything the record could say, for judging an answer built from it
    cites: tuple[str, ...]  # symbols an answer from it would cite


def load_raw(knowledge_dir: Path) -> list[RawRecord]:
    """Every record of a knowledge folder, read with PyYAML's C loader, without validation."""
    data: dict[str, list[dict[str, Any]]] = {}
    for kind, filename in FILES.items():
        path = Path(knowledge_dir) / filename
        loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) if path.exists() else None
        data[kind] = [r for r in (loaded or []) if isinstance(r, dict)]
    names = {str(b.get("id")): _body_label(b) for b in data["bodies"]}
    titles = {str(d.get("symbol")): str(d.get("title", "")) for d in data["documents"]}
    meeting_names = {str(m.get("id")): str(m.get("name", "")) for m in data["meetings"]}
    out: list[RawRecord] = []
    for d in data["documents"]:
        symbol = str(d.get("symbol", ""))
        strings = [d.get("title"), *_list(d.get("aliases")), symbol, *_list(d.get("other_symbols"))]
        text = [symbol, *_list(d.get("other_symbols")), d.get("title"), d.get("kind"), _date(d.get("date")),
                d.get("session"), *_list(d.get("agenda_items")), d.get("summary"),
                *(names.get(b, b) for b in _list(d.get("bodies"))), *_list(d.get("related"))]
        out.append(_raw(symbol, "document", strings, text, [symbol, *_sources(d)]))
    for m in data["meetings"]:
        when = _range(m.get("start"), m.get("end"))
        strings = [m.get("name"), *_list(m.get("aliases"))]
        mandated = [s.get("symbol") if isinstance(s, dict) else s for s in m.get("mandated_by") or []]
        text = [m.get("name"), when, m.get("place"), m.get("venue"), m.get("chair"), m.get("summary"),
                *(names.get(b, b) for b in _list(m.get("convened_by"))), *_list(m.get("outcome_documents")),
                *(titles.get(s, "") for s in _list(m.get("outcome_documents"))), *mandated,
                meeting_names.get(str(m.get("part_of")), "")]
        out.append(_raw(m.get("id"), "meeting", strings, text, _sources(m)))
    for a in data["mandates"]:
        strings = [a.get("name"), *_list(a.get("aliases"))]
        text = [a.get("name"), a.get("action"), a.get("document"), titles.get(str(a.get("document")), ""),
                f"paragraph {a['paragraph']}" if a.get("paragraph") else None, _date(a.get("date")),
                *(names.get(b, b) for b in _list(a.get("by")) + _list(a.get("to"))), a.get("summary"),
                *(meeting_names.get(f, f) for f in _list(a.get("fulfilled_by")))]
        out.append(_raw(a.get("id"), "mandate", strings, text, [str(a.get("document")), *_sources(a)]))
    for b in data["bodies"]:
        strings = [b.get("name"), b.get("abbreviation"), *_list(b.get("aliases"))]
        text = [b.get("name"), b.get("abbreviation"), b.get("summary"), names.get(str(b.get("parent")), "")]
        out.append(_raw(b.get("id"), "body", strings, text, _sources(b)))
    for q in data["qa"]:
        strings = [q.get("question"), *_list(q.get("paraphrases"))]
        out.append(_raw(q.get("id"), "qa", strings, [q.get("question"), q.get("answer")], _sources(q)))
    return out


def _raw(record_id: Any, kind: str, strings: Iterable[Any], text: Iterable[Any], cites: Iterable[Any]) -> RawRecord:
    clean = tuple(dict.fromkeys(str(s) for s in strings if s))
    return RawRecord(str(record_id), kind, clean, "\n".join(str(t) for t in text if t),
                     tuple(dict.fromkeys(str(c) for c in cites if c)))


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def _sources(record: dict[str, Any]) -> list[str]:
    out = []
    for src in record.get("sources") or []:
        if isinstance(src, dict):
            out.append(str(src.get("symbol") or src.get("url") or ""))
        else:
            out.append(str(src))
    return out


def _body_label(body: dict[str, Any]) -> str:
    name, abbr = str(body.get("name", "")), body.get("abbreviation")
    return f"{name} ({abbr})" if abbr else name


def _as_date(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return parse_iso(str(value))
    except ValueError:
        return None


def _date(value: Any) -> str | None:
    parsed = _as_date(value)
    return format_date(parsed) if parsed is not None else None


def _range(start: Any, end: Any) -> str | None:
    s, e = _as_date(start), _as_date(end)
    return format_range(s, e) if s is not None else None


def entries(records: Sequence[RawRecord]) -> tuple[list[str], list[str]]:
    """(strings, record ids), parallel lists: the choices both baselines index."""
    texts: list[str] = []
    ids: list[str] = []
    for rec in records:
        for s in rec.strings:
            texts.append(s)
            ids.append(rec.id)
    return texts, ids


def _dedupe(ids: Iterable[str], limit: int) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for i in ids:
        out.setdefault(i, None)
        if len(out) >= limit:
            break
    return tuple(out)


class FuzzBaseline:
    """(a) rapidfuzz WRatio over every string, no index; abstains below FUZZ_ABSTAIN_BELOW."""

    name = "fuzz"

    def __init__(self, texts: Sequence[str], ids: Sequence[str]) -> None:
        # default_process once per choice, as extractOne(processor=default_process) would per call.
        self.choices = [utils.default_process(t) for t in texts]
        self.ids = list(ids)

    def answer(self, question: str) -> Ranked:
        """extractOne: the baseline's answer (top-1 and the abstain decision)."""
        best = process.extractOne(utils.default_process(question), self.choices, scorer=fuzz.WRatio,
                                  processor=None)
        if best is None:
            return Ranked((), 0.0, True)
        return Ranked((self.ids[best[2]],), float(best[1]), float(best[1]) < FUZZ_ABSTAIN_BELOW)

    def rank(self, question: str, limit: int = 10) -> Ranked:
        """extract: record ids best first (for MRR); the first is extractOne's answer."""
        hits = process.extract(utils.default_process(question), self.choices, scorer=fuzz.WRatio,
                               processor=None, limit=limit * 8)
        if not hits:
            return Ranked((), 0.0, True)
        score = float(hits[0][1])
        return Ranked(_dedupe((self.ids[h[2]] for h in hits), limit), score, score < FUZZ_ABSTAIN_BELOW)


def content_words(question: str) -> list[str]:
    """Lower-case words of a question minus stop words, in order, once each."""
    return list(dict.fromkeys(w for w in _WORD.findall(question.lower()) if w not in STOP_WORDS and w != "_"))


class FtsBaseline:
    """(b) SQLite FTS5 + bm25 over the same strings; abstains only when nothing matches."""

    name = "fts"

    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path)
        self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)

    @classmethod
    def build(cls, texts: Sequence[str], ids: Sequence[str], db_path: Path) -> FtsBaseline:
        """Write the FTS5 table to db_path (replacing it) and open it."""
        db_path = Path(db_path)
        db_path.unlink(missing_ok=True)
        conn = sqlite3.connect(db_path)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("CREATE VIRTUAL TABLE entries USING fts5(text, record_id UNINDEXED, tokenize='unicode61')")
        conn.executemany("INSERT INTO entries (text, record_id) VALUES (?, ?)", zip(texts, ids))
        conn.commit()
        conn.close()
        return cls(db_path)

    def rank(self, question: str, limit: int = 10) -> Ranked:
        words = content_words(question)
        if not words:
            return Ranked((), 0.0, True)
        query = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = self.conn.execute(
            "SELECT record_id, bm25(entries) FROM entries WHERE entries MATCH ? ORDER BY bm25(entries) LIMIT ?",
            (query, limit * 8),
        ).fetchall()
        if not rows:
            return Ranked((), 0.0, True)
        return Ranked(_dedupe((r[0] for r in rows), limit), float(rows[0][1]), False)

    answer = rank

    def close(self) -> None:
        self.conn.close()


def main(argv: Sequence[str] | None = None) -> None:
    """Cold start of a baseline: load what it needs, answer one question, print JSON."""
    parser = argparse.ArgumentParser(prog="python -m bot.bench.baselines")
    parser.add_argument("--cold", choices=("fuzz", "fts"), required=True)
    parser.add_argument("--knowledge", type=Path)
    parser.add_argument("--db", type=Path)
    parser.add_argument("question")
    args = parser.parse_args(argv)
    if args.cold == "fuzz":
        if args.knowledge is None:
            parser.error("--cold fuzz needs --knowledge DIR")
        texts, ids = entries(load_raw(args.knowledge))
        result = FuzzBaseline(texts, ids).answer(args.question)
    else:
        if args.db is None:
            parser.error("--cold fts needs --db FILE")
        result = FtsBaseline(args.db).rank(args.question)
    print(json.dumps({"top": result.top, "score": result.score, "abstain": result.abstain}))


if __name__ == "__main__":
    main()
