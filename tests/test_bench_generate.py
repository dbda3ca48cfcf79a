"""The benchmark's generator: deterministic, valid in the real schema, and its questions point at
records that exist (a benchmark built on broken data measures nothing)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import yaml

from bot.bench.generate import FILES, add_typo, generate, ordinal_word, read_questions

RECORDS = 200


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench") / "a"
    generate(out, RECORDS, seed=7, questions=300)
    return out


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _records(root: Path) -> dict[str, list[dict]]:
    return {kind: yaml.safe_load((root / "knowledge" / name).read_text(encoding="utf-8"))
            for kind, name in FILES.items()}


def test_same_seed_gives_byte_identical_files(generated: Path, tmp_path: Path) -> None:
    generate(tmp_path / "b", RECORDS, seed=7, questions=300)
    assert _files(generated) == _files(tmp_path / "b")


def test_another_seed_gives_other_files(generated: Path, tmp_path: Path) -> None:
    generate(tmp_path / "c", RECORDS, seed=8, questions=300)
    assert _files(generated)["knowledge/documents.yaml"] != _files(tmp_path / "c")["knowledge/documents.yaml"]


def test_writes_the_requested_number_of_records_as_lists_of_mappings(generated: Path) -> None:
    records = _records(generated)
    assert sum(len(v) for v in records.values()) == RECORDS
    for kind, items in records.items():
        assert items and all(isinstance(r, dict) and r.get("sources") for r in items), kind


def test_generated_knowledge_passes_check_knowledge(generated: Path) -> None:
    knowledge = pytest.importorskip("bot.knowledge")
    checked = knowledge.check_knowledge(generated / "knowledge")
    # check_knowledge gives the problems, alone or after the loaded knowledge
    problems = checked[1] if isinstance(checked, tuple) and len(checked) == 2 else checked
    assert [str(p) for p in problems] == []


def test_generated_knowledge_loads_with_the_counts_written(generated: Path) -> None:
    knowledge = pytest.importorskip("bot.knowledge")
    loaded = knowledge.load_knowledge(generated / "knowledge")
    counts = loaded.counts()
    records = _records(generated)
    assert counts["documents"] == len(records["documents"])
    assert counts["questions"] == len(records["qa"])


def test_every_reference_names_an_existing_record(generated: Path) -> None:
    records = _records(generated)
    symbols = {d["symbol"] for d in records["documents"]}
    symbols |= {s for d in records["documents"] for s in d.get("other_symbols", [])}
    bodies = {b["id"] for b in records["bodies"]}
    meetings = {m["id"] for m in records["meetings"]}
    for kind, items in records.items():
        for r in items:
            assert all(s["symbol"] in symbols for s in r["sources"]), (kind, r)
    for m in records["meetings"]:
        assert set(m["convened_by"]) <= bodies
        assert m.get("part_of", next(iter(meetings))) in meetings
        assert set(m.get("outcome_documents", [])) <= symbols
    for a in records["mandates"]:
        assert a["document"] in symbols and set(a["by"]) | set(a["to"]) <= bodies
        assert set(a.get("fulfilled_by", [])) <= symbols | meetings
    ids = [d["symbol"] for d in records["documents"]] + [r["id"] for k, v in records.items() if k != "documents"
                                                         for r in v]
    assert len(ids) == len(set(ids))


def test_questions_reference_existing_ids(generated: Path) -> None:
    records = _records(generated)
    ids = {d["symbol"] for d in records["documents"]} | {r["id"] for k, v in records.items() if k != "documents"
                                                        for r in v}
    questions = read_questions(generated / "questions.jsonl")
    assert len(questions) == 300
    inside = [q for q in questions if q.scope == "in"]
    outside = [q for q in questions if q.scope == "out"]
    assert all(q.expect_id in ids and q.expect for q in inside)
    assert all(q.expect_id is None for q in outside)
    assert 0.2 <= len(outside) / len(questions) <= 0.3
    assert {q.kind for q in inside} == {"document", "meeting", "mandate", "qa", "body"}
    assert {q.kind for q in outside} == {"general", "near-miss"}
    assert 0.08 <= sum(q.typo for q in questions) / len(questions) <= 0.25


def test_questions_are_not_copies_of_names_aliases_or_curated_questions(generated: Path) -> None:
    records = _records(generated)
    names = set()
    for items in records.values():
        for r in items:
            for key in ("title", "name", "question", "symbol"):
                if r.get(key):
                    names.add(r[key].lower().rstrip("?"))
            names.update(a.lower() for a in r.get("aliases", []) + r.get("paraphrases", []))
    questions = read_questions(generated / "questions.jsonl")
    assert not [q.q for q in questions if q.q.lower().rstrip("?") in names]


def test_symbol_queries_expect_existing_documents(generated: Path) -> None:
    symbols = {d["symbol"] for d in _records(generated)["documents"]}
    lines = [json.loads(x) for x in (generated / "symbols.jsonl").read_text().splitlines()]
    assert {x["style"] for x in lines} >= {"exact", "unknown"}
    assert all(x["expect"] in symbols for x in lines if x["style"] != "unknown")
    assert all(x["query"] not in symbols for x in lines if x["style"] == "unknown")


def test_typo_changes_one_word_by_one_edit() -> None:
    rng = random.Random(1)
    text = "When was the report on broadband connectivity issued?"
    for _ in range(50):
        typed = add_typo(text, rng)
        changed = [(a, b) for a, b in zip(text.split(), typed.split()) if a != b]
        assert len(changed) == 1 and abs(len(changed[0][0]) - len(changed[0][1])) <= 1


@pytest.mark.parametrize(("n", "word"), [(1, "first"), (15, "fifteenth"), (20, "twentieth"), (67, "sixty-seventh")])
def test_ordinal_words(n: int, word: str) -> None:
    assert ordinal_word(n) == word
