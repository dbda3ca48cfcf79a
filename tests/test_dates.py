"""Dates are stored ISO and shown UN-style."""

from datetime import date

import pytest

from bot.dates import format_date, format_range, parse_iso
from bot.records import PartialDate


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (date(2012, 5, 18), None, "18 May 2012"),
        (date(2012, 5, 18), date(2012, 5, 18), "18 May 2012"),
        (date(2012, 5, 21), date(2012, 5, 25), "21–25 May 2012"),
        (date(2006, 10, 30), date(2006, 11, 2), "30 October–2 November 2006"),
        (date(2003, 12, 10), date(2003, 12, 12), "10–12 December 2003"),
        (date(2014, 4, 30), date(2014, 5, 2), "30 April–2 May 2014"),
        (date(2025, 12, 31), date(2026, 1, 2), "31 December 2025–2 January 2026"),
        (PartialDate(2025, 4), None, "April 2025"),
        (PartialDate(2025), None, "2025"),
    ],
)
def test_dates_render_un_style(start: date, end: date | None, text: str) -> None:
    assert format_range(start, end) == text


def test_format_date_single_day_has_no_leading_zero() -> None:
    assert format_date(date(2012, 7, 2)) == "2 July 2012"


@pytest.mark.parametrize(
    ("text", "value"),
    [("2012-05-18", date(2012, 5, 18)), ("2025-04", PartialDate(2025, 4)), ("2025", PartialDate(2025))],
)
def test_parse_iso_accepts_day_month_and_year_precision(text: str, value: object) -> None:
    assert parse_iso(text) == value


@pytest.mark.parametrize("text", ["2012-02-30", "2012-13-01", "2025-13", "18 May 2012", "", "12-05-2012"])
def test_parse_iso_rejects_impossible_or_foreign_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_iso(text)
