"""'wgec1 mtg dates?', 'List the meeting dates of the first WGEC, including its additional meeting':
the meetings a body held, each with its dates and place, citing each. Pure: it is given the body's
record and its meetings' records; the knowledge may not hold every meeting, and the answer says so.
"""

from __future__ import annotations

import re
from typing import Any

from bot.results import AskResult, Citation

_ONE_NUMBERED = "".join(rf"(?<!\b{w} )" for w in ("first", "second", "third", "fourth", "fifth", "last", "final", "1st",
                                                   "2nd", "3rd", "4th", "5th", "additional", "extra", "one"))
_MEETINGS_ASKED = re.compile(rf"\b(?:meetings|mtgs|sessions)\b|{_ONE_NUMBERED}\b(?:meeting|mtg|session) dates\b", re.I)
"""The meetings, in the plural: 'when did it meet?' may ask for one, 'its meetings' asks for all, and
'wgec first mtg dates' for the first one's days."""

_DATES_ASKED = re.compile(r"\b(?:when|dates?|list|timeline)\b", re.I)
_WHERE = re.compile(r"\bwhere\b", re.I)
"""The list gives dates: 'where were its meetings held, which room?' is not answered by it."""

_ASKING = re.compile(r"\b(?:when|what|which|where|were|was|did|does|do|is|are|list|give|show|tell|me|all|dates?|meetings?"
                     r"|mtgs?|sessions?|meet|met|held|hold|including|incl|plus|pls|please|later|its|their|of|the)\b\.?", re.I)


_WHICH_ONES = re.compile(r"\(\s*(?:(?:first|second|third|fourth|fifth|last|final|additional|\d(?:st|nd|rd|th))\s*(?:,|&|and)?\s*)+\)",
                        re.I)
"""'wgec2 mtg dates (1st, 2nd, 4th, final)?': which of its meetings, each in the list."""


def topic_of(question: str) -> str:
    """What a question asking for meetings names, without the asking: 'wgec1 mtg dates?' -> 'wgec1'."""
    return " ".join(_ASKING.sub(" ", _WHICH_ONES.sub(" ", question)).replace("?", " ").split())


MIN_MEETINGS = 2
"""A body with one meeting in the knowledge is answered as usual, by that meeting."""


_COUNTED = re.compile(r"\bhow many\b|\bnumber of\b", re.I)
"""'How many meetings did the second WGEC hold?': the knowledge may not hold every one (the sources
skip the second group's third), so a list is no count."""


def asks_meetings(question: str) -> bool:
    """Does the question ask for a body's meetings, in the plural (not how many there were)?"""
    return bool(_MEETINGS_ASKED.search(question) and _DATES_ASKED.search(question)) and not _COUNTED.search(question) \
        and not _WHERE.search(question)


def meetings_answer(question: str, body: dict[str, Any], meetings: list[dict[str, Any]],
                    confidence: float) -> AskResult | None:
    """The body's dated meetings, earliest first, with the sources of each; None when fewer than
    MIN_MEETINGS are dated."""
    ids = {m.get("id") for m in meetings}
    dated = sorted((m for m in meetings if m.get("start") and m.get("when") and m.get("part_of_id") not in ids),
                   key=lambda m: str(m["start"]))  # a session's own meetings are in it, not beside it
    if len(dated) < MIN_MEETINGS:
        return None
    lines = [f"• {m['name']}: {m['when']}" + (f", {m['place']}" if m.get("place") else "") for m in dated]
    name = f"{body['name']} ({body['abbreviation']})" if body.get("abbreviation") else body["name"]
    text = f"The meetings of the {name} in my knowledge base ({len(dated)}):\n" + "\n".join(lines)
    citations = tuple(dict.fromkeys(Citation(str(c.get("symbol") or ""), str(c.get("title") or ""), str(c.get("url") or ""))
                                    for m in dated for c in m.get("citations", [])[:1] if c.get("url")))
    if not citations:
        return None
    return AskResult(question=question, answered=True, answer=text, citations=citations, confidence=confidence,
                     record_id=str(body["id"]))
