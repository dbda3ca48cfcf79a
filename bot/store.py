"""Read access to a built index: what the matcher needs, loaded once, queried per question.

Small, hot tables (vocabulary, phrase folds, symbol keys) are held in memory so that a question
costs one FTS query and one row fetch; the records themselves stay in SQLite. Thread-safe: one
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

from bot.index import index_meta, open_index
from bot.text import phrase_table


class Store:
    """An open index: FTS recall, records by id, symbols by lookup key, vocabulary statistics."""

    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path)
        self._conn = open_index(self.path)
        self._lock = threading.Lock()
        self.meta = index_meta(self._conn)
        self.counts: dict[str, int] = json.loads(self.meta.get("counts", "{}"))
        self.phrases = phrase_table(tuple(p) for p in json.loads(self.meta.get("phrases", "[]")))
        self.total = max(1, int(self.meta.get("records", "1")))
        self.df: dict[str, int] = dict(self._conn.execute("SELECT stem, df FROM vocab").fetchall())
        self.surface: list[str] = [r[0] for r in self._conn.execute("SELECT word FROM surface")]
        self.surface_set = frozenset(self.surface)
        self._by_len: dict[int, list[str]] = {}
        for word in self.surface:
            self._by_len.setdefault(len(word), []).append(word)
        self.symbol_keys: dict[str, list[str]] = {}
        self.symbol_display: dict[str, str] = {}
        for key, record_id, symbol in self._conn.execute("SELECT key, record_id, symbol FROM symbols"):
            self.symbol_keys.setdefault(key, []).append(record_id)
            self.symbol_display.setdefault(key, symbol)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

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

    def search(self, stems: Sequence[str], limit: int) -> list[tuple[str, float]]:
        """Record ids whose text has any of these stems, best bm25 first (names weigh 4x the text)."""
        terms = [s for s in dict.fromkeys(stems) if s in self.df]
        if not terms:
            return []
        # Very common stems cost time and add nothing to ranking when rarer ones are present.
        rare = [t for t in terms if self.df[t] <= max(50, self.total // 5)]
        query = " OR ".join(f'"{t}"' for t in (rare or terms))
        sql = (
            "SELECT records.id, bm25(records_fts, 4.0, 1.0) AS rank FROM records_fts "
            "JOIN records ON records.rowid = records_fts.rowid "
            "WHERE records_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        with self._lock:
            return [(row[0], row[1]) for row in self._conn.execute(sql, (query, limit))]

    def records(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The stored record data for these ids (missing ids are left out)."""
        if not ids:
            return {}
        marks = ",".join("?" for _ in ids)
        with self._lock:
            rows = self._conn.execute(
                f"SELECT id, data, text_n FROM records WHERE id IN ({marks})", list(ids)
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


def open_store(db_path: Path) -> Store:
    """Open an index for reading; raises sqlite3.DatabaseError when the file is not one."""
    store = Store(db_path)
    if not store.meta:
        store.close()
        raise sqlite3.DatabaseError(f"{db_path} is not a wsis-bot index")
    return store
