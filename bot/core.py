"""The answering core behind every surface: a knowledge folder and its index, answering questions.

`Bot` is the one object the CLI and the Slack app hold. It is thread-safe (Bolt runs listeners in
worker threads) and picks up edits to the knowledge folder without losing the last good index:
a changed folder is validated first, and only a valid one replaces the index.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from rapidfuzz import fuzz, process

from bot import answer, compare, matcher, multi, series
from bot.errors import KnowledgeError
from bot.index import SCHEMA_VERSION, build_index
from bot.knowledge import knowledge_files, load_knowledge
from bot.render import EXAMPLE_QUESTIONS
from bot.results import AskResult, Overview, SymbolResult
from bot.store import Store, open_store
from bot.symbols import SymbolError, find_symbols, glued_resolutions, lookup_key, normalize, without_symbols
from bot.text import clean_question, expand_shorthand

log = logging.getLogger(__name__)

REFRESH_INTERVAL = 2.0
"""Seconds between checks of the knowledge folder's modification times: edits show up within
this delay, and a burst of questions costs no more than one set of stat() calls."""

MEETINGS_DEPTH = 5
"""'wgec1 mtg dates?': what it names ('wgec1') is ranked without the asking words; the group is the best
record, or the group of the best meeting ('... including its additional one'), when those as close agree."""

SYMBOL_SUGGESTION_CUTOFF = 70
"""rapidfuzz ratio (0-100) under which a known symbol is too unlike the query to be suggested."""


def default_knowledge_dir(env: Mapping[str, str] | None = None) -> Path:
    """$WSIS_KNOWLEDGE, else the repository's knowledge/ folder, else the copy bundled in the package."""
    env = os.environ if env is None else env
    if env.get("WSIS_KNOWLEDGE"):
        return Path(env["WSIS_KNOWLEDGE"])
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "knowledge", here / "_knowledge"):
        if (candidate / "documents.yaml").exists():
            return candidate
    return here.parent / "knowledge"


def default_db_path(knowledge_dir: Path, env: Mapping[str, str] | None = None) -> Path:
    """$WSIS_DB, else a per-folder file in the user's cache (site-packages may be read-only)."""
    env = os.environ if env is None else env
    if env.get("WSIS_DB"):
        return Path(env["WSIS_DB"])
    cache = Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wsis-bot"
    digest = hashlib.sha1(str(Path(knowledge_dir).resolve()).encode()).hexdigest()[:12]
    return cache / f"index-{digest}.db"


def knowledge_mtime(knowledge_dir: Path) -> float:
    """The newest modification time among the folder and its YAML files."""
    paths = [Path(knowledge_dir), *knowledge_files(Path(knowledge_dir))]
    return max((p.stat().st_mtime for p in paths if p.exists()), default=0.0)


MAX_QA = 10_000
"""More curated answers than the knowledge will ever hold (it holds under a hundred)."""

_CHECKING = re.compile(r"\b(?:double.?check|check|verify|confirm|correct|right|wrong|accurate|is that|is it)\b"
                       r"|^\W*(?:is|was|are|were|did|does|do|has|have|had)\b", re.I)
"""A question checking something it says ("can you double check the number?", "is the report CRP.1?")."""


class Bot:
    """Answer questions and look up symbols from a knowledge folder (built into SQLite on demand)."""

    def __init__(self, knowledge_dir: Path | None = None, db_path: Path | None = None) -> None:
        self.knowledge_dir = Path(knowledge_dir) if knowledge_dir else default_knowledge_dir()
        self.db_path = Path(db_path) if db_path else default_db_path(self.knowledge_dir)
        self.last_error: KnowledgeError | None = None
        self._lock = threading.RLock()
        self._checked = 0.0
        self._store: Store | None = None
        self._examples: tuple[str, ...] | None = None
        self._gaps: tuple[Store, frozenset[str]] | None = None  # (the store read, its known gaps' answers)
        self.ensure_index()

    # --- index lifecycle ------------------------------------------------------------------------

    def ensure_index(self) -> bool:
        """Build the index if it is missing, stale or of another schema. True when it was rebuilt.

        Raises KnowledgeError when there is no usable index and the knowledge is invalid; when a
        good index exists, an invalid edit is logged and kept in `last_error` instead.
        """
        with self._lock:
            mtime = knowledge_mtime(self.knowledge_dir)
            store = self._store or self._try_open()
            fresh = store is not None and store.meta.get("schema") == SCHEMA_VERSION and \
                float(store.meta.get("source_mtime", "0")) >= mtime
            if fresh:
                self._store = store
                self._checked = time.monotonic()
                return False
            try:
                knowledge = load_knowledge(self.knowledge_dir)
            except KnowledgeError as exc:
                self.last_error = exc
                if store is None:
                    raise
                log.error("knowledge in %s is invalid; still serving the last good index:\n%s",
                          self.knowledge_dir, "\n".join(str(p) for p in exc.problems))
                self._store = store
                self._checked = time.monotonic()
                return False
            build_index(knowledge, self.db_path, source_mtime=mtime)
            self.last_error = None
            if store is not None:
                store.close()
            self._store = open_store(self.db_path)
            self._examples = None
            self._checked = time.monotonic()
            return True

    def _try_open(self) -> Store | None:
        if not self.db_path.exists():
            return None
        try:
            return open_store(self.db_path)
        except Exception as exc:  # a corrupt, foreign or older file: rebuild over it
            log.warning("index %s is unreadable (%s); rebuilding it", self.db_path, exc)
            return None

    def refresh(self) -> bool:
        """Rebuild the index when the knowledge changed and is valid; True when it reloaded."""
        return self.ensure_index()

    @property
    def store(self) -> Store:
        if time.monotonic() - self._checked > REFRESH_INTERVAL:
            self.ensure_index()
        assert self._store is not None
        return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    # --- questions ------------------------------------------------------------------------------

    def ask(self, question: str) -> AskResult:
        """Answer a free-text question (Slack markup allowed), or abstain with suggestions."""
        result = self._ask(expand_shorthand(question))
        return result if result.question == question else replace(result, question=question)

    def _ask(self, question: str) -> AskResult:
        store = self.store
        # asked first as what it means, when that is answered: a claim to check ("A delegation's letter says
        # the meeting was on 22 May 2012. Is that right?"), without a description of what it asks about
        # ("res 2010/2 (the one asking for EC consultations)"), with the topic for "it" ("enhanced coop
        # consultations 2012 - were they before or after cstd 15?")
        for rewrite in (multi.reported_claim, multi.without_description, multi.topic_for_it, multi.that_thing_resolved,
                        multi.without_likeness, multi.without_note_about_asker):
            meant = rewrite(question)
            plain = self._ask_as_typed(meant, store) if meant else None
            if plain is not None and (plain.answered or self._known_gap(plain, store)):
                return replace(plain, question=question)
        result = self._ask_as_typed(question, store)
        if not result.answered and _CHECKING.search(question):
            corrected = self._symbol_corrected(question, store)
            if corrected is not None:  # "our draft cites res 66/148 as the basis ..., can you double check?"
                return corrected
        for plainer in [] if result.answered or self._known_gap(result, store) else multi.without_lead_in(question):
            # "For a lecture I'm giving on WSIS: which resolution ...?", "A colleague says ... . What ...?"
            alone = self._ask_as_typed(plainer, store)
            if alone.answered:
                return replace(alone, question=question)
        return result

    def _known_gap(self, result: AskResult, store: Store) -> bool:
        """Is the abstention what the knowledge records its sources do not say? Then the question was
        understood: asked again without its lead-in ("Which one is it (A/RES/70/125 2025)?"), a part of
        it must not overturn that. (The gaps' answers are read once per index, not per question.)"""
        gaps = self._gaps
        if gaps is None or gaps[0] is not store:
            gaps = self._gaps = (store, frozenset(str(r["answer"]) for r in store.records_of_kind("qa", MAX_QA)
                                                  if r.get("gap")))
        return not result.answered and result.answer in gaps[1]

    def _symbol_corrected(self, question: str, store: Store) -> AskResult | None:
        """A question checking a symbol the knowledge lacks, answered without it when the answer
        cites a known symbol close to it (66/148 and 66/184, CRP.1 and CRP.2), saying which; else None."""
        query = matcher.analyse_question(question, store)
        if not query.unknown_symbols or query.known_symbols:
            return None
        rest = without_symbols(question, set(query.unknown_symbols))
        result = self._ask_as_typed(rest, store)
        if not result.answered:
            return None
        cited = {c.symbol for c in result.citations} | set(find_symbols(result.answer))
        for unknown in query.unknown_symbols:
            close = next((s for s in self._close_symbols(lookup_key(unknown)) if s in cited), None)
            if close is not None:
                text = f"I have no document {unknown}; my sources name {close} for this. {result.answer}"
                return replace(result, question=question, answer=text)
        return None

    def _ask_as_typed(self, question: str, store: Store) -> AskResult:
        """A comparison, several questions in one, or one question."""
        compared = compare.compare(question, self._ask_one)
        if compared is not None:  # "was X held before or after Y?"
            return compared
        if series.asks_meetings(question):  # "wgec1 mtg dates?"
            meetings = self._meetings_of(question, store)
            if meetings is not None:
                return meetings
        together = multi.answer_parts(question, lambda part: self._answer(part, store))
        if together is not None:  # "when and where was it adopted?"
            return together
        return self._answer(question, store)

    def _answer(self, question: str, store: Store) -> AskResult:
        query = matcher.analyse_question(question, store)
        return answer.decide(query, matcher.rank(query, store, limit=10), question)

    def _meetings_of(self, question: str, store: Store) -> AskResult | None:
        """The meetings of the body a question names, when it is what the question is about (the best
        record, or a body as close to it as its own meetings are) and it convened several."""
        query = matcher.analyse_question(series.topic_of(question), store)
        candidates = matcher.rank(query, store, limit=MEETINGS_DEPTH)
        if not candidates or not answer.covers(query, candidates[0]):
            return None
        best = candidates[0]
        close = [c for c in candidates if best.score - c.score <= answer.AMBIGUITY_WINDOW]
        bodies = {b for c in close for b in ([c.id] if c.kind == "body" else c.record.get("convened_by_ids", [])
                                              if c.kind == "meeting" else [])}
        if len(bodies) != 1:  # the group, or the group whose meeting it names ("... including its additional one")
            return None
        body_id = bodies.pop()
        records = store.records([body_id, *store.meetings_convened_by(body_id)])
        if body_id not in records:
            return None
        meetings = [r for r in records.values() if r["kind"] == "meeting"]
        return series.meetings_answer(question, records[body_id], meetings, min(1.0, best.score))

    def _ask_one(self, question: str) -> tuple[AskResult, dict[str, object] | None]:
        """One question answered, with the record it was answered from (for comparisons)."""
        store = self.store
        result = self._answer(question, store)
        record = store.records([result.record_id]).get(result.record_id) if result.record_id else None
        return result, record

    def rank(self, question: str, limit: int = 10) -> list[tuple[str, float]]:
        """The record ids the matcher ranks for a question, best first (for evaluation)."""
        store = self.store
        query = matcher.analyse_question(question, store)
        return [(c.id, c.score) for c in matcher.rank(query, store, limit=limit)]

    # --- symbols --------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 10) -> list[tuple[str, str, str]]:
        """Records that mention these words, as (id, kind, name), best first: for maintainers
        checking whether the knowledge already has something before adding it."""
        store = self.store
        stems = [s for s in matcher.analyse_text(clean_question(text)[:2000], store) if s not in matcher.STOP_WORDS]
        ids = [rid for rid, _ in store.search(stems, limit)]
        records = store.records(ids)
        return [(rid, records[rid]["kind"], records[rid]["name"]) for rid in ids if rid in records]

    def symbol(self, query: str) -> SymbolResult:
        """Look a document up by a UN symbol typed in any common way."""
        store = self.store
        text = query.strip()[:300]
        try:
            canonical = normalize(text)
        except SymbolError as exc:
            canonical = None
            error = str(exc)
        key = lookup_key(canonical or text)
        ids = store.symbol_keys.get(key, [])
        if not ids:  # "crp2", "doc/9 rev.1": the end of exactly one known symbol
            ending = store.symbol_ending(key)
            ids = store.symbol_keys.get(lookup_key(ending), []) if ending else []
        if not ids:  # "res 66184": the slash after the session left out
            glued = [g for _, g in glued_resolutions(text) if lookup_key(g) in store.symbol_keys]
            ids = store.symbol_keys.get(lookup_key(glued[0]), []) if len(glued) == 1 else []
        if ids:
            record = store.records(ids[:1]).get(ids[0])
            if record is not None:
                return SymbolResult(
                    query=query, found=True, symbol=record["symbol"], symbols=tuple(record["symbols"]),
                    title=record["title"], date=record.get("date") or "", bodies=tuple(record.get("bodies", [])),
                    url=record["url"], related=tuple(record.get("related", [])), kind=record.get("kind", ""),
                    session=record.get("session") or "", agenda_items=tuple(record.get("agenda_items", [])),
                    summary=record.get("summary") or "",
                )
        if canonical is None:
            return SymbolResult(query=query, found=False, suggestions=self._close_symbols(key), error=error)
        return SymbolResult(
            query=query, found=False, suggestions=self._close_symbols(key),
            error=f"No document with the symbol {canonical} in the knowledge base.",
        )

    def _close_symbols(self, key: str) -> tuple[str, ...]:
        if not key:
            return ()
        display = self.store.symbol_display
        matches = process.extract(key, display.keys(), scorer=fuzz.ratio, limit=3,
                                  score_cutoff=SYMBOL_SUGGESTION_CUTOFF)
        return tuple(display[m[0]] for m in matches)

    # --- overview -------------------------------------------------------------------------------

    def overview(self) -> Overview:
        """Counts by kind, the time of the last knowledge update, and example questions."""
        store = self.store
        mtime = float(store.meta.get("source_mtime", "0"))
        updated = datetime.fromtimestamp(mtime, tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if mtime else ""
        if self._examples is None:
            self._examples = tuple(q for q in EXAMPLE_QUESTIONS if self.ask(q).answered)
        return Overview(counts=dict(store.counts), updated=updated, examples=self._examples)
