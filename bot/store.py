"""Read access to a built index: what the matcher needs, loaded once, queried per question.

Small, hot tables (vocabulary, phrase folds, symbol keys, postings bitsets) are held in memory so
that a question costs a bitset recall and one row fetch; the records themselves stay in SQLite. Thread-safe: one
read-only connection guarded by a lock (Bolt answers from several worker threads).
"""

from __future__ import annotations

import json
import math
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bot.index import SCHEMA_VERSION, index_meta, open_index
from bot.recall import DENSE, WeightedSum, decode_postings
from bot.symbols import symbol_parts, tail_parts
from bot.text import implied_stems, phrase_table

MAX_TAIL_PARTS = 3
"""The longest symbol ending looked up alone ("DOC/9/Rev.1"); longer ones are typed whole."""

SPARSE_CACHE_BYTES = 32 * 2**20
"""Memory for decoded rare-stem bitsets: each is one bit per record, so at 100k records about
2,500 stems stay decoded; a question's stems are decoded again (in microseconds) after a reset."""


class Store:
    """An open index: bitset recall, records by id, symbols by lookup key, vocabulary statistics."""

    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path)
        self._conn = open_index(self.path)
        self._lock = threading.Lock()
        self.meta = index_meta(self._conn)
        if self.meta.get("schema") != SCHEMA_VERSION:
            self._conn.close()
            found = self.meta.get("schema", "none: not a wsis-bot index")
            raise sqlite3.DatabaseError(f"{db_path} has index schema {found}; this version reads {SCHEMA_VERSION}")
        self.counts: dict[str, int] = json.loads(self.meta.get("counts", "{}"))
        self.phrases = phrase_table(tuple(p) for p in json.loads(self.meta.get("phrases", "[]")))
        self.implied = implied_stems(self.phrases)
        self.bodies = frozenset(json.loads(self.meta.get("bodies", "[]")))
        # what a question can be about by name: bodies, and what abbreviations stand for (WGEC, EC);
        # "UN" and "annual" are said of nearly everything
        self.subjects = (self.bodies | self.implied.keys()) - {"un", "annual"}
        self.total = max(1, int(self.meta.get("records", "1")))
        self.df: dict[str, int] = dict(self._conn.execute("SELECT stem, df FROM vocab").fetchall())
        self.surface: list[str] = [r[0] for r in self._conn.execute("SELECT word FROM surface")]
        self.surface_set = frozenset(self.surface)
        self._by_len: dict[int, list[str]] = {}
        for word in self.surface:
            self._by_len.setdefault(len(word), []).append(word)
        self.rowid_limit = int(self.meta.get("rowid_limit", "1"))
        self._dense: dict[tuple[str, str], int] = {}
        self._sparse: dict[tuple[str, str], bytes] = {}
        for stem_, anywhere, in_names in self._conn.execute("SELECT stem, anywhere, names FROM postings"):
            for column, blob in (("anywhere", anywhere), ("names", in_names)):
                if blob[:1] == DENSE:
                    self._dense[stem_, column] = decode_postings(blob, self.rowid_limit)
                elif len(blob) > 1:
                    self._sparse[stem_, column] = blob
        self._decoded: dict[tuple[str, str], int] = {}
        self._decoded_cap = max(256, SPARSE_CACHE_BYTES // (self.rowid_limit // 8 + 1))
        self.symbol_keys: dict[str, list[str]] = {}
        self.symbol_display: dict[str, str] = {}
        self._endings: dict[str, str | None] | None = None
        self._starts: set[str] | None = None
        for key, record_id, symbol in self._conn.execute("SELECT key, record_id, symbol FROM symbols"):
            self.symbol_keys.setdefault(key, []).append(record_id)
            self.symbol_display.setdefault(key, symbol)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def symbol_ending(self, key: str) -> str | None:
        """The one known symbol (as displayed) that the lookup key `key` is the end of ("CRP2", "DOC/9/REV1"),
        or None when none or several end so, or when it is only what ends many ("ADD1"). The table of
        endings is made on first use, as few questions need it, and holds one string an ending (None
        where several share it)."""
        tail = tail_parts(key)
        if self._endings is None:
            endings: dict[str, str | None] = {}
            for key, display in self.symbol_display.items():
                parts = symbol_parts(key)
                for n in range(1, min(len(parts), MAX_TAIL_PARTS) + 1):
                    ending = "/".join(parts[-n:])
                    endings[ending] = display if endings.get(ending, display) == display else None
            self._endings = endings
        return self._endings.get("/".join(tail)) if 0 < len(tail) <= MAX_TAIL_PARTS else None

    def is_series(self, key: str) -> bool:
        """Is `key` the start of known symbols ("E/CN16/2012" of "E/CN16/2012/CRP2"): a series, not a
        document the knowledge lacks? The table of starts is made on first use."""
        if self._starts is None:
            starts: set[str] = set()
            for known in self.symbol_display:
                parts = symbol_parts(known)
                starts.update("/".join(parts[:n]) for n in range(2, len(parts)))
            self._starts = starts
        return "/".join(symbol_parts(key)) in self._starts

    def idf(self, stem: str) -> float:
        """Inverse document frequency, 1.0 for a stem in every record, larger for rarer ones."""
        df = self.df.get(stem)
        if df is None:
            return 0.0
        return 1.0 + math.log(self.total / df)

    def words_of_length(self, lengths: Iterable[int]) -> list[str]:
        """Surface words with one of these lengths (the spelling checker's candidates)."""
        out: list[str] = []
        for n in lengths:
            out.extend(self._by_len.get(n, ()))
        return out

    def postings(self, stem_: str, column: str = "anywhere") -> int:
        """Bitset of the rowids of the records using this stem ("anywhere", or "names" only)."""
        key = (stem_, column)
        bits = self._dense.get(key)
        if bits is not None:
            return bits
        bits = self._decoded.get(key)
        if bits is None:
            blob = self._sparse.get(key)
            bits = decode_postings(blob, self.rowid_limit) if blob else 0
            if len(self._decoded) >= self._decoded_cap:
                self._decoded.clear()
            self._decoded[key] = bits
        return bits

    def recall(self, weighted: Iterable[tuple[str, str, int]], limit: int, floor: int = 1) -> list[tuple[int, int]]:
        """The rowids with the highest total weight (at least `floor`) over (stem, column, weight)
        triples, best first, as (rowid, total); exact (see bot.recall)."""
        total = WeightedSum((self.postings(stem_, column), weight) for stem_, column, weight in weighted)
        return total.top(limit, floor)

    def search(self, stems: Sequence[str], limit: int) -> list[tuple[str, float]]:
        """Full-text search for maintainers (`wsis-bot search`): record ids whose text has any of
        these stems, best bm25 first, names weighing 4x. Not the answer path: bm25 ranks every row
        that matches, which is fine for a person searching but grows with the corpus (bot.recall)."""
        terms = [s for s in dict.fromkeys(stems) if s in self.df]
        if not terms:
            return []
        query = " OR ".join(f'"{t}"' for t in terms)  # quoted: never parsed as FTS5 syntax
        sql = (
            "SELECT records.id, bm25(records_fts, 4.0, 1.0) AS rank FROM records_fts "
            "JOIN records ON records.rowid = records_fts.rowid "
            "WHERE records_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        with self._lock:
            return [(row[0], row[1]) for row in self._conn.execute(sql, (query, limit))]

    def records(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The stored record data for these ids (missing ids are left out)."""
        return self._records_where("id", ids)

    def records_at(self, rowids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """The stored record data at these rowids, as recall gives them (missing ones are left out)."""
        return self._records_where("rowid", rowids)

    def _records_where(self, column: str, keys: Sequence[Any]) -> dict[Any, dict[str, Any]]:
        if not keys:
            return {}
        marks = ",".join("?" for _ in keys)
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {column}, data, text_n FROM records WHERE {column} IN ({marks})", list(keys)
            ).fetchall()
        return {row[0]: {**json.loads(row[1]), "_text": row[2]} for row in rows}

    def records_of_kind(self, kind: str, limit: int) -> list[dict[str, Any]]:
        """A few records of a kind, in id order (example questions)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT data FROM records WHERE kind = ? ORDER BY id LIMIT ?", (kind, limit)
            ).fetchall()
        return [json.loads(r[0]) for r in rows]

    def linked_to(self, key: str) -> list[str]:
        """Ids of meetings and mandates that name the document with this symbol key."""
        with self._lock:
            rows = self._conn.execute("SELECT record_id FROM links WHERE key = ? ORDER BY record_id", (key,)).fetchall()
        return [r[0] for r in rows]

    def meetings_convened_by(self, body_id: str) -> list[str]:
        """Ids of the meetings a body convened (a working group's meetings, a commission's sessions)."""
        with self._lock:
            rows = self._conn.execute("SELECT meeting_id FROM convenes WHERE body_id = ? ORDER BY meeting_id",
                                      (body_id,)).fetchall()
        return [r[0] for r in rows]


def open_store(db_path: Path) -> Store:
    """Open an index for reading; raises sqlite3.DatabaseError when the file is not one."""
    store = Store(db_path)
    if not store.meta:
        store.close()
        raise sqlite3.DatabaseError(f"{db_path} is not a wsis-bot index")
    return store
