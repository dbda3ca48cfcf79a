"""Bitset recall: exact against a brute-force count, on random postings and on a real index."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.index import build_index
from bot.knowledge import load_knowledge
from bot.recall import DENSE, SPARSE, WeightedSum, decode_postings, encode_postings, positions
from bot.store import open_store
from tests.conftest import BUNDLED


def brute_top(postings: list[tuple[list[int], int]], limit: int, floor: int = 1) -> list[tuple[int, int]]:
    totals: dict[int, int] = {}
    for listed, weight in postings:
        if weight <= 0:
            continue
        for pos in set(listed):
            totals[pos] = totals.get(pos, 0) + weight
    ranked = sorted(((p, t) for p, t in totals.items() if t >= floor), key=lambda pt: (-pt[1], pt[0]))
    return ranked[:limit]


postings_strategy = st.lists(
    st.tuples(st.lists(st.integers(min_value=1, max_value=400), max_size=120), st.integers(min_value=0, max_value=70)),
    max_size=9,
)


@settings(max_examples=300, deadline=None)
@given(postings=postings_strategy, limit=st.integers(min_value=1, max_value=30),
       floor=st.integers(min_value=1, max_value=60))
def test_top_equals_a_brute_force_count(postings: list[tuple[list[int], int]], limit: int, floor: int) -> None:
    size = 401
    total = WeightedSum((decode_postings(encode_postings(listed, size), size), w) for listed, w in postings)
    assert total.top(limit, floor) == brute_top(postings, limit, floor)


@settings(max_examples=200, deadline=None)
@given(postings=postings_strategy, threshold=st.integers(min_value=1, max_value=300))
def test_at_least_and_total_of_agree_with_the_sums(postings: list[tuple[list[int], int]], threshold: int) -> None:
    total = WeightedSum((decode_postings(encode_postings(listed, 401), 401), w) for listed, w in postings)
    sums = dict(brute_top(postings, 10**6))
    assert set(positions(total.at_least(threshold))) == {p for p, t in sums.items() if t >= threshold}
    for pos, expected in list(sums.items())[:20]:
        assert total.total_of(pos) == expected


def test_ties_go_to_the_lower_position_and_limit_cuts_inside_a_level() -> None:
    size = 100
    total = WeightedSum([(decode_postings(encode_postings([5, 7, 9, 11], size), size), 3),
                         (decode_postings(encode_postings([9], size), size), 1)])
    assert total.top(3) == [(9, 4), (5, 3), (7, 3)]
    assert total.top(1, floor=5) == []


@pytest.mark.parametrize("count, kind", [(3, SPARSE), (40, DENSE)])
def test_encoding_picks_the_smaller_form_and_round_trips(count: int, kind: bytes) -> None:
    size = 1000
    listed = list(range(1, size, size // count))[:count]
    blob = encode_postings(listed, size)
    assert blob[:1] == kind
    assert list(positions(decode_postings(blob, size))) == sorted(listed)


def test_unknown_encoding_is_an_error_not_a_wrong_answer() -> None:
    with pytest.raises(ValueError, match="unknown postings encoding"):
        decode_postings(b"X\x00\x01", 16)


def test_zero_weights_and_empty_bitsets_add_nothing() -> None:
    total = WeightedSum([(0, 5), (0b1010, 0)])
    assert total.top(5) == []
    with pytest.raises(ValueError):
        total.at_least(0)


def test_store_recall_matches_a_count_over_the_stored_text(tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    build_index(load_knowledge(BUNDLED), db)
    store = open_store(db)
    try:
        rows = store._conn.execute("SELECT rowid, names_n, text_n FROM records").fetchall()
        weights = {"enhanc": 9, "cooper": 5, "consult": 4, "cstd": 3}
        weighted = [(s, "anywhere", w) for s, w in weights.items()] + [(s, "names", 1) for s in weights]
        expected = []
        for rowid, names, text in rows:
            anywhere, in_names = set(names.split()) | set(text.split()), set(names.split())
            total = sum(w for s, w in weights.items() if s in anywhere) + sum(1 for s in weights if s in in_names)
            if total:
                expected.append((rowid, total))
        expected.sort(key=lambda pt: (-pt[1], pt[0]))
        assert expected, "the stems above must occur in the bundled knowledge"
        assert store.recall(weighted, 12) == expected[:12]
    finally:
        store.close()
