"""Loading the knowledge: the valid fixture becomes the expected records, and each broken fixture
(tests/fixtures/broken/<case>/, a copy of the valid one with one file broken) yields exactly its
problem, at its file:line:col, followed by a fix."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.errors import KnowledgeError, Problem
from bot.knowledge import (
    KNOWN_FILES,
    _parse_date,
    check_knowledge,
    display_path,
    knowledge_files,
    load_knowledge,
)
from bot.records import PartialDate, Source
from bot.symbols import SymbolError, normalize

ROOT = Path(__file__).resolve().parent.parent
OK = ROOT / "tests" / "fixtures" / "knowledge_ok"
BROKEN = ROOT / "tests" / "fixtures" / "broken"
BUNDLED_KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages show paths relative to the current directory: run from the repository root."""
    monkeypatch.chdir(ROOT)


def _reason(text: str) -> str:
    """Why bot.symbols rejects `text` (its wording belongs to that module)."""
    try:
        normalize(text)
    except SymbolError as exc:
        return exc.reason
    raise AssertionError(f"{text!r} was expected to be rejected")


ADDENDUM = "A/67/66/Add.1-E/2012/49/Add.1"
# case -> (first line of the problem, with {dir} for the case's folder; the start of its fix line)
BROKEN_CASES: dict[str, tuple[str, str]] = {
    "yaml-syntax": (("{dir}/bodies.yaml:10:15: invalid YAML: expected ',' or ']', but got ':' "
                    "(while parsing a flow sequence, line 9)"),
                    "Fix the YAML syntax at this position (check indentation and quotes)."),
    "not-a-list": ("{dir}/bodies.yaml:1:1: bodies.yaml must be a list of records, got a mapping",
                   "Start each record with '- ' at the left margin"),
    "record-not-mapping": ("{dir}/qa.yaml:11:3: record 2 of qa.yaml is a string, not a mapping",
                           "Write the record as 'key: value' lines"),
    "unknown-key": ("{dir}/documents.yaml:3:3: unknown key 'titel' in document 'A/RES/66/184'",
                    "Did you mean 'title'? Valid keys: symbol, title, kind, sources, other_symbols,"),
    "duplicate-key": ("{dir}/documents.yaml:5:3: duplicate key 'title' in document 'A/RES/66/184' (first at line 3)",
                      "Keep only one of them"),
    "missing-field": ("{dir}/mandates.yaml:13:3: mandate 'ec-outcome-report-2012' has no 'action'",
                      "Add 'action:' to this record (required in mandate records: id, name, by, to, action,"),
    "empty-field": ("{dir}/bodies.yaml:2:9: 'name' of body 'ga' is empty",
                    "Give it a value (required in body records: id, name, sources)."),
    "string-expected": ("{dir}/meetings.yaml:21:10: 'place' of meeting 'cstd-15' must be a string, got a list",
                        "Write it as one text; put it in quotes if it starts with '['."),
    "list-expected": ("{dir}/bodies.yaml:4:12: 'aliases' of body 'ga' must be a list, got a string",
                      "Make it a list: 'aliases: [...]'"),
    "unquoted-colon-item": (("{dir}/meetings.yaml:20:7: item 2 of 'aliases' of meeting 'cstd-15' must be a string, "
                            "got a mapping"), "Write it as one text; put it in quotes if it contains ': '"),
    "bad-bool": ("{dir}/qa.yaml:12:8: 'gap' of Q&A 'gap-66-184-paragraphs' must be true or false, got 'maybe'",
                 "Write 'gap: true' or remove it."),
    "impossible-date": (("{dir}/meetings.yaml:5:10: impossible date '2012-02-30' in 'start' of meeting "
                        "'ec-meeting-2012': day is out of range for month"), "Write dates as YYYY-MM-DD"),
    "impossible-month": (("{dir}/documents.yaml:22:9: impossible date '2012-13-01' in 'date' of document "
                         f"'{ADDENDUM}': month must be in 1..12"), "Write dates as YYYY-MM-DD"),
    "not-a-date": (("{dir}/documents.yaml:41:9: 'date' of document 'WSIS-05/TUNIS/DOC/6(Rev.1)' is not a date: "
                   "'18 November 2005'"), "Write dates as YYYY-MM-DD (2012-05-18), or YYYY-MM / YYYY"),
    "end-before-start": ("{dir}/meetings.yaml:20:8: meeting 'cstd-15' ends (2012-05-20) before it starts (2012-05-21)",
                         "Check both dates against the source"),
    "malformed-symbol": (("{dir}/documents.yaml:24:27: malformed symbol 'Tunis Agenda' in 'related' of document "
                         f"'{ADDENDUM}': {_reason('Tunis Agenda')}"), "Write a UN document symbol such as"),
    "non-canonical-symbol": (("{dir}/mandates.yaml:18:13: symbol 'a/res/66/184' in 'document' of mandate "
                             "'ec-outcome-report-2012' is not in canonical form"), "Write it as 'A/RES/66/184'"),
    "unknown-symbol": (("{dir}/meetings.yaml:10:15: 'mandated_by' of meeting 'ec-meeting-2012' names 'A/RES/66/185', "
                       "but no document in {dir}/documents.yaml has that symbol"),
                       "Add it to {dir}/documents.yaml, or fix the symbol (did you mean 'A/RES/66/184'?)."),
    "unknown-body": (("{dir}/meetings.yaml:22:17: 'convened_by' of meeting 'cstd-15' names body 'cstdd', "
                     "but {dir}/bodies.yaml has no body with that id"), "Did you mean 'cstd'?"),
    "unknown-parent": (("{dir}/bodies.yaml:23:11: 'parent' of body 'cstd-chair' names body 'ecosoc', "
                       "but {dir}/bodies.yaml has no body with that id"), "Add the body to {dir}/bodies.yaml"),
    "unknown-part-of": (("{dir}/meetings.yaml:30:12: 'part_of' of meeting 'cstd-15-3rd-meeting' names meeting "
                        "'cstd-16', but {dir}/meetings.yaml has no meeting with that id"), "Did you mean 'cstd-15'?"),
    "unknown-fulfilled-by": (("{dir}/mandates.yaml:9:18: 'fulfilled_by' of mandate 'ec-meeting-2012-convening' names "
                             "'ec-meeting-2021', but no meeting has that id and no document that symbol"),
                             "Did you mean 'ec-meeting-2012'?"),
    "duplicate-id": ("{dir}/qa.yaml:11:7: duplicate id 'ec-no-consensus': already used by the Q&A at line 1",
                     "Give each Q&A its own id."),
    "duplicate-symbol": (("{dir}/documents.yaml:13:51: duplicate symbol 'A/RES/66/184' in document "
                         f"'{ADDENDUM}': already in document 'A/RES/66/184' at line 2"),
                         "A symbol names one document"),
    "duplicate-alias": (("{dir}/bodies.yaml:22:13: duplicate alias 'CSTD Chair' in body 'cstd-chair': already an "
                        "alias of mandate 'ec-outcome-report-2012' ({dir}/mandates.yaml:15)"),
                        "An alias must name one record"),
    "alias-is-another-name": (("{dir}/meetings.yaml:18:13: alias 'CSTD' of meeting 'cstd-15' is the abbreviation "
                              "of body 'cstd' ({dir}/bodies.yaml:16)"), "An alias must name one record"),
    "duplicate-question": (("{dir}/qa.yaml:21:17: duplicate question \"was there CONSENSUS on the CSTD Chair's report "
                           "on enhanced cooperation\" in Q&A 'ec-2012-basis': already in Q&A 'ec-no-consensus' "
                           "at line 2"), "Each question must lead to one answer"),
    "malformed-url": (("{dir}/documents.yaml:32:8: malformed URL 'unctad.org/meetings/en/SessionalDocuments/"
                      "ecn162012crp2_en.pdf' in 'url' of document 'E/CN.16/2012/CRP.2': it does not start with "
                      "http:// or https://"), "Write the full address starting with https://"),
    "url-with-space": (("{dir}/meetings.yaml:40:12: malformed URL 'https://www.microwavejournal.com/articles/1957 "
                       "group discussion' in source 1 of meeting 'ungis-2006': it contains a space"),
                       "Write the full address"),
    "empty-sources": (("{dir}/bodies.yaml:11:12: 'sources' of body 'un-sg' is empty: every record cites at least "
                      "one source"), "Add 'symbol:' (a document of documents.yaml), or 'url:' with a 'note:'"),
    "source-without-symbol-or-url": (("{dir}/mandates.yaml:11:7: source 1 of mandate 'ec-meeting-2012-convening' "
                                     "has neither 'symbol' nor 'url'"), "Add 'symbol:'"),
    "url-without-note": ("{dir}/meetings.yaml:40:7: source 1 of meeting 'ungis-2006' has a 'url' but no 'note'",
                         "Add 'note:' saying what the page is"),
    "invalid-kind": ("{dir}/documents.yaml:4:9: invalid kind 'resolutoin' of document 'A/RES/66/184'",
                     "Did you mean 'resolution'? Valid kinds: resolution, decision, report,"),
    "invalid-id": ("{dir}/meetings.yaml:34:7: invalid id 'UNGIS_2006' of meeting: ids are lowercase slugs",
                   "Use lowercase letters, digits and single hyphens: write it as 'ungis-2006'."),
    "unknown-file": ("{dir}/meeting.yaml:1:1: unknown file 'meeting.yaml'; it is ignored",
                     "Did you mean 'meetings.yaml'? Knowledge files: documents.yaml, meetings.yaml,"),
    "empty-folder": ("{dir}: no knowledge files in folder '{dir}'",
                     "Add the YAML files documents.yaml, meetings.yaml, mandates.yaml, bodies.yaml, qa.yaml"),
}


@pytest.mark.parametrize(("case", "first_line", "fix"), [(c, *e) for c, e in BROKEN_CASES.items()],
                         ids=list(BROKEN_CASES))
def test_each_broken_fixture_reports_exactly_its_problem_and_a_fix(case: str, first_line: str, fix: str) -> None:
    folder = f"tests/fixtures/broken/{case}"
    knowledge, problems = check_knowledge(BROKEN / case)
    assert knowledge is None
    assert [str(p).splitlines()[0] for p in problems] == [first_line.format(dir=folder)]
    assert str(problems[0]).splitlines()[1].startswith("  " + fix.format(dir=folder))


def test_every_broken_case_has_a_fixture_and_each_fixture_a_case() -> None:
    assert sorted(p.name for p in BROKEN.iterdir()) == sorted(BROKEN_CASES)


def test_all_problems_in_all_files_are_reported_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(OK, folder)
    for case, name in [("unknown-key", "documents.yaml"), ("impossible-date", "meetings.yaml"),
                       ("yaml-syntax", "bodies.yaml"), ("duplicate-id", "qa.yaml")]:
        shutil.copy(BROKEN / case / name, folder / name)
    knowledge, problems = check_knowledge(folder)
    assert knowledge is None
    assert [(Path(p.path).name, p.line, p.col) for p in problems] == [
        ("bodies.yaml", 10, 15), ("documents.yaml", 3, 3), ("meetings.yaml", 5, 10), ("qa.yaml", 11, 7)]
    assert all(p.path.startswith(str(folder)) for p in problems)  # outside the current directory: as given


def test_a_syntax_error_in_one_file_does_not_hide_the_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(OK, folder)
    (folder / "documents.yaml").write_text("- symbol: [A/RES/66/184\n", encoding="utf-8")
    (folder / "bodies.yaml").write_text((OK / "bodies.yaml").read_text().replace("parent: cstd", "parent: cstdd"))
    _, problems = check_knowledge(folder)
    messages = [p.message for p in problems]
    assert len(messages) == 2, messages  # no flood of symbols "missing" because documents.yaml is unreadable
    assert messages[0].startswith("'parent' of body 'cstd-chair' names body 'cstdd'")
    assert messages[1].startswith("invalid YAML:")


def test_the_valid_fixture_loads_into_the_expected_records() -> None:
    knowledge = load_knowledge(OK)
    assert knowledge.counts() == {"documents": 4, "meetings": 4, "mandates": 2, "bodies": 4, "questions": 3}
    docs = {d.symbol: d for d in knowledge.documents}
    resolution, addendum = docs["A/RES/66/184"], docs[ADDENDUM]
    assert resolution.title == "Information and communications technologies for development"
    assert resolution.sources == (Source(symbol=ADDENDUM),)  # a plain string is a symbol
    assert resolution.related == (ADDENDUM,) and resolution.bodies == ("ga",) and resolution.line == 2
    assert addendum.other_symbols == ("A/67/66/Add.1", "E/2012/49/Add.1")
    assert addendum.date == date(2012, 7, 10) and addendum.title.startswith("Progress made in the implementation")
    assert addendum.title.endswith("pertaining to the Internet")  # folded block: one line, no newline
    assert docs["WSIS-05/TUNIS/DOC/6(Rev.1)"].sources[0].url == "https://studylib.net/doc/13498527/i-tunis-agenda"

    meetings = {m.id: m for m in knowledge.meetings}
    assert meetings["ec-meeting-2012"].start == date(2012, 5, 18) and meetings["ec-meeting-2012"].end is None
    assert meetings["ec-meeting-2012"].mandated_by == (Source(symbol="A/RES/66/184"),)
    assert (meetings["cstd-15"].start, meetings["cstd-15"].end) == (date(2012, 5, 21), date(2012, 5, 25))
    assert meetings["ungis-2006"].start == PartialDate(2006, 7)
    assert meetings["ungis-2006"].kind == "meeting"  # the schema's default
    assert meetings["cstd-15-3rd-meeting"].part_of == "cstd-15"

    mandates = {m.id: m for m in knowledge.mandates}
    assert mandates["ec-outcome-report-2012"].fulfilled_by == (ADDENDUM,)
    assert mandates["ec-meeting-2012-convening"].fulfilled_by == ("ec-meeting-2012",)
    assert {b.id: b.parent for b in knowledge.bodies}["cstd-chair"] == "cstd"
    qas = {q.id: q for q in knowledge.qas}
    assert qas["ec-2012-basis"].sources[1] == Source(symbol="WSIS-05/TUNIS/DOC/6(Rev.1)", paragraph="34")
    assert qas["gap-66-184-paragraphs"].gap is True and qas["ec-no-consensus"].gap is False
    assert knowledge.files == tuple(str(OK / name) for name in KNOWN_FILES)


def test_load_knowledge_raises_knowledge_error_carrying_every_problem() -> None:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(BROKEN / "invalid-kind")
    assert caught.value.problems == check_knowledge(BROKEN / "invalid-kind")[1]
    assert "invalid kind 'resolutoin'" in str(caught.value)


def test_a_missing_folder_is_one_problem_naming_it_and_the_expected_files(tmp_path: Path) -> None:
    _, problems = check_knowledge(tmp_path / "nowhere")
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{tmp_path / 'nowhere'}: knowledge folder ")
    assert "documents.yaml, meetings.yaml, mandates.yaml, bodies.yaml, qa.yaml" in problems[0].fix


def _edit(tmp_path: Path, name: str, old: str, new: str) -> list[Problem]:
    folder = tmp_path / "knowledge"
    shutil.copytree(OK, folder)
    text = (folder / name).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    (folder / name).write_text(text.replace(old, new), encoding="utf-8")
    return check_knowledge(folder)[1]


@pytest.mark.parametrize(("name", "old", "new", "message"), [
    ("meetings.yaml", "  place: Geneva\n  part_of", "  place: \"Gen\x07eva\"\n  part_of",
     "invalid YAML: special characters are not allowed"),
    ("meetings.yaml", "  start: 2012-05-22\n", "  end: 2012-05-22\n", "meeting 'cstd-15-3rd-meeting' has an 'end' but"),
    ("meetings.yaml", "  aliases: [CSTD 15]\n", "  aliases: [CSTD 15, cstd  15]\n",
     "duplicate alias 'cstd  15' in meeting 'cstd-15': already an alias of this record"),
    ("meetings.yaml", "  aliases: [CSTD 15]\n", "  aliases: [CSTD 15, '']\n",
     "item 2 of 'aliases' of meeting 'cstd-15' is empty"),
    ("qa.yaml", "    - A/67/66/Add.1-E/2012/49/Add.1\n", "    - [A/RES/66/184]\n",
     "source 1 of Q&A 'ec-no-consensus' has neither 'symbol' nor 'url'"),
    ("qa.yaml", "      paragraph: 34\n", "      paragrahp: 34\n",
     "unknown key 'paragrahp' in source 2 of Q&A 'ec-2012-basis'"),
    ("bodies.yaml", "- id: ga\n", "- {}\n- id: ga\n", "this body has no 'id'"),
], ids=["control-character", "end-without-start", "alias-twice-in-a-record",
        "empty-item", "source-is-a-list", "unknown-source-key", "record-without-id"])
def test_more_problems_found_in_edited_copies(tmp_path: Path, name: str, old: str, new: str, message: str) -> None:
    problems = _edit(tmp_path, name, old, new)
    assert any(p.message.startswith(message) for p in problems), [str(p) for p in problems]
    assert all(p.fix for p in problems)


def test_a_reference_to_part_of_a_joint_symbol_names_the_joint_symbol(tmp_path: Path) -> None:
    problems = _edit(tmp_path, "documents.yaml", "  related: [A/RES/66/184, E/CN.16/2012/CRP.2]\n",
                     "  related: [A/RES/66/184, E/CN.16/2012/CRP.2, E/2012/49/Add.1]\n")
    assert problems == []  # other_symbols makes the part resolve
    problems = _edit(tmp_path / "2", "documents.yaml", "  other_symbols: [A/67/66/Add.1, E/2012/49/Add.1]\n",
                     "  other_symbols: [A/67/66/Add.1]\n  related: [E/2012/49/Add.1]\n")
    assert [p.fix for p in problems if "'E/2012/49/Add.1'" in p.message] == [
        f"It is a part of '{ADDENDUM}': cite that, or add 'E/2012/49/Add.1' to its other_symbols."]


def test_a_bad_start_is_reported_once_not_also_as_a_missing_start(tmp_path: Path) -> None:
    problems = _edit(tmp_path, "meetings.yaml", "  start: 2012-05-21\n", "  start: 2012-05-32\n")
    assert [p.message for p in problems] == [
        "impossible date '2012-05-32' in 'start' of meeting 'cstd-15': day is out of range for month"]


def test_partial_dates_are_compared_by_the_days_they_may_stand_for(tmp_path: Path) -> None:
    assert _edit(tmp_path, "meetings.yaml", "  end: 2012-05-25\n", "  end: 2012-05\n") == []
    problems = _edit(tmp_path / "2", "meetings.yaml", "  end: 2012-05-25\n", "  end: 2012-04\n")
    assert [p.message for p in problems] == ["meeting 'cstd-15' ends (2012-04) before it starts (2012-05-21)"]


def test_knowledge_files_lists_the_files_present_in_schema_order(tmp_path: Path) -> None:
    for name in ("qa.yaml", "documents.yaml", "notes.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert knowledge_files(tmp_path) == [tmp_path / "documents.yaml", tmp_path / "qa.yaml"]


def test_display_path_is_relative_below_the_current_directory_and_as_given_elsewhere(tmp_path: Path) -> None:
    assert display_path(OK / "qa.yaml") == "tests/fixtures/knowledge_ok/qa.yaml"
    assert display_path(Path("tests")) == "tests"
    assert display_path(tmp_path / "x.yaml") == str(tmp_path / "x.yaml")


def test_the_bundled_knowledge_is_valid() -> None:
    knowledge, problems = check_knowledge(ROOT / "knowledge")
    assert problems == [], "\n".join(str(p) for p in problems)
    assert knowledge is not None and all(knowledge.counts().values())


@given(st.dates(min_value=date(1000, 1, 1)))
def test_every_iso_date_parses_to_itself(day: date) -> None:
    assert _parse_date(day.isoformat()) == (day, "")
    assert _parse_date(day.isoformat()[:7]) == (PartialDate(day.year, day.month), "")


@given(st.text(max_size=12))
def test_date_parsing_never_raises(text: str) -> None:
    value, why = _parse_date(text)
    assert (value is None) == bool(why)


@pytest.mark.parametrize("case", sorted(p.name for p in BROKEN.iterdir() if p.is_dir()))
def test_reading_in_slices_reports_what_reading_whole_files_reports(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.knowledge as knowledge

    whole = check_knowledge(BROKEN / case)[1]
    monkeypatch.setattr(knowledge, "CHUNK_RECORDS", 1)
    assert check_knowledge(BROKEN / case)[1] == whole


def test_line_numbers_stay_true_across_slices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.knowledge as knowledge

    shutil.copytree(BUNDLED_KNOWLEDGE, tmp_path / "k")
    docs = tmp_path / "k" / "documents.yaml"
    text = docs.read_text(encoding="utf-8")
    bad_line = text.count("\n") + 3  # the date line of the record appended below
    docs.write_text(text.rstrip("\n") + "\n# a bad record, after many good ones\n- symbol: A/RES/99/1\n"
                    "  date: 2012-02-30\n  title: X\n  kind: resolution\n  sources: [{symbol: A/RES/99/1}]\n",
                    encoding="utf-8")
    monkeypatch.setattr(knowledge, "CHUNK_RECORDS", 3)
    problems = check_knowledge(tmp_path / "k")[1]
    dated = [p for p in problems if "2012-02-30" in p.message]
    assert dated and dated[0].line == bad_line, problems
    monkeypatch.setattr(knowledge, "CHUNK_RECORDS", 10**9)
    assert check_knowledge(tmp_path / "k")[1] == problems
