"""Small measuring tools shared by the benchmark's workers: percentiles, peak memory, judging.

Kept dependency-free (no psutil, no numpy): peak RSS comes from /proc/self/status (VmHWM) or
`resource.getrusage`, percentiles are computed here.
"""

from __future__ import annotations

import math
import resource
import statistics
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100) of unsorted values; NaN when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    """Latencies in seconds -> {"p50", "p95", "p99", "mean", "max"} in milliseconds."""
    ms = [s * 1000 for s in seconds]
    if not ms:
        return {"p50": math.nan, "p95": math.nan, "p99": math.nan, "mean": math.nan, "max": math.nan}
    return {"p50": percentile(ms, 50), "p95": percentile(ms, 95), "p99": percentile(ms, 99),
            "mean": statistics.fmean(ms), "max": max(ms)}


def median_summary(runs: Sequence[dict[str, float]]) -> dict[str, float]:
    """Per-run summaries -> the median of each figure over the runs."""
    if not runs:
        return {}
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def spread(items: Sequence[T], n: int) -> list[T]:
    """n items evenly spread over a sequence (all of them when n >= len): a deterministic sample."""
    if n <= 0 or n >= len(items):
        return list(items)
    return [items[(i * len(items)) // n] for i in range(n)]


def reciprocal_rank(ids: Sequence[str], expected: str) -> float:
    """1/rank of the expected id in a ranked list, 0 when absent."""
    for i, rid in enumerate(ids):
        if rid == expected:
            return 1.0 / (i + 1)
    return 0.0


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def satisfies(expect: dict[str, Any], text: str, cites: Iterable[str]) -> bool:
    """Does an answer (text + cited symbols) meet an in-scope label of tests/questions.yaml?

    The same rule as tests/evaluation.py's `judge`, for any text: something is cited; every
    `contains` string is in the text and at least one `contains_any` one (case-insensitive); at
    least one `cites_any` symbol is cited exactly.
    """
    cited = set(cites)
    if not cited:
        return False
    low = text.lower()
    if any(s.lower() not in low for s in _as_list(expect.get("contains"))):
        return False
    any_of = _as_list(expect.get("contains_any"))
    if any_of and not any(s.lower() in low for s in any_of):
        return False
    wanted = set(_as_list(expect.get("cites_any")))
    return not wanted or bool(cited & wanted)
