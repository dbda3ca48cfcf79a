"""Validated records -> one SQLite file with FTS5, built in a temporary file and swapped in atomically.

The index is the runtime store: the matcher reads it, never the YAML, so the bot starts fast and
its memory stays small as the knowledge grows. Each record becomes one row with the facts needed
to answer (JSON, references already resolved to names and citations) and its normalised text.
A failed build never touches the last good index (temp file -> checks -> fsync -> os.replace).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
import time
from array import array
from collections.abc import Iterator, Sequence
from datetime import date
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from bot.dates import MONTHS, format_date, format_range, to_iso
from bot.errors import IndexBuildError
from bot.intent import detect_intent
from bot.recall import encode_postings
from bot.records import AnyDate, Document, Knowledge, Mandate, Source
from bot.symbols import find_symbols, lookup_key, split_joint
from bot.text import BASE_PHRASES, SYNONYMS, analyse, fold_ordinals, phrase_table, words

SCHEMA_VERSION = "77"
"""Bump when the layout changes: an index of another version is rebuilt, never misread."""


BRIEF_NAME_MARKS = {"~name<=1": 1, "~name<=2": 2, "~name<=4": 4}
"""Pseudo-stems in the names postings: the record has a name of at most N stems. Many records may
share a question's words ("UNGIS" names the body and every UNGIS meeting); like bm25's length
norm, the shortest names are the likeliest meaning, and recall needs that to order its ties."""


@dataclass(frozen=True)
class BuildReport:
    """What a build produced, for the CLI's summary line."""

    path: Path
    records: int
    seconds: float
    bytes: int


def build_index(knowledge: Knowledge, db_path: Path, *, source_mtime: float | None = None) -> BuildReport:
    """Write the index for `knowledge` to `db_path` atomically; raise IndexBuildError on failure."""
    started = time.perf_counter()
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        count = _write(knowledge, tmp, source_mtime)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, db_path)
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, IndexBuildError):
            raise
        raise IndexBuildError(f"could not build the index at {db_path}: {exc}") from exc
    return BuildReport(db_path, count, time.perf_counter() - started, db_path.stat().st_size)


def _write(knowledge: Knowledge, path: Path, source_mtime: float | None) -> int:
    import sqlite_utils  # only a build needs it: imported at the top, it cost every command 60 ms

    conn = sqlite3.connect(path)
    try:
        # Never WAL (never rename a WAL database), and the journal in memory: this temporary file is
        # deleted when a build fails, and a journal file created and removed per batch cost ~0.1 s.
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")  # the file is fsynced once, before the swap
        db = sqlite_utils.Database(conn)
        phrases = _phrases(knowledge)
        postings = _Postings()
        ids: list[str] = []

        def streamed(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
            """Each row is inserted and let go: 100k rows of JSON held at once cost ~250 MB."""
            for row in rows:
                ids.append(row["id"])
                postings.add(len(ids), row)  # a new table numbers its rows 1, 2, ... (checked below)
                yield row

        db.table("records").insert_all(
            streamed(_rows(knowledge, phrase_table(phrases))), pk="id",
            columns={"id": str, "kind": str, "name": str, "data": str, "names_n": str, "text_n": str},
        )
        _check_rowids(conn, ids)
        db.table("records").enable_fts(["names_n", "text_n"], tokenize="unicode61", create_triggers=False)
        db.table("symbols").insert_all(_symbol_rows(knowledge), pk=("key", "record_id"))
        db.table("links").insert_all(_link_rows(knowledge), pk=("key", "record_id"))
        db.table("convenes").insert_all(({"body_id": b, "meeting_id": m.id} for m in knowledge.meetings
                                         for b in dict.fromkeys(m.convened_by)), pk=("body_id", "meeting_id"))
        db.table("vocab").insert_all(postings.vocab_rows(), pk="stem")
        db.table("postings").insert_all(postings.rows(len(ids) + 1), pk="stem")
        db.table("surface").insert_all(({"word": w} for w in sorted(_surface_words(knowledge))), pk="word")
        db.table("meta").insert_all(
            [
                {"key": "schema", "value": SCHEMA_VERSION},
                {"key": "built_at", "value": str(time.time())},
                {"key": "source_mtime", "value": str(source_mtime or 0)},
                {"key": "counts", "value": json.dumps(knowledge.counts())},
                {"key": "phrases", "value": json.dumps(phrases)},
                {"key": "bodies", "value": json.dumps(_body_stems(knowledge))},
                {"key": "records", "value": str(len(ids))},
                {"key": "rowid_limit", "value": str(len(ids) + 1)},
            ],
            pk="key",
        )
        conn.commit()
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")] + [
            str(r) for r in conn.execute("PRAGMA foreign_key_check")
        ]
        if problems != ["ok"]:
            raise IndexBuildError(f"the new index failed its checks: {problems[:5]}")
        conn.execute("PRAGMA optimize")
        return len(ids)
    finally:
        conn.close()


def _check_rowids(conn: sqlite3.Connection, ids: list[str]) -> None:
    """The postings were numbered in insertion order: make sure SQLite numbered the rows the same."""
    for rowid, record_id in conn.execute("SELECT rowid, id FROM records ORDER BY rowid"):
        if not 0 < rowid <= len(ids) or ids[rowid - 1] != record_id:
            raise IndexBuildError(f"record {record_id!r} got rowid {rowid}, not its place in the build; "
                                  "delete the index file and build again")


def _phrases(knowledge: Knowledge) -> list[tuple[str, str]]:
    """Base phrase folds plus each body's full name -> its abbreviation (lower-case)."""
    pairs = [*BASE_PHRASES, *SYNONYMS]
    for body in knowledge.bodies:
        if body.abbreviation:
            abbr = " ".join(words(body.abbreviation))
            if abbr and len(words(body.name)) > 1:
                pairs.append((body.name.lower(), abbr))
    return pairs


def _body_stems(knowledge: Knowledge) -> list[str]:
    """The one-token forms of the bodies (abbreviations, as the phrase folds leave them)."""
    found: set[str] = set()
    for body in knowledge.bodies:
        if body.abbreviation:
            found.update(analyse(body.abbreviation, {}))
    return sorted(found)


def open_index(db_path: Path) -> sqlite3.Connection:
    """A read-only connection usable from Bolt's worker threads (callers serialise access)."""
    uri = f"file:{Path(db_path).resolve()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def index_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """The meta table as a dict (empty when the file is not one of our indexes)."""
    try:
        return {row[0]: row[1] for row in conn.execute("SELECT key, value FROM meta")}
    except sqlite3.DatabaseError:
        return {}


# --- records -> rows ---------------------------------------------------------------------------


class _Resolver:
    """Turns references (symbols, body ids, meeting ids) into names and citations at build time."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.docs: dict[str, Document] = {}
        for doc in knowledge.documents:
            for sym in (doc.symbol, *doc.other_symbols):
                self.docs.setdefault(lookup_key(sym), doc)
        self.bodies = {b.id: b for b in knowledge.bodies}
        self.meetings = {m.id: m for m in knowledge.meetings}
        self._cited: dict[str, frozenset[str]] = {}

    def doc(self, symbol: str) -> Document | None:
        return self.docs.get(lookup_key(symbol))

    def body_name(self, body_id: str) -> str:
        body = self.bodies.get(body_id)
        if body is None:
            return body_id
        name = f"{body.name} ({body.abbreviation})" if body.abbreviation else body.name
        return name if name.lower().startswith("the ") else f"the {name}"  # read in running text

    def doc_ref(self, symbol: str, paragraph: str | None = None) -> dict[str, Any]:
        doc = self.doc(symbol)
        return {
            "symbol": doc.symbol if doc else symbol,
            "title": doc.title if doc else "",
            "url": doc.link if doc else f"https://undocs.org/{symbol}",
            "paragraph": paragraph,
            "date": format_date(doc.date) if doc and doc.date else None,
        }

    def citations(self, sources: tuple[Source, ...]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for src in sources:
            if src.symbol:
                ref = self.doc_ref(src.symbol, src.paragraph)
                ref.pop("date")
                out.append(ref)
            elif src.url:
                host = urlparse(src.url).hostname or src.url
                out.append({"symbol": host.removeprefix("www."), "title": src.note or host, "url": src.url,
                            "paragraph": src.paragraph})
        # UN documents first: every answer leads with a citable symbol.
        out.sort(key=lambda c: not c["url"].startswith("https://undocs.org") and "/" not in c["symbol"])
        return out

    def cited_words(self, sources: tuple[Source, ...], table: dict[tuple[str, ...], str]) -> str:
        """The words naming the documents a record cites: "which paragraphs does the addendum refer
        to?" is about what the records citing the addendum say, though they never name it. (Analysed
        once per document: thousands of records cite the same few.)"""
        naming: set[str] = set()
        for src in sources:
            if not src.symbol:
                continue
            key = lookup_key(src.symbol)
            if key not in self._cited:
                doc = self.doc(src.symbol)
                self._cited[key] = frozenset(analyse(" ".join((doc.title, *doc.aliases)), table)) if doc else frozenset()
            naming |= self._cited[key]
        return " ".join(sorted(naming))

    def ref_name(self, ref: str) -> dict[str, Any]:
        meeting = self.meetings.get(ref)
        if meeting is not None:
            return {"name": meeting.name, "when": _when(meeting.start, meeting.end)}
        return self.doc_ref(ref)


def _when(start: AnyDate | None, end: AnyDate | None) -> str | None:
    return format_range(start, end) if start else None


def _date_words(value: AnyDate | None) -> list[str]:
    """Words a user may type for a date: the year and the month name."""
    if value is None:
        return []
    month = getattr(value, "month", None)
    day = getattr(value, "day", None) if isinstance(value, date) else None
    return [str(value.year)] + ([MONTHS[month - 1]] if month else []) + ([str(day)] if day else [])


def _rows(knowledge: Knowledge, table: dict[tuple[str, ...], str]) -> Iterator[dict[str, Any]]:
    res = _Resolver(knowledge)
    by_document: dict[str, list[Mandate]] = {}
    for m in knowledge.mandates:  # once, not once per document: the build stays linear
        target = res.doc(m.document)
        if target is not None:
            by_document.setdefault(target.symbol, []).append(m)
    for doc in knowledge.documents:
        mandates = [
            {"name": m.name, "action": m.action, "paragraph": m.paragraph, "to": [res.body_name(b) for b in m.to]}
            for m in by_document.get(doc.symbol, [])
        ]
        data: dict[str, Any] = {
            "symbol": doc.symbol, "symbols": [doc.symbol, *doc.other_symbols], "title": doc.title, "doc_kind": doc.kind,
            "bodies": [res.body_name(b) for b in doc.bodies], "session": doc.session,
            "agenda_items": list(doc.agenda_items), "date": format_date(doc.date) if doc.date else None,
            "iso_date": to_iso(doc.date), "url": doc.link, "summary": doc.summary,
            "related": [res.doc_ref(s)["symbol"] for s in doc.related], "mandates": mandates,
        }
        if doc.session:  # its own session names it: "the resolution of the 65th session"
            data["session_n"] = " ".join(analyse(doc.session, table))
        names = [doc.title, *doc.aliases, *doc.other_symbols, doc.symbol]
        extra = [doc.summary, doc.session, *doc.agenda_items, *data["bodies"], *_date_words(doc.date), doc.kind,
                 *(m["action"] for m in mandates)]
        yield _row(doc.symbol, "document", doc.title, names, extra, data, res.citations(doc.sources), table,
                   res.cited_words(doc.sources, table))
    for mtg in knowledge.meetings:
        parent = res.meetings.get(mtg.part_of) if mtg.part_of else None
        data = {
            "when": _when(mtg.start, mtg.end), "one_day": mtg.end is None or mtg.end == mtg.start,
            "start": to_iso(mtg.start), "end": to_iso(mtg.end), "place": mtg.place, "venue": mtg.venue,
            "convened_by": [res.body_name(b) for b in mtg.convened_by], "convened_by_ids": list(mtg.convened_by),
            "chair": mtg.chair,
            "mandated_by": [res.doc_ref(s.symbol or "", s.paragraph) for s in mtg.mandated_by if s.symbol],
            "part_of": parent.name if parent else None, "part_of_id": mtg.part_of if parent else None,
            "outcome_documents": [res.doc_ref(s) for s in mtg.outcome_documents],
            "summary": mtg.summary, "kind": mtg.kind,
        }
        # as compared with a question: "who was the CSTD chair?" is not answered by "the Chair of the CSTD"
        data["roles_n"] = [" ".join(analyse(r, table)) for r in (mtg.chair, *data["convened_by"]) if r]
        extra = [mtg.summary, mtg.place, mtg.venue, mtg.chair, *data["convened_by"], parent.name if parent else None,
                 *_date_words(mtg.start), *_date_words(mtg.end), mtg.kind,
                 *(d["symbol"] for d in data["mandated_by"]), *(d["symbol"] for d in data["outcome_documents"]),
                 *_issuers(res, [s.symbol for s in mtg.mandated_by if s.symbol])]
        yield _row(mtg.id, "meeting", mtg.name, [mtg.name, *mtg.aliases], extra, data, res.citations(mtg.sources), table,
                   res.cited_words(mtg.sources, table))
    for man in knowledge.mandates:
        data = {
            "by": [res.body_name(b) for b in man.by], "to": [res.body_name(b) for b in man.to],
            "action": man.action, "document": {**res.doc_ref(man.document, man.paragraph), "doc_kind": _kind_of(res, man.document)},
            "paragraph": man.paragraph, "date": format_date(man.date) if man.date else None,
            "fulfilled_by": [res.ref_name(r) for r in man.fulfilled_by], "summary": man.summary,
        }
        document = res.doc(man.document)  # "the WSIS+10 resolution asked for ...": its document as users name it
        own = [man.action, *data["by"], *data["to"], data["document"]["symbol"], data["document"]["title"],
               *(document.aliases if document else ()), *_date_words(man.date), *_single_outcome(data["fulfilled_by"])]
        # what was asked, without the summary of what followed: "which resolution ...?" is answered
        # by the mandate's document only when the question is about what that document asked
        data["asked_n"] = " ".join(analyse(" ".join(t for t in own if t), table))
        extra = [man.summary, *own]
        yield _row(man.id, "mandate", man.name, [man.name, *man.aliases], extra, data, res.citations(man.sources), table,
                   res.cited_words(man.sources, table))
    for body in knowledge.bodies:
        data = {"name": body.name, "abbreviation": body.abbreviation, "summary": body.summary,
                "parent": res.body_name(body.parent) if body.parent else None, "parent_id": body.parent}
        names = [body.name, *body.aliases] + ([body.abbreviation] if body.abbreviation else [])
        yield _row(body.id, "body", body.name, names, [body.summary, data["parent"]], data,
                   res.citations(body.sources), table,
                   res.cited_words(body.sources, table))
    for qa in knowledge.qas:
        data = {"question": qa.question, "answer": qa.answer, "intent": detect_intent(qa.question)[0],
                "gap": qa.gap}
        yield _row(qa.id, "qa", qa.question, [qa.question, *qa.paraphrases], [qa.answer], data,
                   res.citations(qa.sources), table,
                   res.cited_words(qa.sources, table))


def _issuers(res: _Resolver, symbols: list[str]) -> list[str]:
    """Who issued these documents: a meeting mandated by a GA resolution was asked for by the GA."""
    docs = [res.doc(s) for s in symbols]
    return list(dict.fromkeys(res.body_name(b) for d in docs if d for b in d.bodies))


def _kind_of(res: _Resolver, symbol: str) -> str | None:
    doc = res.doc(symbol)
    return doc.kind if doc else None


def _single_outcome(fulfilled_by: list[dict[str, Any]]) -> list[str]:
    """The name of what a mandate led to when that is one meeting: "by when was the first IGF to be
    convened?" asks about the mandate in the words of its outcome. A series (four WGEC meetings)
    would lend the mandate every ordinal of it ("the third meeting of the second WGEC")."""
    names = [f["name"] for f in fulfilled_by if f.get("name")]
    return names if len(fulfilled_by) == 1 else []


def _row(record_id: str, kind: str, name: str, names: Sequence[str | None], extra: Sequence[str | None],
         data: dict[str, Any], citations: list[dict[str, Any]], table: dict[tuple[str, ...], str],
         cited: str = "") -> dict[str, Any]:
    if not citations:
        raise IndexBuildError(f"{kind} {record_id!r} has no citation; every answer must cite a source")
    clean_names = list(dict.fromkeys(n for n in names if n))
    norm_names = [" ".join(analyse(n, table)) for n in clean_names]
    data = {**data, "id": record_id, "kind": kind, "name": name, "names": clean_names, "names_n": norm_names,
            "citations": citations, "cited_n": cited}
    text = " ".join(analyse(" ".join(t for t in extra if t), table))
    return {"id": record_id, "kind": kind, "name": name, "data": json.dumps(data, ensure_ascii=False),
            "names_n": "\n".join(norm_names), "text_n": text}


def _symbol_rows(knowledge: Knowledge) -> Iterator[dict[str, Any]]:
    seen: set[tuple[str, str]] = set()
    for doc in knowledge.documents:
        for sym in (doc.symbol, *doc.other_symbols):
            for part in dict.fromkeys([sym, *split_joint(sym)]):
                key = (lookup_key(part), doc.symbol)
                if key not in seen:
                    seen.add(key)
                    yield {"key": key[0], "record_id": doc.symbol, "symbol": part, "exact": int(part == sym)}


_AND_ITS_ADDENDUM = re.compile(r"(?P<symbol>\b[A-Z][\w./()-]*/[\w./()-]+) and its Addendum (?P<n>\d+)\b")


def _addenda_named(text: str) -> list[str]:
    """'A/67/66-E/2012/49 and its Addendum 1' names A/67/66/Add.1-E/2012/49/Add.1 too (each part of a
    joint symbol takes the /Add.N)."""
    out = []
    for match in _AND_ITS_ADDENDUM.finditer(text):
        parts = match["symbol"].rstrip(".,;").split("-")
        if all("/" in p and p[:1].isalpha() for p in parts):
            out.append("-".join(f"{p}/Add.{match['n']}" for p in parts))
    return out


def _link_rows(knowledge: Knowledge) -> Iterator[dict[str, str]]:
    """Which meetings, mandates and curated answers name a document: a question about a symbol may be about them."""
    seen: set[tuple[str, str]] = set()
    pairs = [(m.id, s.symbol) for m in knowledge.meetings for s in m.mandated_by if s.symbol]
    pairs += [(m.id, sym) for m in knowledge.meetings for sym in m.outcome_documents]
    pairs += [(m.id, m.document) for m in knowledge.mandates]
    pairs += [(q.id, s.symbol) for q in knowledge.qas for s in q.sources if s.symbol]
    # a meeting whose summary names a document ("UNCTAD introduced ... A/67/66-E/2012/49 and its Addendum 1")
    pairs += [(m.id, sym) for m in knowledge.meetings for sym in [*find_symbols(m.summary or ""), *_addenda_named(m.summary or "")]]
    # a curated question asked of a document ("Which Tunis Agenda paragraphs does 66/184 cite ...?"); not
    # one its answer only mentions ("prepared in response to the request in resolution 66/184")
    pairs += [(q.id, sym) for q in knowledge.qas for sym in find_symbols(" ".join([q.question, *q.paraphrases]))]
    for record_id, symbol in pairs:
        key = (lookup_key(symbol), record_id)
        if key not in seen:
            seen.add(key)
            yield {"key": key[0], "record_id": record_id}


class _Postings:
    """Per stem, the rowids of the records that use it anywhere and in a name (see bot.recall),
    collected while the rows stream into SQLite. Arrays of 32-bit ints: 4 bytes an entry, where a
    list of Python ints took 36 (about 200 MB at 100k records)."""

    def __init__(self) -> None:
        self.anywhere: dict[str, array[int]] = {}
        self.in_names: dict[str, array[int]] = {}

    def add(self, rowid: int, row: dict[str, Any]) -> None:
        names = set(row["names_n"].split())
        for stem_ in names | set(row["text_n"].split()):
            self._list(self.anywhere, stem_).append(rowid)
        for stem_ in names:
            self._list(self.in_names, stem_).append(rowid)
        shortest = min((len(name.split()) for name in row["names_n"].split("\n") if name.split()), default=0)
        for mark, most in BRIEF_NAME_MARKS.items():
            if 0 < shortest <= most:
                self._list(self.in_names, mark).append(rowid)

    @staticmethod
    def _list(table: dict[str, array[int]], stem_: str) -> array[int]:
        if (found := table.get(stem_)) is None:
            found = table[stem_] = array("I")
        return found

    def vocab_rows(self) -> Iterator[dict[str, Any]]:
        """Document frequencies: how many records use each stem (names or text)."""
        for stem_ in sorted(self.anywhere):
            yield {"stem": stem_, "df": len(self.anywhere[stem_])}

    def rows(self, size: int) -> Iterator[dict[str, Any]]:
        empty: array[int] = array("I")
        for stem_ in sorted(self.anywhere.keys() | self.in_names.keys()):
            yield {"stem": stem_, "anywhere": encode_postings(self.anywhere.get(stem_, empty), size),
                   "names": encode_postings(self.in_names.get(stem_, empty), size)}


def _surface_words(knowledge: Knowledge) -> set[str]:
    """Every word of the knowledge as written (before stemming): the spelling checker's dictionary."""
    found: set[str] = set()  # every word first, filtered once at the end: each distinct word is tested once

    def add(*texts: str | None) -> None:
        for t in texts:
            if t:
                found.update(fold_ordinals(words(t)))

    for d in knowledge.documents:
        add(d.title, d.summary, d.session, *d.aliases, *d.agenda_items)
    for m in knowledge.meetings:
        add(m.name, m.summary, m.place, m.venue, m.chair, *m.aliases)
    for a in knowledge.mandates:
        add(a.name, a.action, a.summary, *a.aliases)
    for b in knowledge.bodies:
        add(b.name, b.abbreviation, b.summary, *b.aliases)
    for q in knowledge.qas:
        add(q.question, q.answer, *q.paraphrases)
    for phrase, _ in (*BASE_PHRASES, *SYNONYMS):
        add(phrase)
    return {w for w in found if len(w) > 2 and not w.isdigit()}
