"""Core results -> Slack messages (Block Kit), and Slack text -> plain text: all Slack wording.

Pure functions, no Slack SDK: `bot.slack_app` only translates between Bolt and these. Every piece
of dynamic text is truncated first, then escaped (`&`, `<`, `>`), so Slack's limits hold for the
escaped text and no user text can turn into a live mention or link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from bot.results import AskResult, Citation, Overview, SymbolResult

Message = dict[str, Any]

# Slack's limits (https://docs.slack.dev/reference/block-kit/blocks and .../chat.postMessage).
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_BLOCKS = 50
MAX_MESSAGE_TEXT = 40_000
MAX_CONTEXT_ELEMENTS = 10
# An answer longer than one section is split over a few sections, then truncated.
MAX_ANSWER_SECTIONS = 5
MAX_SUGGESTIONS = 3

# Action ids: the listeners in bot.slack_app match on these.
ACTION_SUGGEST_PREFIX = "wsis_suggest_"
ACTION_SYMBOL_PREFIX = "wsis_symbol_"
ACTION_HELPFUL = "wsis_feedback_helpful"
ACTION_NOT_HELPFUL = "wsis_feedback_not_helpful"
ACTION_SHARE = "wsis_share"

ELLIPSIS = "…"

# --------------------------------------------------------------------------- Slack text -> plain

# <@U123>, <@U123|name>, <!channel>, <!here|here>, <!subteam^S1|@team>, <#C1|general>, <http://x|y>
_MARKUP = re.compile(r"<([^<>]*)>")
_SPACES = re.compile(r"\s+")
_BROADCASTS = ("!channel", "!here", "!everyone", "!subteam")


def _markup_to_plain(match: re.Match[str]) -> str:
    inner = match.group(1)
    target, _, label = inner.partition("|")
    if target.startswith("@") or target.startswith(_BROADCASTS):
        return " "  # mentions and broadcasts are addressing, not part of the question
    if target.startswith("#"):
        return f"#{label}" if label else " "
    if target.startswith("!"):
        return label or " "  # <!date^...|fallback> and other special commands: their fallback
    return label or target  # links: the label, else the address itself


def slack_text_to_plain(text: str) -> str:
    """Slack message text -> the plain text a person sees, without mentions or broadcasts.

    Example: `"<@U1> what is <http://igf.org|the IGF> &amp; <!here>"` -> `"what is the IGF &"`.
    """
    plain = _MARKUP.sub(_markup_to_plain, text or "")
    # Slack escapes only these three; decode &amp; last so "&amp;lt;" stays the text "&lt;".
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return _SPACES.sub(" ", plain).strip()


# --------------------------------------------------------------------------- escaping and limits


def escape(text: str) -> str:
    """Escape the three characters Slack treats as markup, `&` first."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escaped_len(char: str) -> int:
    return {"&": 5, "<": 4, ">": 4}.get(char, 1)


def clip(text: str, limit: int) -> str:
    """Truncate plain `text` so that its *escaped* form fits `limit` characters (with an ellipsis).

    Truncation happens before escaping, so an entity such as `&amp;` is never cut in half.
    """
    text = text or ""
    if sum(_escaped_len(c) for c in text) <= limit:
        return text
    budget = limit - len(ELLIPSIS)
    kept: list[str] = []
    used = 0
    for char in text:
        cost = _escaped_len(char)
        if used + cost > budget:
            break
        kept.append(char)
        used += cost
    return "".join(kept).rstrip() + ELLIPSIS


def safe(text: str, limit: int) -> str:
    """Clip, then escape: the only way dynamic text enters a message."""
    return escape(clip(text, limit))


def _split_for_sections(text: str, limit: int, max_parts: int) -> list[str]:
    """Split plain text into at most `max_parts` pieces whose escaped forms fit `limit`.

    Cuts at paragraph breaks, then line breaks, then spaces; the last piece is clipped.
    """
    parts: list[str] = []
    rest = text.strip()
    while rest and len(parts) < max_parts - 1:
        if len(escape(rest)) <= limit:
            break
        head = clip(rest, limit)[: -len(ELLIPSIS)]
        cut = len(head)
        for sep in ("\n\n", "\n", " "):
            at = head.rfind(sep)
            if at > len(head) // 3:
                cut = at
                break
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(clip(rest, limit))
    return parts


def _plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": safe(text, limit) or " ", "emoji": True}


def _mrkdwn(escaped: str) -> dict[str, Any]:
    # verbatim: Slack does not auto-link channel names or bare addresses in our text.
    return {"type": "mrkdwn", "text": escaped or " ", "verbatim": True}


def _section(escaped: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(escaped)}


def _context(*escaped: str) -> dict[str, Any]:
    return {"type": "context", "elements": [_mrkdwn(e) for e in escaped[:MAX_CONTEXT_ELEMENTS]]}


def _button(text: str, action_id: str, value: str, *, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": _plain(text, MAX_BUTTON_TEXT),
        "action_id": action_id,
        # A value is data Slack hands back to us, not shown: clipped, never escaped.
        "value": clip(value, MAX_BUTTON_VALUE),
    }
    if style:
        button["style"] = style
    return button


def _link(url: str, label: str, label_limit: int = 200) -> str:
    """`<url|label>` for http(s) addresses, else the escaped label alone."""
    url = (url or "").strip()
    label_escaped = safe(label, label_limit)
    if not re.match(r"^https?://[^\s]+$", url, re.IGNORECASE):
        return label_escaped
    # `|` would end the address early inside Slack's link syntax.
    return f"<{escape(url.replace('|', '%7C'))}|{label_escaped}>"


def _message(text: str, blocks: list[dict[str, Any]]) -> Message:
    """The final message: `text` is the notification fallback, already escaped."""
    return {"text": text[:MAX_MESSAGE_TEXT] or " ", "blocks": blocks[:MAX_BLOCKS]}


# --------------------------------------------------------------------------- answers


def _citation_label(citation: Citation) -> str:
    return f"para. {citation.paragraph}" if citation.paragraph else ""


def format_sources(citations: Sequence[Citation]) -> str:
    """Escaped mrkdwn: `Sources: <url|A/RES/70/125> (para. 65), …` within one section's limit."""
    items: list[str] = []
    used = len("Sources: ")
    for index, citation in enumerate(citations):
        item = _link(citation.url, citation.symbol or citation.title or citation.url)
        para = _citation_label(citation)
        if para:
            item += f" ({safe(para, 60)})"
        remaining = len(citations) - index
        if used + len(item) + 2 + len(f"and {remaining} more") > MAX_SECTION_TEXT:
            items.append(f"and {remaining} more")
            break
        items.append(item)
        used += len(item) + 2
    return "Sources: " + ", ".join(items)


def _sources_fallback(citations: Sequence[Citation]) -> str:
    parts = []
    for citation in citations:
        para = _citation_label(citation)
        parts.append(f"{citation.symbol} ({para})" if para else citation.symbol)
    return "Sources: " + ", ".join(parts) if parts else ""


def answer_message(
    result: AskResult,
    *,
    key: str | None = None,
    shareable: bool = False,
    show_question: bool = False,
) -> Message:
    """An answer (with its sources) or an abstention (with "did you mean" buttons).

    `key` is the short handle the feedback and share buttons carry; without it they are left out.
    `shareable` adds "Share in channel" (for ephemeral /wsis answers). `show_question` echoes the
    question (ephemeral answers, where the user's own message is not visible).
    """
    blocks: list[dict[str, Any]] = []
    fallback: list[str] = []
    if show_question and result.question:
        blocks.append(_context(f"You asked: {safe(result.question, 500)}"))
    for part in _split_for_sections(result.answer or "", MAX_SECTION_TEXT, MAX_ANSWER_SECTIONS):
        blocks.append(_section(escape(part)))
    fallback.append(result.answer or "")
    if result.answered and result.citations:
        blocks.append(_context(format_sources(result.citations)))
        fallback.append(_sources_fallback(result.citations))
    suggestions = [s for s in result.suggestions if s.strip()][:MAX_SUGGESTIONS]
    if suggestions:
        blocks.append(_section("*Did you mean:*"))
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    _button(s, f"{ACTION_SUGGEST_PREFIX}{i}", s) for i, s in enumerate(suggestions)
                ],
            }
        )
        fallback.append("Did you mean: " + " / ".join(suggestions))
    buttons: list[dict[str, Any]] = []
    if key is not None:
        if shareable and result.answered:
            buttons.append(_button("Share in channel", ACTION_SHARE, key, style="primary"))
        buttons.append(_button("👍 Helpful", ACTION_HELPFUL, key))
        buttons.append(_button("👎 Not helpful", ACTION_NOT_HELPFUL, key))
    if buttons:
        blocks.append({"type": "actions", "elements": buttons})
    text = safe("\n".join(f for f in fallback if f), MAX_MESSAGE_TEXT)
    return _message(text, blocks)


def result_summary(result: AskResult) -> str:
    """A one-line summary of an answer for the feedback log (plain text, no Slack markup)."""
    if not result.answered:
        return "abstained" + (f"; suggested: {' / '.join(result.suggestions)}" if result.suggestions else "")
    symbols = ", ".join(c.symbol for c in result.citations)
    head = (result.record_id or "answer") + (f" [{symbols}]" if symbols else "")
    return clip(f"{head}: {result.answer}", 500)


def shared_answer_message(result: AskResult, *, sharer_id: str | None = None) -> Message:
    """An answer shared into the channel from an ephemeral /wsis answer (no buttons)."""
    message = answer_message(result, show_question=True)
    if sharer_id and re.fullmatch(r"[UW][A-Z0-9]{2,}", sharer_id):
        # A mention we build ourselves from Slack's own id: safe to leave live.
        message["blocks"].insert(0, _context(f"Shared by <@{sharer_id}>"))
    return message


# --------------------------------------------------------------------------- documents

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def format_date(value: str) -> str:
    """ISO `2012-05-18` -> `18 May 2012`, `2025-04` -> `April 2025`; anything else unchanged."""
    value = (value or "").strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = value.split("-")
            return f"{_MONTHS[int(month) - 1]} {year}"
    except (ValueError, IndexError):
        pass
    return value


def _field(label: str, value: str, limit: int = 1900) -> dict[str, Any]:
    return _mrkdwn(f"*{label}*\n{safe(value, limit)}")


def symbol_message(result: SymbolResult) -> Message:
    """The `/symbol` answer: the document card, or "not found" with up to 3 symbol buttons."""
    if not result.found:
        query = result.query.strip()
        if result.error:
            what = result.error
        elif query:
            what = f"I don't know a document with the symbol “{query}”."
        else:
            what = "Which symbol? For example: /symbol A/RES/70/125"
        parts: list[dict[str, Any]] = [_section(safe(what, MAX_SECTION_TEXT))]
        suggestions = [s for s in result.suggestions if s.strip()][:MAX_SUGGESTIONS]
        fallback = what
        if suggestions:
            parts.append(_section("*Did you mean:*"))
            parts.append(
                {
                    "type": "actions",
                    "elements": [
                        _button(s, f"{ACTION_SYMBOL_PREFIX}{i}", s) for i, s in enumerate(suggestions)
                    ],
                }
            )
            fallback += " Did you mean: " + ", ".join(suggestions)
        return _message(safe(fallback, MAX_MESSAGE_TEXT), parts)

    symbol = result.symbol or result.query
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": _plain(symbol, MAX_HEADER_TEXT)},
        _section(f"*{safe(result.title, MAX_SECTION_TEXT - 2)}*" if result.title else safe(symbol, 200)),
    ]
    fields = []
    if result.date:
        fields.append(_field("Date", format_date(result.date)))
    if result.bodies:
        fields.append(_field("Issued by", ", ".join(result.bodies)))
    if result.session:
        fields.append(_field("Session", result.session))
    if result.kind:
        fields.append(_field("Kind", result.kind.replace("-", " ")))
    if result.agenda_items:
        fields.append(_field("Agenda items", "; ".join(result.agenda_items)))
    others = [s for s in result.symbols if s != symbol]
    if others:
        fields.append(_field("Also issued as", ", ".join(others)))
    if fields:
        blocks.append({"type": "section", "fields": fields[:10]})
    if result.summary:
        blocks.append(_section(safe(result.summary, MAX_SECTION_TEXT)))
    links = []
    if result.url:
        links.append(f"Open: {_link(result.url, symbol)}")
    if result.related:
        related = ", ".join(safe(r, 100) for r in result.related[:20])
        links.append(f"Related: {related}")
    if links:
        blocks.append(_context(*links))
    fallback = f"{symbol}: {result.title}" + (f" ({format_date(result.date)})" if result.date else "")
    return _message(safe(fallback, MAX_MESSAGE_TEXT), blocks)


# --------------------------------------------------------------------------- help, home, notices

USAGE = (
    "I answer questions about the UN's follow-up to the World Summit on the Information Society "
    "(WSIS), always with the UN documents I rely on.\n"
    "• `/wsis <question>`: ask privately, e.g. `/wsis When was the IGF mandate renewed?`\n"
    "• `/symbol <symbol>`: look a document up, e.g. `/symbol A/RES/70/125`\n"
    "• Mention me in a channel (`@WSIS bot what is enhanced cooperation?`): I answer in the "
    "thread, and follow-up questions in that thread need no mention.\n"
    "• Or send me a direct message."
)


def usage_message() -> Message:
    """How to use the bot (`/wsis`, `/wsis help`, an empty mention)."""
    return _message(escape(USAGE), [_section(escape(USAGE))])


def error_message() -> Message:
    """What a user sees when something failed on our side (never a traceback)."""
    text = "Sorry, something went wrong on my side. Please try again in a minute."
    return _message(text, [_section(text)])


def working_message() -> Message:
    """The acknowledgement of a slash command whose answer takes more than a moment."""
    text = "Looking that up…"
    return _message(text, [_context(text)])


def expired_message() -> Message:
    """A button whose answer is no longer remembered (e.g. after a restart)."""
    text = "This answer is no longer available to share. Please ask again with /wsis."
    return _message(text, [_section(text)])


def feedback_thanks_message(helpful: bool) -> Message:
    """The acknowledgement of a feedback button, shown only to the person who clicked."""
    text = (
        "Thanks, glad it helped."
        if helpful
        else "Thanks for telling me. The maintainers review answers marked not helpful."
    )
    return _message(text, [_context(text)])


def _kind_label(kind: str, count: int) -> str:
    label = kind.replace("_", " ").replace("-", " ")
    if count == 1 and label.endswith("s") and not label.endswith("ss"):
        label = label[:-1]
    return f"{count} {label}"


def home_view(overview: Overview) -> dict[str, Any]:
    """The App Home tab: what the bot knows, when it was updated, examples, how to use it."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": _plain("WSIS follow-up at the UN", MAX_HEADER_TEXT)},
        _section(escape(USAGE.split("\n", 1)[0])),
        {"type": "divider"},
        _section("*What I know*"),
    ]
    counts = [(k, v) for k, v in overview.counts.items()]
    if counts:
        lines = "\n".join(f"• {safe(_kind_label(k, v), 200)}" for k, v in counts[:40])
        blocks.append(_section(clip_escaped(lines, MAX_SECTION_TEXT)))
    else:
        blocks.append(_section("Nothing yet: the knowledge base is empty."))
    if overview.updated:
        blocks.append(_context(f"Knowledge last updated: {safe(format_date(overview.updated), 200)}"))
    examples = [e for e in overview.examples if e.strip()][:10]
    if examples:
        blocks.append({"type": "divider"})
        blocks.append(_section("*Try asking*"))
        lines = "\n".join(f"• {safe(e, 280)}" for e in examples)
        blocks.append(_section(clip_escaped(lines, MAX_SECTION_TEXT)))
    blocks.append({"type": "divider"})
    blocks.append(_section("*How to ask*"))
    blocks.append(_section(escape(USAGE.split("\n", 1)[1])))
    return {"type": "home", "blocks": blocks[:100]}


def clip_escaped(escaped_lines: str, limit: int) -> str:
    """Keep whole lines of already-escaped text within `limit` characters."""
    if len(escaped_lines) <= limit:
        return escaped_lines
    kept: list[str] = []
    used = 0
    for line in escaped_lines.split("\n"):
        if used + len(line) + 1 > limit - len(ELLIPSIS):
            break
        kept.append(line)
        used += len(line) + 1
    return "\n".join(kept) + "\n" + ELLIPSIS


def message_texts(message: Message) -> Iterable[str]:
    """Every text string in a message or view (for tests and size checks)."""

    def walk(node: Any) -> Iterable[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "text" and isinstance(value, str):
                    yield value
                else:
                    yield from walk(value)
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)

    return walk(message)
