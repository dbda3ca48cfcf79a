"""UN symbols typed every which way -> one canonical symbol; anything else -> SymbolError only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.symbols import SymbolError, find_symbols, looks_like_symbol, lookup_key, normalize, split_joint, try_normalize

SPELLINGS = [
    ("A/RES/66/184", "A/RES/66/184"),
    ("a/res/66/184", "A/RES/66/184"),
    ("A/res/66/184", "A/RES/66/184"),
    ("A / RES / 66 / 184", "A/RES/66/184"),
    ("  A/RES/66/184  ", "A/RES/66/184"),
    ("A/RES/66/184.", "A/RES/66/184"),
    ("`A/RES/66/184`", "A/RES/66/184"),
    ('"A/RES/66/184"', "A/RES/66/184"),
    ("(A/RES/66/184)", "A/RES/66/184"),
    ("res 66/184", "A/RES/66/184"),
    ("res. 66/184", "A/RES/66/184"),
    ("Res 66/184", "A/RES/66/184"),
    ("resolution 66/184", "A/RES/66/184"),
    ("Resolution 66 / 184", "A/RES/66/184"),
    ("GA res 66/184", "A/RES/66/184"),
    ("GA resolution 70/125", "A/RES/70/125"),
    ("UNGA resolution 70/125", "A/RES/70/125"),
    ("resolution 2006/46", "E/RES/2006/46"),
    ("ECOSOC res 2006/46", "E/RES/2006/46"),
    ("ECOSOC resolution 2016/22", "E/RES/2016/22"),
    ("E/RES/2006/46", "E/RES/2006/46"),
    ("e/res/2012/5", "E/RES/2012/5"),
    ("E/CN.16/2012/CRP.2", "E/CN.16/2012/CRP.2"),
    ("E/CN.16/2012/CRP2", "E/CN.16/2012/CRP.2"),
    ("e/cn.16/2012/crp2", "E/CN.16/2012/CRP.2"),
    ("E/CN16/2012/CRP.2", "E/CN.16/2012/CRP.2"),
    ("e/cn.16/2012/crp.2?", "E/CN.16/2012/CRP.2"),
    ("E/CN.16/2014/4", "E/CN.16/2014/4"),
    ("A/67/66-E/2012/49", "A/67/66-E/2012/49"),
    ("A/67/66–E/2012/49", "A/67/66-E/2012/49"),
    ("A/67/66—E/2012/49", "A/67/66-E/2012/49"),
    ("A/67/66 - E/2012/49", "A/67/66-E/2012/49"),
    ("a/67/66 – e/2012/49", "A/67/66-E/2012/49"),
    ("A/67/66/Add.1", "A/67/66/Add.1"),
    ("a/67/66/add1", "A/67/66/Add.1"),
    ("A/67/66/Add 1", "A/67/66/Add.1"),
    ("A/67/66/ADD.1", "A/67/66/Add.1"),
    ("A/67/66 add 1", "A/67/66/Add.1"),
    ("A/67/66/Add.1–E/2012/49/Add.1", "A/67/66/Add.1-E/2012/49/Add.1"),
    ("a/67/66/add.1-e/2012/49/add.1", "A/67/66/Add.1-E/2012/49/Add.1"),
    ("A/60/L.50/Corr.1", "A/60/L.50/Corr.1"),
    ("a/60/l50/corr1", "A/60/L.50/Corr.1"),
    ("A/66/77/Rev.1", "A/66/77/Rev.1"),
    ("a/66/77/rev1", "A/66/77/Rev.1"),
    ("A/80/L.41", "A/80/L.41"),
    ("a/80/l41", "A/80/L.41"),
    ("A/80/L 41", "A/80/L.41"),
    ("E/2012/31-E/CN.16/2012/4", "E/2012/31-E/CN.16/2012/4"),
    ("E/2012/1", "E/2012/1"),
    ("A/67/50", "A/67/50"),
    ("GA/EF/3332", "GA/EF/3332"),
    ("ga/10451", "GA/10451"),
    ("ECOSOC/6498", "ECOSOC/6498"),
    ("WSIS-05/TUNIS/DOC/6(Rev.1)", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("wsis-05/tunis/doc/6(rev.1)", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("wsis-05/tunis/doc/6 (rev 1)", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("WSIS-05/TUNIS/DOC/6(Rev.1)-E", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("WSIS05/TUNIS/DOC/6(REV1)", "WSIS-05/TUNIS/DOC/6(Rev.1)"),
    ("WSIS-03/GENEVA/DOC/4-E", "WSIS-03/GENEVA/DOC/4"),
    ("wsis-03/geneva/doc/5", "WSIS-03/GENEVA/DOC/5"),
    ("WSIS-05/TUNIS/DOC/9(Rev.1)", "WSIS-05/TUNIS/DOC/9(Rev.1)"),
    ("https://undocs.org/A/RES/66/184", "A/RES/66/184"),
    ("https://undocs.org/en/A/RES/70/125", "A/RES/70/125"),
    ("<https://undocs.org/A/RES/66/184|A/RES/66/184>", "A/RES/66/184"),
]


@pytest.mark.parametrize(("typed", "canonical"), SPELLINGS)
def test_spellings_normalise_to_the_canonical_symbol(typed: str, canonical: str) -> None:
    assert normalize(typed) == canonical


@pytest.mark.parametrize(("typed", "canonical"), SPELLINGS)
def test_every_spelling_shares_the_lookup_key_of_its_canonical_form(typed: str, canonical: str) -> None:
    assert lookup_key(typed) == lookup_key(canonical)


GARBAGE = [
    "", "   ", "hello", "2012", "66/184", "18/05/2012", "and/or", "TCP/IP", "24/7", "//", "A//RES/66",
    "A/", "/A/RES/66/184", "A/RES/x/y", "<!channel>", "<@U012ABC>", "'; DROP TABLE records; --",
    "x" * 10_000, "A/RES/66/184\x00", "A/RES/\x1b66/184", "A/RÉS/66/184", "А/RES/66/184",  # Cyrillic A
    "🙂/RES/66/184", "ECOSOC resolution 66/184", "GA res 2006/46", "resolution 3000/1", "http://example.org/A/1",
    "E/CN", "A/RES", "A/RES/66/184/" + "1/" * 200,
]


@pytest.mark.parametrize("text", GARBAGE)
def test_garbage_raises_symbol_error_with_a_reason(text: str) -> None:
    with pytest.raises(SymbolError) as info:
        normalize(text)
    assert info.value.reason
    assert "Symbols look like" in str(info.value)
    assert try_normalize(text) is None


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("what does res 66/184 say?", ["A/RES/66/184"]),
        ("which meeting is E/CN.16/2012/CRP.2 about", ["E/CN.16/2012/CRP.2"]),
        ("e/cn.16/2012/crp2 ?", ["E/CN.16/2012/CRP.2"]),
        ("GA resolution 70/125 and ECOSOC resolution 2006/46", ["A/RES/70/125", "E/RES/2006/46"]),
        ("read A/67/66–E/2012/49 with a/67/66/add.1", ["A/67/66-E/2012/49", "A/67/66/Add.1"]),
        ("wsis-05/tunis/doc/6 rev1 - what is it?", ["WSIS-05/TUNIS/DOC/6(Rev.1)"]),
        ("see <https://undocs.org/A/RES/66/184|A/RES/66/184>.", ["A/RES/66/184"]),
        ("A / RES / 66 / 184 - title?", ["A/RES/66/184"]),
        ("res 66/184, res 66/184 again", ["A/RES/66/184"]),
        ("when was the meeting on 18 May 2012?", []),
        ("paragraphs 34 and 35 of the Tunis Agenda", []),
        ("in 2012/2013 the and/or TCP/IP 24/7 thing", []),
        ("what is the IGF?", []),
        ("", []),
    ],
)
def test_find_symbols_in_questions(sentence: str, found: list[str]) -> None:
    assert find_symbols(sentence) == found


def test_split_joint_symbols_into_parts() -> None:
    assert split_joint("A/67/66/Add.1-E/2012/49/Add.1") == ["A/67/66/Add.1", "E/2012/49/Add.1"]
    assert split_joint("WSIS-05/TUNIS/DOC/6(Rev.1)") == ["WSIS-05/TUNIS/DOC/6(Rev.1)"]


@pytest.mark.parametrize(("text", "expected"), [("A/RES/66/185", True), ("res 66/184", True), ("hello", False)])
def test_looks_like_symbol_for_ui_hints(text: str, expected: bool) -> None:
    assert looks_like_symbol(text) is expected


# --- properties -------------------------------------------------------------------------------

_SEP = st.sampled_from(["/", " / ", "/ ", " /"])
_CASE = st.sampled_from([str.upper, str.lower, str.title])


@st.composite
def typed_symbols(draw: st.DrawFn) -> str:
    """Symbol-like strings in many spellings: series, session, number, optional suffix, joints."""
    series = draw(st.sampled_from(["A", "E", "A/RES", "E/RES", "E/CN.16", "E/CN16", "A/C.2"]))
    parts = [series, str(draw(st.integers(1, 2099))), str(draw(st.integers(1, 999)))]
    suffix = draw(st.sampled_from(["", "/Add.1", "/add2", "/Corr.1", "/rev.3", "/CRP.2", "/crp4", "/L.41"]))
    one = draw(_SEP).join(parts) + suffix
    if draw(st.booleans()):
        other = "E" + draw(_SEP) + str(draw(st.integers(1946, 2099))) + "/" + str(draw(st.integers(1, 300)))
        one += draw(st.sampled_from(["-", "–", " - ", "—"])) + other
    return draw(_CASE)(one)


@given(st.text(max_size=300))
@settings(max_examples=400, deadline=None)
def test_any_text_normalises_or_raises_symbol_error_only(text: str) -> None:
    try:
        result = normalize(text)
    except SymbolError:
        return
    assert normalize(result) == result


@given(typed_symbols())
@settings(max_examples=400, deadline=None)
def test_normalisation_is_idempotent_on_typed_symbols(text: str) -> None:
    result = try_normalize(text)
    if result is not None:
        assert normalize(result) == result
        assert lookup_key(text) == lookup_key(result)


@given(st.text(max_size=500))
@settings(max_examples=300, deadline=None)
def test_lookup_key_and_find_symbols_never_raise(text: str) -> None:
    assert isinstance(lookup_key(text), str)
    for symbol in find_symbols(text):
        assert normalize(symbol) == symbol
