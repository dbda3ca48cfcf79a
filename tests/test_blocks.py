"""bot.blocks: core results -> Slack messages, without Slack. Escaping, limits, wording, actions."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import blocks
from bot.results import AskResult, Citation, Overview, SymbolResult

HOSTILE = "<!channel> <@U123ABC> <!here> <!everyone> & <http://evil.example|click> <#C1|general>"


def all_text(message: dict) -> str:
    return "\n".join(blocks.message_texts(message))


def answered(answer: str = "The IGF mandate was extended by ten years.", **kw) -> AskResult:
    defaults: dict = {
        "question": "When was the IGF mandate renewed?",
        "answered": True,
        "answer": answer,
        "citations": (Citation("A/RES/70/125", "Outcome document", "https://undocs.org/A/RES/70/125", "63"),),
        "confidence": 0.9,
        "record_id": "igf-renewal",
    }
    defaults.update(kw)
    return AskResult(**defaults)


def abstained(suggestions=("What is the IGF?", "Where was the second IGF held?")) -> AskResult:
    return AskResult(question="what about the moon", answered=False,
                     answer="I don't know that from the WSIS documents I have.", suggestions=tuple(suggestions))


def assert_within_limits(message: dict) -> None:
    assert len(message["text"]) <= blocks.MAX_MESSAGE_TEXT
    assert len(message["blocks"]) <= blocks.MAX_BLOCKS
    for block in message["blocks"]:
        if block["type"] == "section":
            if "text" in block:
                assert 1 <= len(block["text"]["text"]) <= blocks.MAX_SECTION_TEXT
            for f in block.get("fields", []):
                assert len(f["text"]) <= 2000
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= blocks.MAX_HEADER_TEXT
        if block["type"] == "actions":
            for element in block["elements"]:
                assert len(element["text"]["text"]) <= blocks.MAX_BUTTON_TEXT
                assert len(element["value"]) <= blocks.MAX_BUTTON_VALUE
        if block["type"] == "context":
            assert len(block["elements"]) <= blocks.MAX_CONTEXT_ELEMENTS


# ------------------------------------------------------------------------ slack_text_to_plain


@pytest.mark.parametrize(
    ("slack", "plain"),
    [
        ("<@U123> what is the IGF?", "what is the IGF?"),
        ("<@U123|bob> hi", "hi"),
        ("<!channel> <!here> <!everyone> what is WSIS", "what is WSIS"),
        ("<!here|here> <!subteam^S1|@team> question", "question"),
        ("see <http://x.org|the page>", "see the page"),
        ("see <https://undocs.org/A/RES/70/125>", "see https://undocs.org/A/RES/70/125"),
        ("<mailto:a@b.org|a@b.org>", "a@b.org"),
        ("in <#C123|general> please", "in #general please"),
        ("a &lt;b&gt; &amp; c", "a <b> & c"),
        ("&amp;lt; stays literal", "&lt; stays literal"),
        ("<!date^1392734382^{date}|Feb 18, 2014> meeting", "Feb 18, 2014 meeting"),
        ("  many   \n spaces ", "many spaces"),
        ("", ""),
    ],
)
def test_slack_text_to_plain(slack: str, plain: str) -> None:
    assert blocks.slack_text_to_plain(slack) == plain


# ------------------------------------------------------------------------ escaping and clipping


def test_escape_order_ampersand_first() -> None:
    assert blocks.escape("<a & b>") == "&lt;a &amp; b&gt;"
    assert blocks.escape("&lt;") == "&amp;lt;"


def test_clip_counts_escaped_length_and_never_splits_an_entity() -> None:
    text = "&" * 100
    clipped = blocks.clip(text, 50)
    escaped = blocks.escape(clipped)
    assert len(escaped) <= 50
    assert escaped.endswith(blocks.ELLIPSIS)
    assert re.fullmatch(r"(&amp;)*…", escaped)


@given(st.text(max_size=400), st.integers(min_value=2, max_value=300))
@settings(max_examples=200, deadline=None)
def test_safe_text_fits_and_has_no_live_markup(text: str, limit: int) -> None:
    out = blocks.safe(text, limit)
    assert len(out) <= limit
    assert "<" not in out and ">" not in out
    assert re.sub(r"&(amp|lt|gt);", "", out).count("&") == 0


# ------------------------------------------------------------------------ answers


def test_answer_has_section_and_sources_with_links_and_paragraphs() -> None:
    message = blocks.answer_message(answered(), key="k1")
    types = [b["type"] for b in message["blocks"]]
    assert types[0] == "section" and "context" in types
    sources = next(b for b in message["blocks"] if b["type"] == "context")["elements"][0]["text"]
    assert "<https://undocs.org/A/RES/70/125|A/RES/70/125>" in sources
    assert "para. 63" in sources
    assert "A/RES/70/125 (para. 63)" in message["text"]
    assert_within_limits(message)


def test_feedback_buttons_carry_only_the_short_key() -> None:
    message = blocks.answer_message(answered(), key="abc123")
    buttons = [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]
    ids = {b["action_id"]: b["value"] for b in buttons}
    assert ids == {blocks.ACTION_HELPFUL: "abc123", blocks.ACTION_NOT_HELPFUL: "abc123"}


def test_share_button_only_for_shareable_answered_results() -> None:
    def action_ids(message: dict) -> set[str]:
        return {e["action_id"] for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]}

    assert blocks.ACTION_SHARE in action_ids(blocks.answer_message(answered(), key="k", shareable=True))
    assert blocks.ACTION_SHARE not in action_ids(blocks.answer_message(answered(), key="k"))
    assert blocks.ACTION_SHARE not in action_ids(blocks.answer_message(abstained(), key="k", shareable=True))
    assert action_ids(blocks.answer_message(answered())) == set()


def test_abstention_offers_did_you_mean_buttons_with_the_question_as_value() -> None:
    message = blocks.answer_message(abstained(("What is the IGF?", "B?", "C?", "D?")), key="k")
    buttons = [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]
               if e["action_id"].startswith(blocks.ACTION_SUGGEST_PREFIX)]
    assert [b["action_id"] for b in buttons] == ["wsis_suggest_0", "wsis_suggest_1", "wsis_suggest_2"]
    assert buttons[0]["value"] == "What is the IGF?"
    assert "Did you mean" in message["text"]
    assert "Sources" not in all_text(message)


def test_hostile_text_is_escaped_in_blocks_and_fallback() -> None:
    result = answered(answer=f"Answer {HOSTILE}", question=f"q {HOSTILE}",
                      citations=(Citation("A/1 <b>", "t", "https://x.org/a|b>c", None),))
    message = blocks.answer_message(result, key="k", show_question=True)
    text = all_text(message)
    for live in ("<!channel>", "<!here>", "<!everyone>", "<@U123ABC>", "<http://evil", "<#C1"):
        assert live not in text
    assert "&lt;!channel&gt;" in message["text"]
    # the only live markup left is our own source link, with `|` and `>` neutralised in its address
    links = re.findall(r"<([^<>]*)>", text)
    assert links == ["https://x.org/a%7Cb&gt;c|A/1 &lt;b&gt;"]


def test_non_http_urls_are_not_linked() -> None:
    result = answered(citations=(Citation("A/1", "t", "javascript:alert(1)", None),))
    sources = blocks.format_sources(result.citations)
    assert "<" not in sources and "A/1" in sources


def test_long_answer_is_split_then_truncated_within_limits() -> None:
    paragraph = ("The Commission on Science and Technology for Development & ECOSOC <review> " * 30).strip()
    long = "\n\n".join([paragraph] * 20)  # ~45,000 characters
    message = blocks.answer_message(answered(answer=long), key="k")
    sections = [b for b in message["blocks"] if b["type"] == "section"]
    assert len(sections) == blocks.MAX_ANSWER_SECTIONS
    assert sections[-1]["text"]["text"].endswith(blocks.ELLIPSIS)
    assert_within_limits(message)
    assert len(json.dumps(message)) < 60_000


def test_many_citations_stay_in_one_section_limit() -> None:
    cites = tuple(Citation(f"A/RES/{i}/1", "t", f"https://undocs.org/A/RES/{i}/1", str(i)) for i in range(400))
    message = blocks.answer_message(answered(citations=cites))
    assert_within_limits(message)
    sources = next(b for b in message["blocks"] if b["type"] == "context")["elements"][0]["text"]
    assert len(sources) <= blocks.MAX_SECTION_TEXT and "more" in sources


def test_long_suggestions_are_clipped_in_button_text_and_value() -> None:
    message = blocks.answer_message(abstained(("x" * 5000,)), key="k")
    assert_within_limits(message)


@given(st.text(max_size=5000), st.text(max_size=300), st.lists(st.text(max_size=3000), max_size=5))
@settings(max_examples=60, deadline=None)
def test_any_answer_fits_slack_limits(answer: str, question: str, suggestions: list[str]) -> None:
    result = AskResult(question=question, answered=False, answer=answer, suggestions=tuple(suggestions))
    message = blocks.answer_message(result, key="k", shareable=True, show_question=True)
    assert_within_limits(message)
    assert "<!" not in all_text(message) and "<@" not in all_text(message)


def test_shared_answer_names_the_sharer_and_has_no_buttons() -> None:
    message = blocks.shared_answer_message(answered(), sharer_id="U0USER")
    assert "<@U0USER>" in all_text(message)
    assert not [b for b in message["blocks"] if b["type"] == "actions"]
    hostile = blocks.shared_answer_message(answered(), sharer_id="<!channel>")
    assert "<!channel>" not in all_text(hostile)


def test_result_summary_has_record_and_symbols() -> None:
    assert blocks.result_summary(answered()).startswith("igf-renewal [A/RES/70/125]: The IGF")
    assert blocks.result_summary(abstained()).startswith("abstained; suggested: What is the IGF?")


# ------------------------------------------------------------------------ documents


def card() -> SymbolResult:
    return SymbolResult(
        query="a/res/70/125", found=True, symbol="A/RES/70/125", symbols=("A/RES/70/125",),
        title="Outcome document of the high-level meeting of the General Assembly on the overall review "
              "of the implementation of the outcomes of the World Summit on the Information Society",
        date="2015-12-16", bodies=("General Assembly",), url="https://undocs.org/A/RES/70/125",
        related=("A/70/L.33",), kind="resolution", session="seventieth session",
        agenda_items=("item 16",), summary="Extends the IGF mandate by ten years.",
    )


def test_symbol_card_shows_every_field() -> None:
    message = blocks.symbol_message(card())
    text = all_text(message)
    assert message["blocks"][0] == {"type": "header", "text": {"type": "plain_text", "text": "A/RES/70/125",
                                                               "emoji": True}}
    for expected in ("16 December 2015", "General Assembly", "seventieth session", "item 16",
                     "<https://undocs.org/A/RES/70/125|A/RES/70/125>", "A/70/L.33", "Extends the IGF"):
        assert expected in text
    assert_within_limits(message)


def test_symbol_not_found_offers_up_to_three_symbol_buttons() -> None:
    result = SymbolResult(query="A/RES/70/12", found=False, suggestions=("A/RES/70/125", "A/RES/70/1", "X", "Y"),
                          error="No document with the symbol A/RES/70/12 in the knowledge base.")
    message = blocks.symbol_message(result)
    buttons = [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["action_id"] for b in buttons] == ["wsis_symbol_0", "wsis_symbol_1", "wsis_symbol_2"]
    assert buttons[0]["value"] == "A/RES/70/125"
    assert "No document with the symbol A/RES/70/12" in message["text"]


def test_symbol_not_found_escapes_the_query() -> None:
    message = blocks.symbol_message(SymbolResult(query="<!channel> A/1", found=False))
    assert "<!channel>" not in all_text(message)


def test_symbol_card_header_is_clipped() -> None:
    long = SymbolResult(query="x", found=True, symbol="A/" + "X" * 400, title="t" * 5000)
    assert_within_limits(blocks.symbol_message(long))


@pytest.mark.parametrize(("iso", "shown"), [("2012-05-18", "18 May 2012"), ("2025-04", "April 2025"),
                                            ("2025", "2025"), ("2012-13-01", "2012-13-01"), ("", "")])
def test_format_date_un_style(iso: str, shown: str) -> None:
    assert blocks.format_date(iso) == shown


# ------------------------------------------------------------------------ help, home, notices


def test_usage_mentions_both_commands() -> None:
    text = all_text(blocks.usage_message())
    assert "/wsis" in text and "/symbol" in text and "mention" in text.lower()


def test_home_view_has_counts_update_examples_and_usage() -> None:
    view = blocks.home_view(Overview(counts={"documents": 12, "meetings": 1}, updated="2025-01-02 10:00 UTC",
                                     examples=("What is the IGF?", "<!here> hostile?")))
    assert view["type"] == "home"
    text = all_text(view)
    for expected in ("12 documents", "1 meeting", "2025-01-02 10:00 UTC", "What is the IGF?", "/wsis", "/symbol"):
        assert expected in text
    assert "<!here>" not in text
    assert len(view["blocks"]) <= 100


def test_home_view_with_nothing_known() -> None:
    assert "empty" in all_text(blocks.home_view(Overview()))


@pytest.mark.parametrize("factory", [blocks.usage_message, blocks.error_message, blocks.expired_message,
                                     blocks.working_message, lambda: blocks.feedback_thanks_message(True),
                                     lambda: blocks.feedback_thanks_message(False)])
def test_notices_are_plain_messages(factory) -> None:
    message = factory()
    assert message["text"] and message["blocks"]
    assert "Traceback" not in all_text(message)
    assert_within_limits(message)
