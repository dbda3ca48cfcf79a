"""UN symbols typed every which way -> one canonical symbol; anything else -> SymbolError only."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.symbols import (
    MAX_SYMBOL_CHARS,
    SymbolError,
    find_symbols,
    glued_resolutions,
    looks_like_symbol,
    lookup_key,
    normalize,
    split_joint,
    tail_parts,
    try_normalize,
    without_symbols,
)

ROOT = Path(__file__).resolve().parent.parent

SPELLINGS = [
    # the series and its first number typed as one ("A67/66"), and RES glued to the session
    ("a67/66", "A/67/66"),
    ("E2012/49", "E/2012/49"),
    ("A/RES66/184", "A/RES/66/184"),
    ("ares/60/252", "A/RES/60/252"),  # the series and RES typed as one word
    ("ares 66/184", "A/RES/66/184"),
    ("ERES 2006/46", "E/RES/2006/46"),
    # a resolution number typed with a dash
    ("res 70-125", "A/RES/70/125"),
    ("ECOSOC res 2006-46", "E/RES/2006/46"),
    # a joint report's addendum typed once at the end is each part's addendum
    ("A/67/66-E/2012/49/Add.1", "A/67/66/Add.1-E/2012/49/Add.1"),
    ("a/66/77-e/2011/103/corr.1", "A/66/77/Corr.1-E/2011/103/Corr.1"),
    # series letters upper case; RES
    ("A/RES/66/184", "A/RES/66/184"),
    ("a/res/66/184", "A/RES/66/184"),
    ("A/Res/66/184", "A/RES/66/184"),
    ("E/RES/2016/22", "E/RES/2016/22"),
    ("e/res/2006/46", "E/RES/2006/46"),
    ("A/RES/60/252", "A/RES/60/252"),
    # spaces, quotes, brackets, trailing punctuation, Slack markup
    ("A / RES / 66 / 184", "A/RES/66/184"),
    # spaces for every slash (the numbered components keep their number)
    ("E CN.16 2012 CRP.2", "E/CN.16/2012/CRP.2"),
    # a downloaded file's name
    ("A_RES_66_184", "A/RES/66/184"),
    ("A_RES_66_184-EN.pdf", "A/RES/66/184"),
    ("E_CN.16_2012_CRP.2.pdf", "E/CN.16/2012/CRP.2"),
    ("e cn 16 2012 crp 2", "E/CN.16/2012/CRP.2"),
    ("A 67 66 Add 1", "A/67/66/Add.1"),
    ("A C 2 66 L 5", "A/C.2/66/L.5"),
    ("  A/RES/66/184\n", "A/RES/66/184"),
    ("A/RES/66/184.", "A/RES/66/184"),
    ("A/RES/66/184?!", "A/RES/66/184"),
    ("`A/RES/66/184`", "A/RES/66/184"),
    ('"A/RES/66/184"', "A/RES/66/184"),
    ("“A/RES/66/184”,", "A/RES/66/184"),
    ("(A/RES/66/184)", "A/RES/66/184"),
    ("[A/RES/66/184];", "A/RES/66/184"),
    ("*A/RES/66/184*", "A/RES/66/184"),
    ("<https://undocs.org/A/RES/66/184|A/RES/66/184>", "A/RES/66/184"),
    ("<https://undocs.org/A/RES/66/184>", "A/RES/66/184"),
    # undocs.org links
    ("https://undocs.org/A/RES/66/184", "A/RES/66/184"),
    ("http://undocs.org/en/A/RES/70/125", "A/RES/70/125"),
    ("undocs.org/E/CN.16/2012/CRP.2", "E/CN.16/2012/CRP.2"),
    ("https://docs.un.org/en/A/67/66", "A/67/66"),
    ("https://documents.un.org/A%2FRES%2F66%2F184", "A/RES/66/184"),
    # resolution shorthands: a session means the General Assembly, a year ECOSOC
    ("res 66/184", "A/RES/66/184"),
    ("res. 66/184", "A/RES/66/184"),
    ("Res 66 / 184", "A/RES/66/184"),
    ("resolution 66/184", "A/RES/66/184"),
    ("GA res 66/184", "A/RES/66/184"),
    ("GA resolution 70/125", "A/RES/70/125"),
    ("UNGA resolution 70/125", "A/RES/70/125"),
    ("General Assembly resolution 68/302", "A/RES/68/302"),
    ("A RES 66 184", "A/RES/66/184"),
    ("resolution 2006/46", "E/RES/2006/46"),
    ("ECOSOC res 2006/46", "E/RES/2006/46"),
    ("ECOSOC resolution 2016/22", "E/RES/2016/22"),
    ("Economic and Social Council resolution 2012/5", "E/RES/2012/5"),
    # CN.16, CRP.2, L.41: upper case with a dot
    ("E/CN.16/2012/CRP.2", "E/CN.16/2012/CRP.2"),
    ("E/CN.16/2012/CRP2", "E/CN.16/2012/CRP.2"),
    ("e/cn.16/2012/crp2", "E/CN.16/2012/CRP.2"),
    ("E/CN16/2012/CRP 2", "E/CN.16/2012/CRP.2"),
    ("E/CN.16/2014/4", "E/CN.16/2014/4"),
    ("A/80/L.41", "A/80/L.41"),
    ("a/80/l41", "A/80/L.41"),
    ("A/80/L 41", "A/80/L.41"),
    ("A/60/L.50", "A/60/L.50"),
    # Add., Corr., Rev.: mixed case with a dot
    ("A/67/66/Add.1", "A/67/66/Add.1"),
    ("a/67/66/add1", "A/67/66/Add.1"),
    ("A/67/66/Add 1", "A/67/66/Add.1"),
    ("A/67/66/ADD.1", "A/67/66/Add.1"),
    ("A/67/66 add 1", "A/67/66/Add.1"),
    ("a/60/l50/corr1", "A/60/L.50/Corr.1"),
    ("A/66/77/rev.1", "A/66/77/Rev.1"),
    # joint symbols: any dash, any spacing -> one hyphen
    ("A/67/66-E/2012/49", "A/67/66-E/2012/49"),
    ("A/67/66–E/2012/49", "A/67/66-E/2012/49"),
    ("A/67/66—E/2012/49", "A/67/66-E/2012/49"),
    ("A/67/66 - E/2012/49", "A/67/66-E/2012/49"),
    ("a/67/66 – e/2012/49", "A/67/66-E/2012/49"),
    ("A/67/66/Add.1–E/2012/49/Add.1", "A/67/66/Add.1-E/2012/49/Add.1"),
    ("a/67/66/add1-e/2012/49/add1", "A/67/66/Add.1-E/2012/49/Add.1"),
    ("E/2012/31-E/CN.16/2012/4", "E/2012/31-E/CN.16/2012/4"),
    ("E/2014/31-E/CN.16/2014/4", "E/2014/31-E/CN.16/2014/4"),
    ("A/66/77-E/2011/103", "A/66/77-E/2011/103"),
    ("A/67/65-E/2012/48", "A/67/65-E/2012/48"),
    ("A/68/65-E/2013/11", "A/68/65-E/2013/11"),
    # plain reports and press releases
    ("E/2012/1", "E/2012/1"),
    ("A/67/50", "A/67/50"),
    ("GA/EF/3332", "GA/EF/3332"),
    ("ga/10451", "GA/10451"),
    ("ECOSOC/6498", "ECOSOC/6498"),
    # summit symbols: WSIS-NN, (Rev.N), language suffix dropped
    ("WSIS-05/TUNIS/DOC/6(Rev.1)", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("wsis-05/tunis/doc/6 (rev 1)", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("WSIS-05/TUNIS/DOC/6(Rev.1)-E", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("WSIS-05/TUNIS/DOC/6(Rev.1)-F", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("WSIS05/TUNIS/DOC/6(REV1)", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("wsis-05/tunis/doc/6 rev1", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("WSIS-05/TUNIS/DOC/6/Rev.1", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("WSIS-05/TUNIS/DOC/9(Rev.1)", "WSIS-05/TUNIS/DOC/9(Rev.1)"),
    ("WSIS-05/TUNIS/DOC/7-S", "WSIS-05/TUNIS/DOC/7"),
    ("WSIS-03/GENEVA/DOC/4-E", "WSIS-03/GENEVA/DOC/4"),
    ("WSIS-03/GENEVA/DOC/0004", "WSIS-03/GENEVA/DOC/4"),
    ("wsis-03/geneva/doc/5", "WSIS-03/GENEVA/DOC/5"),
    # other scripts' look-alikes that Unicode folds to ASCII
    ("Ａ／ＲＥＳ／６６／１８４", "A/RES/66/184"),
    ("A/RES/66/184\u00a0", "A/RES/66/184"),
]


@pytest.mark.parametrize(("typed", "canonical"), SPELLINGS)
def test_spellings_normalise_to_the_canonical_symbol(typed: str, canonical: str) -> None:
    assert normalize(typed) == canonical
    assert normalize(canonical) == canonical


@pytest.mark.parametrize(("typed", "canonical"), SPELLINGS)
def test_every_spelling_shares_the_lookup_key_of_its_canonical_form(typed: str, canonical: str) -> None:
    assert lookup_key(typed) == lookup_key(canonical)


GARBAGE = [
    "",
    "   ",
    "\n\t",
    "hello",
    "2012",
    "66/184",  # ambiguous: a GA session or ECOSOC's year? Write 'resolution 66/184'
    "18/05/2012",
    "18 May 2012",
    "paragraphs 34 and 35",
    "para 34 and 35",
    "IGF 2019 Berlin",
    "CSTD 15 session",
    "and/or",
    "TCP/IP",
    "24/7",
    "//",
    "A//RES/66",
    "A/",
    "/A/RES/66/184",
    "A/RES",
    "E/CN",
    "A/RES/x/y",
    "A/RES/2006/46",  # the General Assembly numbers by session
    "E/RES/66/184",  # ECOSOC numbers by year
    "ECOSOC resolution 66/184",
    "GA res 2006/46",
    "resolution 3000/1",
    "decision 2012/215",
    "A/RES/66/184 - E/RES/2006/46",  # resolutions are never joint
    "A/67/66(Rev.1)",  # (Rev.N) belongs to summit documents
    "<!channel>",
    "<@U012ABC>",
    "<#C012ABC|general>",
    "'; DROP TABLE records; --",
    "A/RES/66/184'; DROP TABLE records; --",
    "http://example.org/A/RES/66/184",
    "www.example.org/A/1",
    "x" * 10_000,
    "A/" * 5_000 + "1",
    "A/RES/66/184/" + "1/" * 200,
    "A/RES/66/184\x00",
    "\x00",
    "A/RES/\x1b66/184",
    "A/RES/66/184\u200b",  # zero-width space
    "A/RÉS/66/184",
    "А/RES/66/184",  # Cyrillic А
    "🙂/RES/66/184",
    "A/RES/66/\ud800184",  # a lone surrogate
    "<script>alert(1)</script>",
    "A/RES/66/184\nA/RES/60/252",
]


@pytest.mark.parametrize("text", GARBAGE)
def test_garbage_raises_symbol_error_with_a_reason(text: str) -> None:
    with pytest.raises(SymbolError) as info:
        normalize(text)
    assert info.value.text == text
    assert info.value.reason
    assert str(info.value).endswith("Symbols look like A/RES/66/184 or E/CN.16/2012/CRP.2.")
    assert try_normalize(text) is None


def test_error_message_shows_the_input_and_what_is_wrong() -> None:
    with pytest.raises(SymbolError) as info:
        normalize("ECOSOC resolution 66/184")
    assert str(info.value) == (
        "'ECOSOC resolution 66/184' is not a UN document symbol: ECOSOC resolutions are numbered by year, "
        "as in E/RES/2006/46. Symbols look like A/RES/66/184 or E/CN.16/2012/CRP.2."
    )
    assert isinstance(info.value, ValueError)


def test_error_message_shortens_long_input_but_keeps_all_of_it_in_text() -> None:
    text = "x" * 10_000
    with pytest.raises(SymbolError) as info:
        normalize(text)
    assert info.value.text == text
    assert info.value.reason == f"it is longer than {MAX_SYMBOL_CHARS} characters"
    assert len(str(info.value)) < 200


def test_bare_number_pair_error_says_how_to_write_a_resolution() -> None:
    with pytest.raises(SymbolError, match="ambiguous; write 'resolution 66/184'"):
        normalize("66/184")


def test_symbol_error_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(SymbolError("xyz", "it has no '/' between its parts")))
    assert (error.text, error.reason) == ("xyz", "it has no '/' between its parts")


def test_non_text_input_raises_symbol_error_not_type_error() -> None:
    with pytest.raises(SymbolError):
        normalize(None)  # type: ignore[arg-type]
    assert lookup_key(None) == ""  # type: ignore[arg-type]
    assert find_symbols(b"A/RES/66/184") == []  # type: ignore[arg-type]


def test_huge_input_is_refused_fast() -> None:
    start = time.perf_counter()
    for text in ("A/" * 5_000_000, " " * 10_000_000 + "A/RES/66/184x", "(" * 1_000_000):
        assert try_normalize(text) is None
    assert time.perf_counter() - start < 2.0


FOUND_IN_QUESTIONS = [
    ("what does res 66/184 say?", ["A/RES/66/184"]),
    ("Addendum 1 to a/67/66-e/2012/49 - date of distribution pls?", ["A/67/66/Add.1-E/2012/49/Add.1"]),
    ("is add.1 to A/67/66 online?", ["A/67/66/Add.1"]),
    ("what did res 70-125 decide", ["A/RES/70/125"]),
    ("what does resolution 66/184 say", ["A/RES/66/184"]),
    ("which meeting is E/CN.16/2012/CRP.2 about", ["E/CN.16/2012/CRP.2"]),
    ("e/cn.16/2012/crp2 ?", ["E/CN.16/2012/CRP.2"]),
    ("Is A/RES/66/184 the mandate?", ["A/RES/66/184"]),
    ("GA resolution 70/125 and ECOSOC resolution 2006/46", ["A/RES/70/125", "E/RES/2006/46"]),
    ("what did ECOSOC res 2006/46 ask for", ["E/RES/2006/46"]),
    ("resolutions 59/220, 60/252 and 66/184", ["A/RES/59/220", "A/RES/60/252", "A/RES/66/184"]),
    ("read A/67/66–E/2012/49 with a/67/66/add.1", ["A/67/66-E/2012/49", "A/67/66/Add.1"]),
    ("is A/67/66 - E/2012/49 the report?", ["A/67/66-E/2012/49"]),
    ("what is WSIS-05/TUNIS/DOC/6(Rev.1)?", ["WSIS-05/TUNIS/DOC/6(Rev.1)"]),
    ("wsis-05/tunis/doc/6 rev1 - what is it?", ["WSIS-05/TUNIS/DOC/6(Rev.1)"]),
    ("WSIS-05/TUNIS/DOC/6(Rev.1)-E, then WSIS-03/GENEVA/DOC/4.",
     ["WSIS-05/TUNIS/DOC/6(Rev.1)", "WSIS-03/GENEVA/DOC/4"]),
    ("see <https://undocs.org/A/RES/66/184|A/RES/66/184>.", ["A/RES/66/184"]),
    ("see https://undocs.org/en/E/RES/2016/22 please", ["E/RES/2016/22"]),
    ("A / RES / 66 / 184 - title?", ["A/RES/66/184"]),
    ("*A/RES/60/252* and _e/res/2006/46_", ["A/RES/60/252", "E/RES/2006/46"]),
    ("(see A/67/66/Add.1-E/2012/49/Add.1)", ["A/67/66/Add.1-E/2012/49/Add.1"]),
    ("A/RES/66/184 – E/RES/2006/46", ["A/RES/66/184", "E/RES/2006/46"]),  # two resolutions, not a joint
    ("press releases GA/10451 and ECOSOC/6498", ["GA/10451", "ECOSOC/6498"]),
    ("res 66/184, res 66/184 again and A/RES/66/184", ["A/RES/66/184"]),
    ("A/67/66 add 1 please", ["A/67/66/Add.1"]),
    ("a67/66 date?", ["A/67/66"]),  # the series glued to its first number
    ("title of ares 66/184", ["A/RES/66/184"]),  # the series glued to RES
    ("when was ares/60/252 adopted", ["A/RES/60/252"]),
    ("the shares 5/6 of them", []),
    ("an e2 b/c thing, s20 ok", []),  # one digit after the letter, or no slash: no symbol
    ("when was the meeting on 18 May 2012?", []),
    ("what happened in 2012", []),
    ("paragraphs 34 and 35 of the Tunis Agenda", []),
    ("what is 66/184", []),  # a bare number pair is ambiguous
    ("on 18/05/2012 in the 2012/2013 cycle", []),
    ("the and/or TCP/IP 24/7 thing over HTTP/2 in May/June", []),
    ("ECOSOC resolution 66/184", []),  # ECOSOC numbers by year: not a symbol
    ("A/RES/66/184x", []),
    ("what is the IGF?", []),
    ("", []),
]


@pytest.mark.parametrize(("sentence", "found"), FOUND_IN_QUESTIONS)
def test_find_symbols_in_questions(sentence: str, found: list[str]) -> None:
    assert find_symbols(sentence) == found


@pytest.mark.parametrize(("text", "readings"), [
    ("title of res 66184?", [("res 66184", "A/RES/66/184")]),
    ("A/RES/70125", [("A/RES/70125", "A/RES/70/125")]),
    ("ECOSOC res 2010/2", []),  # a slash follows: another symbol
    ("res 66/184", []),
    ("in 2012 there were 66184 of them", []),  # no resolution cue
])
def test_glued_resolutions_reads_the_session_and_number(text: str, readings: list[tuple[str, str]]) -> None:
    assert glued_resolutions(text) == readings


@pytest.mark.parametrize(("text", "cut", "left"), [
    ("is the report e/cn.16/2012/crp.1?", {"E/CN.16/2012/CRP.1"}, "is the report ?"),
    ("our draft cites res 66/148 as the basis", {"A/RES/66/148"}, "our draft cites as the basis"),
    ("A/RES/66/184 or A/RES/66/148?", {"A/RES/66/148"}, "A/RES/66/184 or ?"),  # only the symbols named go
    ("no symbol here", {"A/RES/66/148"}, "no symbol here"),
])
def test_without_symbols_cuts_only_the_symbols_named(text: str, cut: set[str], left: str) -> None:
    assert without_symbols(text, cut) == left


def test_find_symbols_scans_long_hostile_text_in_linear_time() -> None:
    hostile = ["a/" * 100_000, "a/" + "add1/" * 50_000 + "x", "resolution 1/1 and " * 20_000 + "x",
               "<a|" * 100_000, "a/1-" * 100_000, "A/67/66 add 1 " * 30_000]
    start = time.perf_counter()
    for text in hostile:
        find_symbols(text)
    assert time.perf_counter() - start < 10.0  # about 1 s here; a backtracking pattern takes minutes


@pytest.mark.parametrize(
    ("symbol", "parts"),
    [
        ("A/67/66-E/2012/49", ["A/67/66", "E/2012/49"]),
        ("A/67/66/Add.1-E/2012/49/Add.1", ["A/67/66/Add.1", "E/2012/49/Add.1"]),
        ("a/67/66 – e/2012/49", ["A/67/66", "E/2012/49"]),
        ("A/RES/66/184", ["A/RES/66/184"]),
        ("WSIS-05/TUNIS/DOC/6(Rev.1)", ["WSIS-05/TUNIS/DOC/6(Rev.1)"]),
        ("not a symbol", ["not a symbol"]),
    ],
)
def test_split_joint_gives_the_canonical_parts(symbol: str, parts: list[str]) -> None:
    assert split_joint(symbol) == parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A/RES/66/185", True),
        ("res 66/184", True),
        ("A/RES/66/18x", True),
        ("resolution 66", True),
        ("66/184", True),
        ("https://undocs.org/A/RES/zz", True),
        ("hello", False),
        ("what is the IGF?", False),
        ("what does res 66/184 say?", False),
        ("https://example.org/page1", False),
        ("<!channel>", False),
        ("", False),
    ],
)
def test_looks_like_symbol_tells_attempts_from_questions(text: str, expected: bool) -> None:
    assert looks_like_symbol(text) is expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("E/CN.16/2012/CRP.2", "e/cn16/2012/crp2"),
        ("E/CN.16/2012/CRP.2", "E / CN 16 / 2012 / CRP 2"),
        ("A/67/66-E/2012/49", "a/67/66 — e/2012/49"),
        ("WSIS-05/TUNIS/DOC/6(Rev.1)", "wsis-05/tunis/doc/6(rev1)"),
        ("A/RES/66/184", "res 66/184"),
        ("not a. symbol", "NOT A SYMBOL"),  # raw text folds crudely
    ],
)
def test_lookup_key_ignores_case_dots_spaces_and_dash_kind(one: str, other: str) -> None:
    assert lookup_key(one) == lookup_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("A/RES/66/184", "A/RES/66/185"), ("A/67/66", "A/67/66/Add.1"), ("A/67/66", "A/67/66-E/2012/49"),
     ("WSIS-05/TUNIS/DOC/6", "WSIS-05/TUNIS/DOC/6(Rev.1)")],
)
def test_lookup_key_tells_different_symbols_apart(one: str, other: str) -> None:
    assert lookup_key(one) != lookup_key(other)


def test_lookup_key_keeps_the_index_format() -> None:
    # keys are stored in the SQLite index: changing their form needs a new index SCHEMA_VERSION
    assert lookup_key("A/67/66/Add.1-E/2012/49/Add.1") == "A/67/66/ADD1-E/2012/49/ADD1"
    assert lookup_key("WSIS-05/TUNIS/DOC/6(Rev.1)") == "WSIS-05/TUNIS/DOC/6(REV1)"


def test_module_uses_the_standard_library_only() -> None:
    code = ("import sys; before = set(sys.modules); import bot.symbols; "
            "new = {m.split('.')[0] for m in set(sys.modules) - before}; "
            "print(sorted(new - set(sys.stdlib_module_names) - {'bot'}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- properties -------------------------------------------------------------------------------


@st.composite
def typed_symbols(draw: st.DrawFn) -> tuple[str, str]:
    """(a spelling someone might type, its canonical symbol), across every family of symbol."""
    n = draw(st.integers(1, 400))
    session = draw(st.integers(1, 999))
    year = draw(st.integers(1946, 2099))
    family = draw(st.sampled_from(["ga-res", "ecosoc-res", "report", "cstd", "joint", "summit", "press"]))
    if family == "ga-res":
        canonical = f"A/RES/{session}/{n}"
        typed = draw(st.sampled_from([canonical, f"res {session}/{n}", f"Res. {session} / {n}",
                                      f"resolution {session}/{n}", f"GA resolution {session}/{n}",
                                      f"UNGA res {session}/{n}", f"a res {session} {n}"]))
    elif family == "ecosoc-res":
        canonical = f"E/RES/{year}/{n}"
        typed = draw(st.sampled_from([canonical, f"resolution {year}/{n}", f"ECOSOC res {year}/{n}",
                                      f"Economic and Social Council resolution {year}/{n}"]))
    elif family == "summit":
        base = f"WSIS-{draw(st.sampled_from(['03', '05']))}/{draw(st.sampled_from(['GENEVA', 'TUNIS']))}/DOC/{n}"
        revision = draw(st.integers(0, 3))
        canonical = base + (f"(Rev.{revision})" if revision else "")
        tail = draw(st.sampled_from(["(Rev.{})", " (rev {})", "(REV{})", " rev{}", "/Rev.{}"])).format(revision)
        summit = draw(st.sampled_from(["WSIS-", "wsis", "WSIS - "]))
        typed = (base + (tail if revision else "")).replace("WSIS-", summit)
        typed += draw(st.sampled_from(["", "-E", "-F", "-R"]))
    elif family == "press":
        canonical = draw(st.sampled_from([f"GA/{10000 + n}", f"GA/EF/{3000 + n}", f"ECOSOC/{6000 + n}"]))
        typed = canonical
    else:
        canonical = _report(draw, session, year, n, family)
        typed = canonical
    if family in ("report", "cstd", "joint", "press"):
        typed = draw(_respelled(typed))
    typed = draw(st.sampled_from([str.upper, str.lower, lambda s: s]))(typed)
    wrap = draw(st.sampled_from(["{}", "`{}`", '"{}"', "({})", "{}.", "{}?", " {} ", "*{}*",
                                 "<https://undocs.org/x|{}>"]))
    return wrap.format(typed), canonical


def _report(draw: st.DrawFn, session: int, year: int, n: int, family: str) -> str:
    suffix = draw(st.sampled_from(["", "/Add.1", "/Add.2", "/Corr.1", "/Rev.1", "/Add.1/Corr.1"]))
    if family == "cstd":
        return f"E/CN.16/{year}/" + draw(st.sampled_from([str(n), f"CRP.{n}", f"L.{n}"]))
    if family == "joint":
        return f"A/{session}/{n}{suffix}-E/{year}/{n + 1}{suffix}"
    return draw(st.sampled_from([f"A/{session}/{n}{suffix}", f"E/{year}/{n}{suffix}", f"A/{session}/L.{n}{suffix}"]))


@st.composite
def _respelled(draw: st.DrawFn, symbol: str) -> str:
    """The symbol as people type it: spaces round slashes, dots dropped or spaced, any dash."""
    symbol = symbol.replace("/", draw(st.sampled_from(["/", " / ", "/ "])))
    symbol = symbol.replace(".", draw(st.sampled_from([".", "", " ", ". "])))
    return symbol.replace("-E/", draw(st.sampled_from(["-E/", "–E/", " — E/", " - E/"])))


@given(typed_symbols())
@settings(max_examples=500, deadline=None)
def test_generated_spellings_normalise_to_their_canonical_symbol(case: tuple[str, str]) -> None:
    typed, canonical = case
    assert normalize(typed) == canonical
    assert normalize(canonical) == canonical
    assert lookup_key(typed) == lookup_key(canonical)
    parts = split_joint(typed)
    assert "-".join(parts) == canonical
    assert all(normalize(part) == part for part in parts)


@given(typed_symbols())
@settings(max_examples=300, deadline=None)
def test_generated_spellings_are_found_in_a_question(case: tuple[str, str]) -> None:
    typed, canonical = case
    if re.search(r"\ba res \d+ \d+", typed, re.IGNORECASE):
        return  # the spaced form "A RES 66 184" is read only when it is the whole text
    assert find_symbols(f"what does {typed} say?") == [canonical]


@st.composite
def case_dot_space_variants(draw: st.DrawFn) -> tuple[str, str]:
    """(canonical symbol, the same with case flipped, dots dropped or added, spaces inserted)."""
    _, canonical = draw(typed_symbols())
    chars = []
    for char in canonical:
        if char == "." and draw(st.booleans()):
            char = ""
        elif char.isalpha() and draw(st.booleans()):
            char = char.swapcase()
        chars.append(char + draw(st.sampled_from(["", "", "", " ", "."])))
    return canonical, "".join(chars)


@given(case_dot_space_variants())
@settings(max_examples=500, deadline=None)
def test_lookup_key_is_equal_for_case_dot_and_space_variants(case: tuple[str, str]) -> None:
    canonical, variant = case
    assert lookup_key(variant) == lookup_key(canonical)


SYMBOLISH = st.text(alphabet="AaEeRrSsCcNnLlDdWwIi0123456789/.-– ()", max_size=40)


@given(st.one_of(st.text(max_size=300), SYMBOLISH))
@settings(max_examples=1000, deadline=None)
def test_any_text_normalises_idempotently_or_raises_symbol_error_only(text: str) -> None:
    try:
        result = normalize(text)
    except SymbolError as exc:
        assert exc.reason and exc.text == text
        return
    assert normalize(result) == result
    assert result.isascii() and result == result.strip()


@given(st.one_of(st.text(max_size=500), SYMBOLISH))
@settings(max_examples=500, deadline=None)
def test_lookup_key_never_raises(text: str) -> None:
    assert isinstance(lookup_key(text), str)
    assert isinstance(looks_like_symbol(text), bool)
    assert split_joint(text)


@given(st.one_of(st.text(max_size=500), st.lists(st.one_of(SYMBOLISH, st.sampled_from(
    ["res", "resolution", "ECOSOC", "GA", " ", "WSIS-05", "/", "-", "\u2013", "add", "rev"]))).map(" ".join)))
@settings(max_examples=500, deadline=None)
def test_find_symbols_never_raises_and_returns_canonical_symbols(text: str) -> None:
    found = find_symbols(text)
    assert len(found) == len(set(found))
    for symbol in found:
        assert normalize(symbol) == symbol
    if not any(char in "0123456789" for char in unicodedata.normalize("NFKC", text)):
        assert found == []  # every symbol has a number in it


@pytest.mark.parametrize(("key", "parts"), [
    ("WSIS-05/TUNIS/DOC/9(REV1)", ("WSIS-05", "TUNIS", "DOC", "9", "REV1")),
    ("CRP2", ("CRP2",)),
    ("ADD1", ()),  # ends many symbols: names none alone
    ("REV1/CORR1", ()),
])
def test_the_parts_a_symbol_ending_is_looked_up_by(key: str, parts: tuple[str, ...]) -> None:
    assert tail_parts(key) == parts
