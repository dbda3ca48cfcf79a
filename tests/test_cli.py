"""The CLI through the real console script, as users and outside checks call it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED

SCRIPT = Path(sys.executable).with_name("wsis-bot")


def run(*args: str, stdin: str | None = None, db: Path, knowledge: Path = BUNDLED) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT) if SCRIPT.exists() else shutil.which("wsis-bot") or "wsis-bot", *args]
    if args and args[0] in ("ask", "symbol", "build"):
        command += ["--knowledge", str(knowledge), "--db", str(db)]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=120, encoding="utf-8")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli") / "index.db"


def test_ask_prints_the_answer_and_its_sources(db: Path) -> None:
    proc = run("ask", "When were the enhanced cooperation consultations?", db=db)
    assert proc.returncode == 0, proc.stderr
    assert "18 May 2012" in proc.stdout
    assert "Sources:" in proc.stdout and "https://" in proc.stdout


def test_ask_json_has_the_contract_keys_and_types(db: Path) -> None:
    proc = run("ask", "--json", "when were the enhanced cooperation consultations?", db=db)
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout)
    assert list(obj) == ["question", "answered", "answer", "citations", "confidence", "suggestions"]
    assert obj["answered"] is True and isinstance(obj["answer"], str)
    assert 0.0 <= obj["confidence"] <= 1.0
    assert obj["citations"] and all(
        set(c) == {"symbol", "title", "url", "paragraph"} and isinstance(c["symbol"], str) for c in obj["citations"]
    )


def test_ask_json_batch_answers_each_line_in_order(db: Path) -> None:
    questions = ["when were the enhanced cooperation consultations?", "what is the capital of France?", "",
                 "where was the second IGF held?"]
    proc = run("ask", "--json", "-", stdin="\n".join(questions) + "\n", db=db)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["question"] for o in lines] == questions
    assert [o["answered"] for o in lines] == [True, False, False, True]
    assert all(not o["answered"] or o["citations"] for o in lines)


def test_symbol_json_batch_resolves_odd_spellings(db: Path) -> None:
    queries = ["a/res/66/184", "res 66/184", "E/CN.16/2012/CRP2", "A/RES/99/999", "garbage!!"]
    proc = run("symbol", "--json", "-", stdin="\n".join(queries) + "\n", db=db)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["symbol"] for r in rows] == ["A/RES/66/184", "A/RES/66/184", "E/CN.16/2012/CRP.2", None, None]
    assert list(rows[0]) == ["query", "found", "symbol", "symbols", "title", "date", "bodies", "url", "related",
                             "suggestions"]


def test_symbol_prints_a_card(db: Path) -> None:
    proc = run("symbol", "e/cn.16/2012/crp.2", db=db)
    assert proc.returncode == 0, proc.stderr
    assert "E/CN.16/2012/CRP.2" in proc.stdout and "Link:" in proc.stdout


def test_validate_accepts_the_bundled_knowledge() -> None:
    proc = subprocess.run([str(SCRIPT), "validate", "--knowledge", str(BUNDLED)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("ok:")


def test_validate_reports_a_broken_file_with_its_position_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(BUNDLED, folder)
    (folder / "bodies.yaml").write_text("- id: ga\n  name: [unclosed\n", encoding="utf-8")
    proc = subprocess.run([str(SCRIPT), "validate", "--knowledge", str(folder)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 1
    assert "bodies.yaml:" in proc.stdout


def test_build_writes_the_index(tmp_path: Path) -> None:
    proc = run("build", db=tmp_path / "built.db")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "built.db").exists() and "records" in proc.stdout


def test_missing_knowledge_folder_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    proc = run("ask", "hello", db=tmp_path / "x.db", knowledge=tmp_path / "nowhere")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "nowhere" in proc.stderr


def test_python_dash_m_bot_works_too(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "bot", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "ask" in proc.stdout


def test_search_lists_records_that_mention_the_words_names_first(db: Path) -> None:
    proc = run("search", "enhanced cooperation meeting 2012", "--limit", "5", db=db)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert 1 <= len(lines) <= 5
    assert any("ec-meeting-2012" in line for line in lines)


@pytest.mark.parametrize("words", ['NOT "(', "zzzqqq", "the of and"])
def test_search_with_nothing_to_find_says_so_and_exits_1(db: Path, words: str) -> None:
    proc = run("search", words, db=db)
    assert proc.returncode == 1
    assert "No record mentions these words" in proc.stderr
    assert "Traceback" not in proc.stderr
