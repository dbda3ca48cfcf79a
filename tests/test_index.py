"""What the index links and stores beyond the records' own text: pure helpers, no SQLite needed."""

from __future__ import annotations

import pytest

from bot.index import _addenda_named


@pytest.mark.parametrize(("text", "addenda"), [
    ("UNCTAD introduced the Secretary-General's report A/67/66-E/2012/49 and its Addendum 1, and the Council",
     ["A/67/66/Add.1-E/2012/49/Add.1"]),  # each part of a joint symbol takes the /Add.N
    ("the report A/66/64 and its Addendum 2.", ["A/66/64/Add.2"]),
    ("the Tunis Agenda WSIS-05/TUNIS/DOC/6(Rev.1) and its Addendum 1", []),  # a hyphen inside one symbol
    ("the report and its Addendum 1", []),  # no symbol named
])
def test_an_addendum_named_after_its_report_is_named_by_its_symbol(text: str, addenda: list[str]) -> None:
    assert _addenda_named(text) == addenda
