"""'Was the 18 May meeting held before or after (or during) the CSTD's fifteenth session?': two things asked
about at once, each found on its own, and their dates compared. Pure: it is given a way to answer
one question and the records it answered from."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.dates import MONTHS
from bot.results import AskResult

_BEFORE_OR_AFTER = re.compile(
    r"^(?P<first>.+?)\s+(?:(?:was|were|is|are|had been|been)\s+)?(?:(?:held|take place|took place|happen|happened"
    r"|come|came(?:\s+out)?|issued|published|convened|adopted)\s+)?"
    r"(?P<how>before or after|after or before|before|after|prior to)\s+(?P<second>.+?)\W*$", re.I)
"""The two sides of a question comparing when two things happened."""

_YES_NO = re.compile(r"^\W*(is it (true|correct|right) that|am i right that|was|were|did|is|are)\b", re.I)


_WHICH_FIRST = re.compile(
    r"^\W*(?:which|what(?:'s|’s|s)?)\s+(?:one\s+|(?P<kind>(?!was\b|is\b|came\b|one\b|older\b|earlier\b)[\w+-]+)\s+)?(?:(?:came|come|happened|happen|was|took place|occurred|(?:was|were|got)\s+(?:issued"
    r"|adopted|published|held|established|set up|created|proclaimed|released|circulated|convened|launched))\s+(?:first|earlier)"
    r"|(?:(?:is|was)\s+)?(?:older|earlier))\s*[:,—–-]?\s*"
    r"(?:the\s+)?(?P<first>[^?]+?),?\s+or\s+(?:the\s+)?(?P<second>[^?]+?)\s*(?:\?.*)?$", re.I)
"""'Which came first: the consultations or the Chair's report on them? Give me both dates.', 'which was
issued first, the main report or its addendum?', 'which is older, X or Y?'."""


_DURING = re.compile(
    r"^\W*(?:was|were|did)\s+(?P<first>.+?)\s+(?:(?:be\s+)?(?:held|take place|took place|happen|happened|convened|run)\s+)?"
    r"(?:during|as part of|within|in the course of|inside)\s+(?P<second>.+?)(?:\s+itself)?\W*$", re.I)
"""'Were the open consultations held as part of the fifteenth session of the CSTD itself?'"""


def _two_sides(pattern: re.Pattern[str], question: str, lead: str) -> tuple[str, str] | None:
    match = pattern.match(" ".join(question.split()))
    if match is None:
        return None
    # "which igf came first, sharm el sheikh or vilnius?": each side is an IGF
    kind = match["kind"] if "kind" in pattern.groupindex and match["kind"] else ""
    first, second = (f"{side} {kind}" if kind and kind.lower() not in side.lower() else side
                     for side in (match["first"], match["second"]))
    if any(len(side.split()) < 2 and "/" not in side for side in (first, second)):  # (a symbol names one alone)
        return None
    return f"When was {lead}{first}?", f"When was {lead}{second}?"


def _asked(question: str) -> tuple[str, tuple[str, str]] | None:
    """How the question compares ('first', 'during' or 'order') and its two sides as when-questions."""
    first = _two_sides(_WHICH_FIRST, question, "the ")
    if first:
        return "first", first
    during = _two_sides(_DURING, question, "")
    if during:
        return "during", during
    if not _YES_NO.search(question) and not re.search(r"\b(right|correct)\W*$", question, re.I):
        return None
    match = _BEFORE_OR_AFTER.search(question)
    if match is None:
        return None
    first_side = _YES_NO.sub("", match["first"]).strip(" ,")
    second = re.sub(r"\b(had ended|had started|ended|started|began|that month|that year)\b", "", match["second"]).strip(" ,")
    if len(first_side.split()) < 2 or len(second.split()) < 2:
        return None
    return "order", (f"When was {first_side}?", f"When was {second}?")


def sides(question: str) -> tuple[str, str] | None:
    """The two things a 'before or after', 'during' or 'which came first' question compares, each
    as a when-question; None otherwise."""
    asked = _asked(question)
    return asked[1] if asked else None


def compare(question: str, ask_one: Callable[[str], tuple[AskResult, dict[str, Any] | None]]) -> AskResult | None:
    """Both sides answered with a date: which came first (or whether the first fell within the
    second's days), citing both; else None (answer as usual)."""
    asked = _asked(question)
    if asked is None:
        return None
    form, found = asked
    answered = [ask_one(side) for side in found]
    dated = [(result, record, iso) for result, record in answered if result.answered
             for iso in [_iso_start(record)] if iso is not None]
    if len(dated) != 2 or dated[0][0].record_id == dated[1][0].record_id:
        return None
    (first, _, first_iso), (second, second_record, second_iso) = dated
    if first_iso == second_iso:
        return None
    both = f"{_sentence(first.answer)} {_sentence(second.answer)}"
    if form == "first":
        earlier = found[0] if first_iso < second_iso else found[1]  # named as the asker named it
        text = f"{both} So {earlier.removeprefix('When was ').rstrip('?')} came first."
    elif form == "during":  # within the second's days, or before or after them
        last = _iso_end(second_record)
        if last is None:
            return None
        where = "before" if first_iso < second_iso else "after" if first_iso > last else "during"
        text = f"{both} So the first was {'held during' if where == 'during' else 'not held during the second, but ' + where} it."
    else:
        text = f"{both} So the first came {'before' if first_iso < second_iso else 'after'} the second."
    citations = tuple(dict.fromkeys(first.citations + second.citations))
    return AskResult(question=question, answered=True, answer=text, citations=citations,
                     confidence=min(first.confidence, second.confidence), record_id=first.record_id)


def _iso_end(record: dict[str, Any] | None) -> str | None:
    """The ISO date a meeting ended on (its start when it lasted a day); None for other records."""
    if record is None or record.get("kind") != "meeting":
        return None
    return str(record.get("end") or record.get("start") or "") or None


def _iso_start(record: dict[str, Any] | None) -> str | None:
    """The ISO date a record happened or was issued on (a meeting's start, a document's date)."""
    if record is None:
        return None
    if record.get("kind") == "qa":  # a curated answer: the first full date it gives
        said = _FULL_DATE.search(str(record.get("answer") or ""))
        return f"{said['y']}-{MONTHS.index(said['m']) + 1:02d}-{int(said['d']):02d}" if said else None
    value = record.get("start") if record.get("kind") == "meeting" else record.get("iso_date")
    return str(value) if value else None


_FULL_DATE = re.compile(rf"\b(?P<d>\d{{1,2}}) (?P<m>{'|'.join(MONTHS)}) (?P<y>\d{{4}})\b")


def _sentence(text: str) -> str:
    """A when-answer as one sentence (titles hold full stops of their own, so it is not cut)."""
    text = " ".join(text.split())
    return text if text.endswith(".") else text + "."
