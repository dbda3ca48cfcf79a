"""Dates shown UN-style: "18 May 2012", "21–25 May 2012", "30 October–2 November 2006".

The knowledge stores ISO dates; users read UN documents, which write dates this way.
"""

from __future__ import annotations

from datetime import date

from bot.records import AnyDate, PartialDate

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def format_date(value: AnyDate) -> str:
    """date(2012, 5, 18) -> '18 May 2012'; PartialDate(2025, 4) -> 'April 2025'."""
    if isinstance(value, PartialDate):
        return f"{MONTHS[value.month - 1]} {value.year}" if value.month else str(value.year)
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_range(start: AnyDate, end: AnyDate | None) -> str:
    """A span as UN documents write it, with an en dash: '21–25 May 2012'."""
    if end is None or end == start:
        return format_date(start)
    if isinstance(start, date) and isinstance(end, date):
        if start.year == end.year and start.month == end.month:
            return f"{start.day}–{end.day} {MONTHS[end.month - 1]} {end.year}"
        if start.year == end.year:
            return f"{start.day} {MONTHS[start.month - 1]}–{end.day} {MONTHS[end.month - 1]} {end.year}"
    return f"{format_date(start)}–{format_date(end)}"


def parse_iso(text: str) -> AnyDate:
    """'2012-05-18' -> date; '2025-04' / '2025' -> PartialDate. Raises ValueError otherwise."""
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    if len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        month = int(parts[1])
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} is not between 1 and 12")
        return PartialDate(int(parts[0]), month)
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 4:
        return PartialDate(int(parts[0]))
    raise ValueError(f"{text!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")


def to_iso(value: AnyDate | None) -> str | None:
    """The ISO text of a date or partial date (None stays None)."""
    return None if value is None else value.isoformat()
