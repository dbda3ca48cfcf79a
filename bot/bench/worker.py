"""One measurement in a fresh process, so that peak memory and warm caches never mix.

`bot.bench.run` starts `python -m bot.bench.worker MODE SPEC_JSON` for each size and mode and
reads the one JSON object it prints. Modes:

- `build`:     `load_knowledge` + `build_index`, `runs` times (validate+build time, index size, RSS)
- `serve`:     `Bot(...)` on the built index: ask / rank / symbol latencies, quality, RSS
- `baselines`: both baselines (`bot.bench.baselines`): build, latencies, quality, RSS
- `labelled`:  the bundled knowledge against tests/questions.yaml: quality of ours and the baselines
"""

from __future__ import annotations

import gc
import inspect
import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from bot.bench.generate import Question, read_questions
from bot.bench.measure import (
    latency_summary,
    median_summary,
    peak_rss_mb,
    reciprocal_rank,
    satisfies,
    spread,
)

MISSES_KEPT = 40
"""Failed questions kept per system in the detail file, for reading what went wrong."""


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _knowledge_mtime(knowledge_dir: Path) -> float:
    try:
        from bot.core import knowledge_mtime

        return float(knowledge_mtime(knowledge_dir))
    except ImportError:
        paths = [knowledge_dir, *knowledge_dir.glob("*.yaml")]
        return max(p.stat().st_mtime for p in paths)


def build_kwargs(knowledge_dir: Path) -> dict[str, Any]:
    """Extra arguments for build_index so that Bot sees the index as fresh and does not rebuild."""
    from bot.index import build_index

    if "source_mtime" in inspect.signature(build_index).parameters:
        return {"source_mtime": _knowledge_mtime(knowledge_dir)}
    return {}


# --- build ---------------------------------------------------------------------------------------


def do_build(spec: dict[str, Any]) -> dict[str, Any]:
    from bot.index import build_index
    from bot.knowledge import load_knowledge

    knowledge_dir, db = Path(spec["knowledge"]), Path(spec["db"])
    kwargs = build_kwargs(knowledge_dir)
    validate_s: list[float] = []
    build_s: list[float] = []
    counts: dict[str, int] = {}
    started = time.perf_counter()
    for _ in range(spec["runs"]):
        if validate_s and time.perf_counter() - started > spec.get("budget_s", float("inf")):
            break  # a slow build is not repeated for the median: one figure says enough
        gc.collect()
        t0 = time.perf_counter()
        knowledge = load_knowledge(knowledge_dir)
        t1 = time.perf_counter()
        build_index(knowledge, db, **kwargs)
        t2 = time.perf_counter()
        validate_s.append(t1 - t0)
        build_s.append(t2 - t1)
        counts = knowledge.counts()
        del knowledge
    return {"validate_s": validate_s, "build_s": build_s,
            "total_s": [v + b for v, b in zip(validate_s, build_s)],
            "index_bytes": db.stat().st_size, "counts": counts, "peak_rss_mb": peak_rss_mb()}


# --- quality -------------------------------------------------------------------------------------


def _quality(questions: Sequence[Question], top: dict[str, str | None], answered: dict[str, bool],
             ranked: Mapping[str, Sequence[str]], answer_ok: dict[str, bool] | None = None) -> dict[str, Any]:
    """Accuracy, abstention and MRR over the questions a system was asked (ids in `top`)."""
    asked = [q for q in questions if q.id in top]
    inside = [q for q in asked if q.scope == "in"]
    outside = [q for q in asked if q.scope == "out"]
    correct = [q for q in inside if answered[q.id] and top[q.id] == q.expect_id]
    ranked_in = [q for q in inside if q.id in ranked]
    out: dict[str, Any] = {
        "n_in": len(inside), "n_out": len(outside),
        "top1": len(correct) / len(inside) if inside else None,
        "answered_in": sum(answered[q.id] for q in inside) / len(inside) if inside else None,
        "abstain_out": sum(not answered[q.id] for q in outside) / len(outside) if outside else None,
        "mrr": (sum(reciprocal_rank(ranked[q.id], q.expect_id or "") for q in ranked_in) / len(ranked_in)
                if ranked_in else None),
    }
    if answer_ok is not None:
        out["answer_ok"] = sum(answer_ok.get(q.id, False) for q in inside) / len(inside) if inside else None
    groups: dict[str, list[Question]] = defaultdict(list)
    for q in inside:
        groups[f"{q.kind}/{q.template.split('-')[0]}"].append(q)
        if q.typo:
            groups["typo"].append(q)
    for q in outside:
        groups[f"out/{q.kind}"].append(q)
    by: dict[str, Any] = {}
    for name, qs in sorted(groups.items()):
        if name.startswith("out/"):
            by[name] = {"n": len(qs), "abstain": sum(not answered[q.id] for q in qs) / len(qs)}
        else:
            by[name] = {"n": len(qs), "top1": sum(answered[q.id] and top[q.id] == q.expect_id for q in qs) / len(qs)}
    out["by_group"] = by
    return out


def _misses(questions: Sequence[Question], top: dict[str, str | None], answered: dict[str, bool],
            extra: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    out = []
    for q in questions:
        if q.id not in top:
            continue
        ok = (answered[q.id] and top[q.id] == q.expect_id) if q.scope == "in" else not answered[q.id]
        if not ok:
            item = {"id": q.id, "q": q.q, "scope": q.scope, "expect_id": q.expect_id,
                    "got": top[q.id], "answered": answered[q.id]}
            if extra and q.id in extra:
                item.update(extra[q.id])
            out.append(item)
    return out


# --- serve ---------------------------------------------------------------------------------------


def _timed(func: Callable[[str], Any], inputs: Sequence[str]) -> tuple[list[float], list[Any]]:
    times: list[float] = []
    results: list[Any] = []
    clock = time.perf_counter
    for text in inputs:
        t0 = clock()
        res = func(text)
        times.append(clock() - t0)
        results.append(res)
    return times, results


def _check_fresh(db: Path) -> None:
    """Fail fast when Bot would rebuild the index on open (the rebuild would be timed as serving)."""
    import sqlite3

    from bot.index import SCHEMA_VERSION

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        schema = dict(conn.execute("SELECT key, value FROM meta").fetchall()).get("schema")
    finally:
        conn.close()
    if schema != SCHEMA_VERSION:
        raise SystemExit(f"{db} has index schema {schema!r}, bot.index wants {SCHEMA_VERSION!r}: "
                         "run without --skip-build to rebuild it")


def do_serve(spec: dict[str, Any]) -> dict[str, Any]:
    from bot.core import Bot

    knowledge_dir, db = Path(spec["knowledge"]), Path(spec["db"])
    questions = read_questions(Path(spec["questions"]))
    symbols = _read_jsonl(Path(spec["symbols"]))
    _check_fresh(db)
    before = db.stat()
    t0 = time.perf_counter()
    bot = Bot(knowledge_dir, db)
    open_s = time.perf_counter() - t0
    after = db.stat()
    rebuilt = (before.st_ino, before.st_mtime_ns) != (after.st_ino, after.st_mtime_ns)
    texts = [q.q for q in questions]
    for text in texts[:20]:  # warm-up: first-call costs are the cold start's business
        bot.ask(text)
    ask_runs: list[dict[str, float]] = []
    qps: list[float] = []
    first: list[Any] = []
    for run in range(spec["runs"]):
        gc.collect()
        started = time.perf_counter()
        times, results = _timed(bot.ask, texts)
        qps.append(len(texts) / (time.perf_counter() - started))
        ask_runs.append(latency_summary(times))
        if run == 0:
            first = results
    inside = [q for q in questions if q.scope == "in"]
    rank_times, rankings = _timed(lambda t: bot.rank(t, limit=10), [q.q for q in inside])
    ranked = {q.id: [rid for rid, _ in r] for q, r in zip(inside, rankings)}
    top = {q.id: r.record_id for q, r in zip(questions, first)}
    answered = {q.id: bool(r.answered) for q, r in zip(questions, first)}
    answer_ok = {q.id: bool(r.answered and r.record_id == q.expect_id and q.expect
                            and q.expect.lower() in r.answer.lower())
                 for q, r in zip(questions, first) if q.scope == "in"}
    extra = {q.id: {"answer": r.answer[:300], "confidence": r.confidence, "expect": q.expect}
             for q, r in zip(questions, first)}
    known = [s for s in symbols if s["expect"]]
    unknown = [s for s in symbols if not s["expect"]]
    sym_runs: list[dict[str, float]] = []
    sym_first: list[Any] = []
    for run in range(spec["runs"]):
        times, results = _timed(bot.symbol, [s["query"] for s in known])
        sym_runs.append(latency_summary(times))
        if run == 0:
            sym_first = results
    found: dict[str, list[bool]] = defaultdict(list)
    for s, r in zip(known, sym_first):
        found[s["style"]].append(bool(r.found and r.symbol == s["expect"]))
    unknown_times, _ = _timed(bot.symbol, [s["query"] for s in unknown])
    return {
        "open_s": open_s, "rebuilt_on_open": rebuilt,
        "ask_ms": median_summary(ask_runs), "ask_runs": ask_runs, "ask_qps": sorted(qps)[len(qps) // 2],
        "rank_ms": latency_summary(rank_times),
        "symbol_ms": median_summary(sym_runs), "symbol_unknown_ms": latency_summary(unknown_times),
        "symbol_found": {style: sum(v) / len(v) for style, v in sorted(found.items())},
        "quality": _quality(questions, top, answered, ranked, answer_ok),
        "misses": _misses(questions, top, answered, extra)[:MISSES_KEPT],
        "peak_rss_mb": peak_rss_mb(),
    }


# --- baselines -----------------------------------------------------------------------------------


def do_baselines(spec: dict[str, Any]) -> dict[str, Any]:
    from bot.bench.baselines import FtsBaseline, FuzzBaseline, entries, load_raw

    questions = read_questions(Path(spec["questions"]))
    known_symbols = [s["query"] for s in _read_jsonl(Path(spec["symbols"])) if s["expect"]]
    t0 = time.perf_counter()
    raw = load_raw(Path(spec["knowledge"]))
    texts, ids = entries(raw)
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    fuzz = FuzzBaseline(texts, ids)
    fuzz_build_s = load_s + time.perf_counter() - t1
    t2 = time.perf_counter()
    fts = FtsBaseline.build(texts, ids, Path(spec["fts_db"]))
    fts_build_s = load_s + time.perf_counter() - t2
    qtexts = [q.q for q in questions]

    # (b) costs ~60 ms a question at 100k records (common words have long posting lists): above
    # 20k records it is timed in one pass instead of `runs`, to keep the benchmark under 10 minutes.
    fts_runs = spec["runs"] if len(raw) <= 20_000 else 1
    ask_runs, qps, first = [], [], []
    for run in range(fts_runs):
        started = time.perf_counter()
        times, results = _timed(fts.rank, qtexts)
        qps.append(len(qtexts) / (time.perf_counter() - started))
        ask_runs.append(latency_summary(times))
        if run == 0:
            first = results
    fts_symbols = known_symbols if fts_runs > 1 else spread(known_symbols, 200)
    sym_runs = [latency_summary(_timed(fts.rank, fts_symbols)[0]) for _ in range(fts_runs)]
    top = {q.id: r.top for q, r in zip(questions, first)}
    answered = {q.id: not r.abstain for q, r in zip(questions, first)}
    ranked = {q.id: list(r.ids) for q, r in zip(questions, first) if q.scope == "in"}
    fts_result = {
        "build_s": fts_build_s, "index_bytes": Path(spec["fts_db"]).stat().st_size,
        "ask_ms": median_summary(ask_runs), "ask_qps": sorted(qps)[len(qps) // 2],
        "symbol_ms": median_summary(sym_runs),
        "quality": _quality(questions, top, answered, ranked),
        "misses": _misses(questions, top, answered)[:MISSES_KEPT], "sample": len(questions), "runs": fts_runs,
    }

    # (a) scans every string per question: at 100k that is seconds per question, so it runs once
    # on an evenly spread sample (in and out of scope in their proportions).
    n = spec.get("fuzz_sample") or len(questions)
    inside = [q for q in questions if q.scope == "in"]
    outside = [q for q in questions if q.scope == "out"]
    n_in = round(n * len(inside) / max(1, len(questions)))
    sample = spread(inside, n_in) + spread(outside, n - n_in)
    started = time.perf_counter()
    times, results = _timed(fuzz.answer, [q.q for q in sample])
    fuzz_qps = len(sample) / (time.perf_counter() - started)
    top = {q.id: r.top for q, r in zip(sample, results)}
    answered = {q.id: not r.abstain for q, r in zip(sample, results)}
    ranked = {q.id: list(fuzz.rank(q.q).ids) for q in sample if q.scope == "in"}
    sym_sample = spread(known_symbols, max(10, n // 4))
    fuzz_result = {
        "build_s": fuzz_build_s, "index_bytes": None,
        "ask_ms": latency_summary(times), "ask_qps": fuzz_qps,
        "symbol_ms": latency_summary(_timed(fuzz.answer, sym_sample)[0]),
        "quality": _quality(questions, top, answered, ranked),
        "misses": _misses(questions, top, answered)[:MISSES_KEPT], "sample": len(sample), "runs": 1,
    }
    fts.close()
    return {"load_s": load_s, "strings": len(texts), "fuzz": fuzz_result, "fts": fts_result,
            "peak_rss_mb": peak_rss_mb()}


# --- labelled set --------------------------------------------------------------------------------


def do_labelled(spec: dict[str, Any]) -> dict[str, Any]:
    """The bundled knowledge and tests/questions.yaml, judged alike for ours and the baselines.

    Ours is judged by tests/evaluation.py's `judge` on what it says (answer text + citations).
    A baseline has no answer text, so it gets the most generous reading: the same rule applied to
    every field of its top record (`RawRecord.text`) and that record's sources (`satisfies`).
    MRR for all three: the rank of the first record whose text and sources meet the label.
    """
    from bot.bench.baselines import FtsBaseline, FuzzBaseline, entries, load_raw
    from bot.core import Bot

    judge: Callable[[Any, Any], bool] | None = None
    try:
        from tests import evaluation
    except ImportError:  # an installed package without the tests: the same rule, local copy
        evaluation = None  # type: ignore[assignment]
    items: list[tuple[str, Any, tuple[str, ...], Any]]
    if evaluation is not None:
        judge = evaluation.judge
        items = [(i.q, i.expect, i.tags, i) for i in evaluation.load_questions(Path(spec["labelled"]))]
    else:
        import yaml

        loaded = yaml.safe_load(Path(spec["labelled"]).read_text(encoding="utf-8")) or []
        items = [(str(i["q"]), i["expect"], tuple(i.get("tags", ())), None) for i in loaded]
    raw = {r.id: r for r in load_raw(Path(spec["knowledge"]))}
    texts, ids = entries(list(raw.values()))
    fuzz = FuzzBaseline(texts, ids)
    fts = FtsBaseline.build(texts, ids, Path(spec["fts_db"]))
    bot = Bot(Path(spec["knowledge"]), Path(spec["db"]))

    def record_ok(rid: str | None, expect: dict[str, Any]) -> bool:
        rec = raw.get(rid or "")
        return rec is not None and satisfies(expect, rec.text, rec.cites)

    def rr(ranking: Sequence[str], expect: dict[str, Any]) -> float:
        for i, rid in enumerate(ranking):
            if record_ok(rid, expect):
                return 1.0 / (i + 1)
        return 0.0

    tallies: dict[str, Counter[str]] = {name: Counter() for name in ("ours", "fuzz", "fts")}
    mrr: dict[str, float] = {name: 0.0 for name in tallies}
    misses: list[dict[str, Any]] = []
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for q, expect, item_tags, item in items:
        abstain = not isinstance(expect, dict)
        res = bot.ask(q)
        fz = fuzz.answer(q)
        ft = fts.rank(q)
        if judge is not None and item is not None:
            ours_ok = bool(judge(item, res))
        else:
            ours_ok = (not res.answered) if abstain else (
                res.answered and satisfies(expect, res.answer, [c.symbol for c in res.citations]))
        verdict = {
            "ours": ours_ok,
            "fuzz": fz.abstain if abstain else (not fz.abstain and record_ok(fz.top, expect)),
            "fts": ft.abstain if abstain else (not ft.abstain and record_ok(ft.top, expect)),
        }
        scope = "out" if abstain else "in"
        for name, ok in verdict.items():
            tallies[name][scope] += 1
            tallies[name][f"{scope}_ok"] += int(ok)
        if not abstain:
            mrr["ours"] += rr([rid for rid, _ in bot.rank(q, limit=10)], expect)
            mrr["fuzz"] += rr(fuzz.rank(q).ids, expect)
            mrr["fts"] += rr(ft.ids, expect)
        for tag in item_tags:
            tags[str(tag)]["n"] += 1
            tags[str(tag)]["ours_ok"] += int(verdict["ours"])
        if not verdict["ours"]:
            misses.append({"q": q, "expect": expect, "answered": res.answered, "answer": res.answer[:300],
                           "record_id": res.record_id, "citations": [c.symbol for c in res.citations]})
    out: dict[str, Any] = {}
    for name, t in tallies.items():
        out[name] = {"n_in": t["in"], "n_out": t["out"],
                     "top1": t["in_ok"] / t["in"] if t["in"] else None,
                     "abstain_out": t["out_ok"] / t["out"] if t["out"] else None,
                     "mrr": mrr[name] / t["in"] if t["in"] else None}
    out["ours"]["by_tag"] = {tag: {"n": c["n"], "ok": c["ours_ok"] / c["n"]} for tag, c in sorted(tags.items())}
    out["misses"] = misses
    fts.close()
    return out


MODES = {"build": do_build, "serve": do_serve, "baselines": do_baselines, "labelled": do_labelled}


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2 or args[0] not in MODES:
        sys.exit(f"usage: python -m bot.bench.worker {{{','.join(MODES)}}} SPEC_JSON")
    result = MODES[args[0]](json.loads(args[1]))
    sys.stdout.write(json.dumps(result, default=str) + "\n")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: nothing left to flush, and it is not what we measure


if __name__ == "__main__":
    main()
