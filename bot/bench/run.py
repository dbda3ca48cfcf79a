"""`python -m bot.bench`: how fast and how accurate the bot is at 1k-100k records, next to baselines.

For each size: generate a knowledge folder (cached by seed and size), then measure in fresh
processes (so that peak memory and caches never mix): validate+build time, index size, cold
start of the CLI, in-process `Bot.ask` / `Bot.rank` / `Bot.symbol` latencies, peak RSS and
answer quality, for ours and the two baselines of `bot.bench.baselines`; then the same quality on
the bundled knowledge with tests/questions.yaml. Timings are medians over `--runs` runs. Every
timing is also given as a ratio baseline / ours (above 1: ours is faster or smaller).

    python -m bot.bench [--sizes 1000,10000,100000] [--runs 3] [--json] [--out DIR]
                        [--timeout S] [--skip-build] [--fuzz-sample N] [--no-bundled]

`--json` prints one JSON object, keys sorted:

    schema              "wsis-bench/1"
    meta                seed, runs, sizes, questions, python, platform, cpus, started (UTC ISO),
                        seconds (wall time of the whole benchmark), out (folder of the files)
    sizes.<N>           one entry per size N (a string key: "1000")
      records           counts by kind: bodies, documents, meetings, mandates, qa
      data              the generated folder (knowledge/, questions.jsonl, symbols.jsonl)
      ours              validate_s, build_s, validate_build_s (medians, seconds, over build_runs:
                        a build is repeated only while the total stays under 2 minutes); index_bytes;
                        cold_start_s (median wall time of `python -m bot ask --json ...`);
                        open_s (Bot(...) in process); rebuilt_on_open (must be false);
                        ask_ms / rank_ms / symbol_ms / symbol_unknown_ms: {p50,p95,p99,mean,max};
                        ask_qps; symbol_found: {style: share found}; peak_rss_mb: {build, serve, max};
                        quality (below)
      fuzz, fts         build_s, index_bytes (fts only), cold_start_s, ask_ms, ask_qps, symbol_ms,
                        quality, sample (questions asked; fuzz runs once on an even sample)
      ratios.<fuzz|fts> baseline / ours for validate_build_s, cold_start_s, ask_p50, ask_p95,
                        ask_p99, symbol_p50, symbol_p99, index_bytes, peak_rss_mb; ask_qps is ours /
                        baseline. Above 1 means ours is better.
      errors            messages of failed steps (then the figures of that step are missing)
      seconds           wall time spent on this size
    quality             n_in, n_out, top1 (answered and the expected record first), answered_in,
                        abstain_out (share of out-of-scope questions abstained on), mrr (@10),
                        answer_ok (ours: also the expected text is in the answer), by_group
    bundled             null when tests/questions.yaml is absent; else ours, fuzz, fts: {n_in, n_out,
                        top1, abstain_out, mrr}, misses (ours), and errors
    targets             list of {name, value, limit, unit, status: PASS | MISS | N/A}

Detail files in --out: results.json, and misses-<N>.json (the questions each system got wrong).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.bench.generate import DEFAULT_SEED, cached, read_questions

REPO = Path(__file__).resolve().parents[2]
WORKER_TIMEOUT = 1200.0
"""Seconds a measurement step may take before it is reported as failed (--timeout)."""
BUILD_BUDGET = 120.0
"""Builds are repeated for the median only while their total stays under this (seconds)."""
SYSTEMS = ("ours", "fuzz", "fts")


class StepError(Exception):
    """A measurement step failed; the message says which and shows the end of its stderr."""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WSIS_")}
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def worker(mode: str, spec: dict[str, Any], timeout: float = WORKER_TIMEOUT) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and return the JSON object it printed."""
    cmd = [sys.executable, "-m", "bot.bench.worker", mode, json.dumps(spec)]
    try:
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True, cwd=REPO, env=_env(),
                              timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise StepError(f"worker {mode!r} did not finish within {timeout:.0f} s (see --timeout)") from exc
    if proc.returncode != 0 or not proc.stdout.strip():
        tail = "\n".join(proc.stderr.strip().splitlines()[-12:])
        raise StepError(f"worker {mode!r} failed (exit {proc.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def cold_start(cmd: Sequence[str]) -> float:
    """Wall time of a command in a new process; StepError when it fails."""
    t0 = time.perf_counter()
    proc = subprocess.run(list(cmd), check=False, capture_output=True, text=True, cwd=REPO, env=_env(), timeout=600)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
        raise StepError(f"cold start {' '.join(cmd[1:4])} failed (exit {proc.returncode}):\n{tail}")
    json.loads(proc.stdout)  # it must have answered in JSON
    return elapsed


def default_fuzz_sample(records: int, questions: int) -> int:
    """Baseline (a) costs ~4 us per string per question (extractOne + extract for the ranking),
    i.e. ~2.5 s a question at 100k records: keep it to about a minute per size."""
    return min(questions, max(30, 1_500_000 // records))


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _ratio(baseline: float | None, ours: float | None) -> float | None:
    if baseline is None or ours is None or not ours or math.isnan(baseline) or math.isnan(ours):
        return None
    return baseline / ours


def measure_size(records: int, *, seed: int, runs: int, questions: int, out: Path,
                 fuzz_sample: int | None, timeout: float = WORKER_TIMEOUT, skip_build: bool = False) -> dict[str, Any]:
    """Every figure for one size; failed steps are listed in `errors` instead of stopping."""
    started = time.perf_counter()
    data = cached(records, seed=seed, questions=questions)
    knowledge = data / "knowledge"
    work = out / f"n{records}"
    work.mkdir(parents=True, exist_ok=True)
    db, fts_db = work / "index.db", work / "baseline-fts.db"
    qs = read_questions(data / "questions.jsonl")
    probe = next(q.q for q in qs if q.scope == "in")
    result: dict[str, Any] = {"data": str(data), "errors": [],
                              "records": json.loads((data / "done.json").read_text())["counts"]}
    ours: dict[str, Any] = {}
    result["ours"] = ours
    _log(f"[{records}] data ready in {data} ({time.perf_counter() - started:.1f} s)")

    if skip_build and db.exists():
        ours.update(index_bytes=db.stat().st_size, peak_rss_mb={}, build_runs=0)
        result["errors"].append(f"build not measured (--skip-build): reused {db}")
    else:
        try:
            built = worker("build", {"knowledge": str(knowledge), "db": str(db), "runs": runs,
                                     "budget_s": BUILD_BUDGET}, timeout)
            ours.update(validate_s=statistics.median(built["validate_s"]), build_s=statistics.median(built["build_s"]),
                        validate_build_s=statistics.median(built["total_s"]), index_bytes=built["index_bytes"],
                        peak_rss_mb={"build": built["peak_rss_mb"]}, build_runs=len(built["total_s"]))
            _log(f"[{records}] validate+build {ours['validate_build_s']:.2f} s (median of {ours['build_runs']})")
        except StepError as exc:
            result["errors"].append(str(exc))
            _log(f"[{records}] build failed: {exc}")
            return result

    try:
        cmd = [sys.executable, "-m", "bot", "ask", "--json", "--knowledge", str(knowledge), "--db", str(db), probe]
        ours["cold_start_s"] = statistics.median(cold_start(cmd) for _ in range(runs))
        _log(f"[{records}] cold start {ours['cold_start_s']:.2f} s")
    except (StepError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        result["errors"].append(f"cold start: {exc}")

    misses: dict[str, Any] = {}
    try:
        served = worker("serve", {"knowledge": str(knowledge), "db": str(db), "runs": runs,
                                  "questions": str(data / "questions.jsonl"), "symbols": str(data / "symbols.jsonl")},
                        timeout)
        misses["ours"] = served.pop("misses")
        ours["peak_rss_mb"]["serve"] = served.pop("peak_rss_mb")
        ours.update(served)
        _log(f"[{records}] ask p50 {ours['ask_ms']['p50']:.2f} ms p99 {ours['ask_ms']['p99']:.2f} ms, "
             f"top-1 {ours['quality']['top1']:.3f}")
    except StepError as exc:
        result["errors"].append(str(exc))
        _log(f"[{records}] serve failed: {exc}")
    rss = ours.get("peak_rss_mb", {})
    if rss:
        rss["max"] = max(rss.values())

    try:
        sample = fuzz_sample if fuzz_sample is not None else default_fuzz_sample(records, len(qs))
        base = worker("baselines", {"knowledge": str(knowledge), "fts_db": str(fts_db), "runs": runs,
                                    "questions": str(data / "questions.jsonl"),
                                    "symbols": str(data / "symbols.jsonl"), "fuzz_sample": sample}, timeout)
        for name in ("fuzz", "fts"):
            misses[name] = base[name].pop("misses")
            base[name]["peak_rss_mb"] = base["peak_rss_mb"]  # both baselines share one process
            result[name] = base[name]
        fts_cmd = [sys.executable, "-m", "bot.bench.baselines", "--cold", "fts", "--db", str(fts_db), probe]
        result["fts"]["cold_start_s"] = statistics.median(cold_start(fts_cmd) for _ in range(runs))
        fuzz_cmd = [sys.executable, "-m", "bot.bench.baselines", "--cold", "fuzz", "--knowledge", str(knowledge),
                    probe]
        result["fuzz"]["cold_start_s"] = cold_start(fuzz_cmd)  # seconds at 100k: once is enough
        _log(f"[{records}] baselines: fuzz top-1 {result['fuzz']['quality']['top1']:.3f} "
             f"(n={result['fuzz']['sample']}), fts top-1 {result['fts']['quality']['top1']:.3f}")
    except (StepError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        result["errors"].append(f"baselines: {exc}")
        _log(f"[{records}] baselines failed: {exc}")

    result["ratios"] = {name: ratios(ours, result.get(name)) for name in ("fuzz", "fts")}
    (out / f"misses-{records}.json").write_text(json.dumps(misses, indent=1, ensure_ascii=False))
    result["seconds"] = time.perf_counter() - started
    return result


def ratios(ours: dict[str, Any], base: dict[str, Any] | None) -> dict[str, float | None]:
    """baseline / ours for every timing and size figure (ours / baseline for throughput)."""
    if not base:
        return {}
    pick = lambda d, *keys: _dig(d, keys)
    return {
        "validate_build_s": _ratio(base.get("build_s"), ours.get("validate_build_s")),
        "cold_start_s": _ratio(base.get("cold_start_s"), ours.get("cold_start_s")),
        "ask_p50": _ratio(pick(base, "ask_ms", "p50"), pick(ours, "ask_ms", "p50")),
        "ask_p95": _ratio(pick(base, "ask_ms", "p95"), pick(ours, "ask_ms", "p95")),
        "ask_p99": _ratio(pick(base, "ask_ms", "p99"), pick(ours, "ask_ms", "p99")),
        "ask_qps": _ratio(ours.get("ask_qps"), base.get("ask_qps")),
        "symbol_p50": _ratio(pick(base, "symbol_ms", "p50"), pick(ours, "symbol_ms", "p50")),
        "symbol_p99": _ratio(pick(base, "symbol_ms", "p99"), pick(ours, "symbol_ms", "p99")),
        "index_bytes": _ratio(base.get("index_bytes"), ours.get("index_bytes")),
        "peak_rss_mb": _ratio(base.get("peak_rss_mb"), pick(ours, "peak_rss_mb", "max")),
    }


def _dig(data: Any, keys: Sequence[str]) -> Any:
    for key in keys:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def measure_bundled(out: Path) -> dict[str, Any] | None:
    labelled = REPO / "tests" / "questions.yaml"
    knowledge = REPO / "knowledge"
    if not labelled.exists() or not (knowledge / "documents.yaml").exists():
        return None
    work = out / "bundled"
    work.mkdir(parents=True, exist_ok=True)
    try:
        return worker("labelled", {"knowledge": str(knowledge), "labelled": str(labelled),
                                   "db": str(work / "index.db"), "fts_db": str(work / "baseline-fts.db")})
    except (StepError, subprocess.TimeoutExpired) as exc:
        return {"errors": [str(exc)]}


# --- targets -------------------------------------------------------------------------------------


def _label(size: str | int) -> str:
    """10000 -> '10k', 300 -> '300'."""
    n = int(size)
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def check_targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The performance and quality targets, each PASS, MISS or N/A (size not run / step failed)."""
    sizes = report["sizes"]
    targets: list[dict[str, Any]] = []

    def add(name: str, value: float | None, limit: float, unit: str, higher_is_better: bool = False) -> None:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            status = "N/A"
        elif higher_is_better:
            status = "PASS" if value > limit else "MISS"
        else:
            status = "PASS" if value <= limit else "MISS"
        targets.append({"name": name, "value": value, "limit": limit, "unit": unit, "status": status})

    def fig(size: int, *keys: str) -> Any:
        return _dig(sizes.get(str(size), {}), keys)

    add("ask p99 at 10k", fig(10000, "ours", "ask_ms", "p99"), 5.0, "ms")
    add("ask p99 at 100k", fig(100000, "ours", "ask_ms", "p99"), 20.0, "ms")
    add("symbol p99 at 100k", fig(100000, "ours", "symbol_ms", "p99"), 0.5, "ms")
    add("validate+build at 10k", fig(10000, "ours", "validate_build_s"), 5.0, "s")
    for size in sorted(sizes, key=int):
        add(f"cold start at {_label(size)}", fig(int(size), "ours", "cold_start_s"), 1.5, "s")
    rss_100k = fig(100000, "ours", "peak_rss_mb") or {}
    # Bot builds in its own process when the knowledge changes: both peaks count, or it is N/A.
    add("peak RSS at 100k (build and serve)",
        rss_100k.get("max") if {"build", "serve"} <= set(rss_100k) else None, 300.0, "MB")
    p50_1k, p50_100k = fig(1000, "ours", "ask_ms", "p50"), fig(100000, "ours", "ask_ms", "p50")
    add("ask p50 100k / 1k", _ratio(p50_100k, p50_1k), 4.0, "x")
    sets = [(_label(s), sizes[s]) for s in sorted(sizes, key=int)]
    if report.get("bundled") and "ours" in report["bundled"]:
        sets.append(("bundled", report["bundled"]))
    for label, entry in sets:
        ours = _dig(entry, ("ours", "quality", "top1")) if label != "bundled" else _dig(entry, ("ours", "top1"))
        best: float | None = None
        for name in ("fuzz", "fts"):
            value = (_dig(entry, (name, "quality", "top1")) if label != "bundled" else _dig(entry, (name, "top1")))
            if value is None:
                best = None
                break
            best = value if best is None else max(best, value)
        margin = None if ours is None or best is None else ours - best
        add(f"top-1 ahead of baselines ({label})", margin, 0.0, "points", higher_is_better=True)
    if {"1000", "10000", "100000"} <= set(sizes):
        add("whole benchmark, 3 sizes", report["meta"]["seconds"], 600.0, "s")
    return targets


# --- output --------------------------------------------------------------------------------------


def _f(value: Any, fmt: str = "{:.2f}", scale: float = 1.0) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return fmt.format(value * scale)


def _with_ratio(value: str, ratio: Any) -> str:
    return value if ratio is None else f"{value} ({ratio:.1f}×)" if ratio < 100 else f"{value} ({ratio:.0f}×)"


_ROWS: tuple[tuple[str, tuple[str, ...], str, float, str | None], ...] = (
    ("validate+build (s)", ("validate_build_s",), "{:.2f}", 1.0, "validate_build_s"),
    ("index size (MB)", ("index_bytes",), "{:.1f}", 1 / 2**20, "index_bytes"),
    ("cold start (s)", ("cold_start_s",), "{:.2f}", 1.0, "cold_start_s"),
    ("ask p50 (ms)", ("ask_ms", "p50"), "{:.2f}", 1.0, "ask_p50"),
    ("ask p95 (ms)", ("ask_ms", "p95"), "{:.2f}", 1.0, "ask_p95"),
    ("ask p99 (ms)", ("ask_ms", "p99"), "{:.2f}", 1.0, "ask_p99"),
    ("throughput (q/s)", ("ask_qps",), "{:.0f}", 1.0, "ask_qps"),
    ("symbol p50 (ms)", ("symbol_ms", "p50"), "{:.3f}", 1.0, "symbol_p50"),
    ("symbol p99 (ms)", ("symbol_ms", "p99"), "{:.3f}", 1.0, "symbol_p99"),
    ("peak RSS (MB)", ("peak_rss_mb",), "{:.0f}", 1.0, "peak_rss_mb"),
    ("top-1 in scope (%)", ("quality", "top1"), "{:.1f}", 100.0, None),
    ("answer has expected text (%)", ("quality", "answer_ok"), "{:.1f}", 100.0, None),
    ("abstain out of scope (%)", ("quality", "abstain_out"), "{:.1f}", 100.0, None),
    ("MRR@10", ("quality", "mrr"), "{:.3f}", 1.0, None),
)
"""The rows of a size's table: label, key path, format, scale, ratio key (None: no ratio)."""


def _size_rows(ours: dict[str, Any], fz: dict[str, Any], ft: dict[str, Any],
               rt: dict[str, Any]) -> list[list[str]]:
    rows: list[list[str]] = []
    for label, key, fmt, scale, ratio_key in _ROWS:
        if key == ("peak_rss_mb",):
            rss = ours.get("peak_rss_mb", {})
            cells = [f"{_f(rss.get('max'), fmt)} (build {_f(rss.get('build'), fmt)}, serve {_f(rss.get('serve'), fmt)})"]
        else:
            cells = [_f(_dig(ours, key), fmt, scale)]
        for name, d in (("fuzz", fz), ("fts", ft)):
            cell = _f(_dig(d, ("build_s",) if key == ("validate_build_s",) else key), fmt, scale)
            cells.append(_with_ratio(cell, _dig(rt, (name, ratio_key))) if ratio_key and cell != "—" else cell)
        rows.append([label, *cells])
    q = ours.get("quality", {})
    rows.append(["questions asked", str(q.get("n_in", 0) + q.get("n_out", 0)) if q else "—",
                 str(fz.get("sample", "—")), str(ft.get("sample", "—"))])
    return rows


def format_table(report: dict[str, Any]) -> str:
    """The report as plain-text tables: one block per size, the bundled set, then the targets."""
    meta = report["meta"]
    lines = [(f"wsis-bot benchmark: seed {meta['seed']}, {meta['runs']} runs (medians), Python {meta['python']}, "
              f"{meta['cpus']} CPUs, {meta['seconds']:.0f} s in all"),
             "(n×) = baseline ÷ ours: above 1, ours is faster / smaller / (for q/s) higher.", ""]
    for size, entry in sorted(report["sizes"].items(), key=lambda kv: int(kv[0])):
        rec = entry.get("records", {})
        ours, fz, ft, rt = entry.get("ours", {}), entry.get("fuzz", {}), entry.get("fts", {}), entry.get("ratios", {})
        q = ours.get("quality", {})
        lines.append(f"== {int(size):,} records: " + ", ".join(f"{v:,} {k}" for k, v in rec.items())
                     + (f"; {q.get('n_in', '?')} in-scope + {q.get('n_out', '?')} out-of-scope questions" if q else ""))
        rows = _size_rows(ours, fz, ft, rt)
        lines += _grid(("", "ours", "fuzz (a)", "fts (b)"), rows)
        found = ours.get("symbol_found")
        if found:
            lines.append("  symbols found by spelling: " + ", ".join(f"{k} {v:.0%}" for k, v in found.items()))
        if ours.get("rebuilt_on_open"):
            lines.append("  WARNING: Bot rebuilt the index on open: latencies include no rebuild, but check.")
        for err in entry.get("errors", []):
            lines.append("  ERROR: " + err.replace("\n", "\n    "))
        lines.append("")
    bundled = report.get("bundled")
    if bundled:
        lines.append("== bundled knowledge, tests/questions.yaml")
        if "ours" in bundled:
            table: list[list[str]] = []
            for label, key, fmt, scale in (("top-1 in scope (%)", "top1", "{:.1f}", 100.0),
                                           ("abstain out of scope (%)", "abstain_out", "{:.1f}", 100.0),
                                           ("MRR@10", "mrr", "{:.3f}", 1.0)):
                table.append([label, *(_f(bundled[s].get(key), fmt, scale) for s in SYSTEMS)])
            table.append(["questions", *(f"{bundled[s]['n_in']} + {bundled[s]['n_out']}" for s in SYSTEMS)])
            lines += _grid(("", "ours", "fuzz (a)", "fts (b)"), table)
        for err in bundled.get("errors", []):
            lines.append("  ERROR: " + err.replace("\n", "\n    "))
        lines.append("")
    lines.append("== targets")
    for t in report["targets"]:
        value = _f(t["value"], "{:.3f}" if t["unit"] in ("ms", "points") else "{:.2f}")
        sign = ">" if t["unit"] == "points" else "≤"
        lines.append(f"  {t['status']:<4}  {t['name']:<36} {value:>9} {t['unit']:<6} (target {sign} {t['limit']:g})")
    return "\n".join(lines)


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
    return [fmt(header), *(fmt(r) for r in rows)]


def _clean(value: Any) -> Any:
    """NaN -> None, so that --json prints strict JSON."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def run(sizes: Sequence[int], *, runs: int = 3, seed: int = DEFAULT_SEED, questions: int = 1000,
        out: Path | None = None, fuzz_sample: int | None = None, bundled: bool = True,
        timeout: float = WORKER_TIMEOUT, skip_build: bool = False) -> dict[str, Any]:
    """Measure every size (and the bundled set); the report as the JSON object --json prints."""
    started = time.perf_counter()
    out = Path(out) if out else Path(tempfile.mkdtemp(prefix="wsis-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "schema": "wsis-bench/1",
        "meta": {"seed": seed, "runs": runs, "sizes": list(sizes), "questions": questions,
                 "python": platform.python_version(), "platform": platform.platform(),
                 "cpus": os.cpu_count(), "started": datetime.now(UTC).isoformat(timespec="seconds"),
                 "out": str(out)},
        "sizes": {},
    }
    for size in sizes:
        report["sizes"][str(size)] = measure_size(size, seed=seed, runs=runs, questions=questions, out=out,
                                                  fuzz_sample=fuzz_sample, timeout=timeout, skip_build=skip_build)
    report["bundled"] = measure_bundled(out) if bundled else None
    if report["bundled"] and "misses" in report["bundled"]:
        (out / "misses-bundled.json").write_text(
            json.dumps(report["bundled"].pop("misses"), indent=1, ensure_ascii=False, default=str))
    report["meta"]["seconds"] = time.perf_counter() - started
    report["targets"] = check_targets(report)
    report = _clean(report)
    (out / "results.json").write_text(json.dumps(report, indent=1, sort_keys=True, ensure_ascii=False))
    return report


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bot.bench", description=(__doc__ or "").splitlines()[0],
        epilog="Example: python -m bot.bench --sizes 1000,10000 --runs 3 --out /tmp/bench",
    )
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="comma-separated record counts (default: 1000,10000,100000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per timing; medians are reported (default: 3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the indexes, results.json and misses-*.json (default: a new temp folder)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"generator seed (default: {DEFAULT_SEED})")
    parser.add_argument("--questions", type=int, default=1000, help="questions per size (default: 1000)")
    parser.add_argument("--fuzz-sample", type=int, default=None,
                        help="questions for baseline (a) per size, 0 = all (default: 1.5M/records, at least 30)")
    parser.add_argument("--no-bundled", action="store_true", help="skip the bundled knowledge's labelled set")
    parser.add_argument("--timeout", type=float, default=WORKER_TIMEOUT,
                        help=f"seconds before a measurement step counts as failed (default: {WORKER_TIMEOUT:.0f})")
    parser.add_argument("--skip-build", action="store_true",
                        help="reuse the indexes an earlier run left in --out (build figures are then missing)")
    args = parser.parse_args(argv)
    try:
        sizes = [int(s.replace("_", "").replace(",", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes {args.sizes!r}: give record counts separated by commas, e.g. 1000,10000")
    if not sizes or any(s < 100 for s in sizes):
        parser.error(f"--sizes {args.sizes!r}: every size must be at least 100 records")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    report = run(sizes, runs=args.runs, seed=args.seed, questions=args.questions, out=args.out,
                 fuzz_sample=args.fuzz_sample, bundled=not args.no_bundled, timeout=args.timeout,
                 skip_build=args.skip_build)
    if args.json:
        print(json.dumps(report, sort_keys=True, ensure_ascii=False))
    else:
        print(format_table(report))
        print(f"\nDetails: {Path(report['meta']['out']) / 'results.json'}")


if __name__ == "__main__":
    main()
