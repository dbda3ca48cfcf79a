"""The Slack surface end to end: signed HTTP in, Web API calls out, no mocks of Bolt.

The server is built by `bot.slack_http.build_server`, the same path `wsis-bot serve` takes, on
127.0.0.1:0; Slack's Web API and response_urls are a recording stand-in (tests/slack_stub.py).
Absence of an answer is checked after `settle()`, which stops the server and waits for every
listener thread, so no test sleeps for a fixed time. Each Bolt pitfall of
shared/engineering-notes.md has a test here, named after it.
"""

from __future__ import annotations

import json
import logging
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot import blocks
from bot.config import load_slack_config
from bot.core import Bot
from bot.slack_app import ExpiringMap, FeedbackLog, feedback_log
from bot.slack_http import MAX_BODY_BYTES, HttpServer, build_server
from tests.conftest import BUNDLED
from tests.slack_stub import (
    SIGNING_SECRET,
    Reply,
    SlackStub,
    action_form,
    command_form,
    event_body,
    http_request,
    next_ts,
    signed_headers,
)

# Anchors of the bundled knowledge (also README's example and App Home's examples); the first
# test below fails loudly if the knowledge stops answering them.
ANSWERABLE = "When were the enhanced cooperation consultations?"
UNANSWERABLE = "What is the airspeed of an unladen swallow?"
KNOWN_SYMBOL = "E/CN.16/2012/CRP.2"

FORM = "application/x-www-form-urlencoded"


@dataclass
class Served:
    """A running server and the stand-in it talks to."""

    server: HttpServer
    stub: SlackStub

    @property
    def port(self) -> int:
        return self.server.port

    def post(self, body: str | bytes, *, content_type: str = "application/json",
             extra: dict[str, str] | None = None, **sign: Any) -> Reply:
        raw = body.encode("utf-8") if isinstance(body, str) else body
        headers = signed_headers(raw, content_type=content_type, **sign)
        headers.update(extra or {})
        return http_request(self.port, "POST", "/slack/events", raw, headers)

    def event(self, event: dict[str, Any], *, event_id: str | None = None,
              extra: dict[str, str] | None = None) -> Reply:
        reply = self.post(json.dumps(event_body(event, event_id=event_id)), extra=extra)
        assert reply.status == 200, reply
        return reply

    def command(self, command: str, text: str, *, response_url: str | None = None) -> Reply:
        url = response_url or self.stub.response_url("cmd")
        return self.post(command_form(command, text, response_url=url), content_type=FORM)

    def action(self, action_id: str, value: str, *, name: str = "act", ephemeral: bool = True) -> Reply:
        form = action_form(action_id, value, response_url=self.stub.response_url(name), ephemeral=ephemeral)
        reply = self.post(form, content_type=FORM)
        assert reply.status == 200, reply
        return reply

    def settle(self) -> None:
        """Stop serving and wait for every listener: afterwards no further call can arrive."""
        self.server.stop()


@pytest.fixture(scope="module")
def core_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    """The real core over the bundled knowledge, with its own SQLite index."""
    bot = Bot(BUNDLED, tmp_path_factory.mktemp("slack-index") / "index.db")
    yield bot
    bot.close()


@pytest.fixture
def stub() -> Iterator[SlackStub]:
    with SlackStub() as running:
        yield running


@pytest.fixture
def feedback_db(tmp_path: Path) -> Path:
    return tmp_path / "feedback.sqlite3"


@pytest.fixture
def served(core_bot: Bot, stub: SlackStub, feedback_db: Path) -> Iterator[Served]:
    config = load_slack_config({
        "SLACK_BOT_TOKEN": "xoxb-1111-2222-test",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": stub.api_url,
        "WSIS_FEEDBACK_DB": str(feedback_db),
    })
    server = build_server(core_bot, config, host="127.0.0.1", port=0).start()
    running = Served(server, stub)
    try:
        yield running
    finally:
        server.stop()


def dm(text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "message", "channel": "D0DM", "channel_type": "im", "user": "U0USER", "text": text,
            "ts": next_ts(), **extra}


def mention(text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "app_mention", "channel": "C0CHAN", "user": "U0USER", "text": f"<@UBOT> {text}",
            "ts": next_ts(), **extra}


def texts(body: dict[str, Any]) -> str:
    return "\n".join(blocks.message_texts({"text": body.get("text", ""), "blocks": body.get("blocks", [])}))


def buttons(body: dict[str, Any]) -> dict[str, str]:
    return {e["action_id"]: e["value"] for b in body.get("blocks", []) if b["type"] == "actions"
            for e in b["elements"]}


# ------------------------------------------------------------------------ surfaces


def test_the_anchor_questions_hold_in_the_bundled_knowledge(core_bot: Bot) -> None:
    result = core_bot.ask(ANSWERABLE)
    assert result.answered and result.citations
    assert not core_bot.ask(UNANSWERABLE).answered
    assert core_bot.symbol(KNOWN_SYMBOL).found


def test_slash_command_is_answered_in_the_ack_within_three_seconds(served: Served) -> None:
    started = time.monotonic()
    reply = served.command("/wsis", ANSWERABLE)
    assert time.monotonic() - started < 3.0
    assert reply.status == 200
    body = reply.json()
    assert body["response_type"] == "ephemeral"
    assert "Sources:" in texts(body) and re.search(r"<https?://[^|>]+\|[^>]+>", texts(body))
    assert blocks.ACTION_SHARE in buttons(body)


@pytest.mark.parametrize("text", ["", "help", "  HELP "])
def test_wsis_alone_or_help_shows_usage(served: Served, text: str) -> None:
    body = served.command("/wsis", text).json()
    assert "/symbol" in texts(body) and "Sources:" not in texts(body)


def test_mention_is_answered_in_its_thread_with_sources(served: Served) -> None:
    event = mention(ANSWERABLE)
    served.event(event)
    [call] = served.stub.wait_for("chat.postMessage")
    assert call.body["channel"] == "C0CHAN"
    assert call.body["thread_ts"] == event["ts"]
    assert "Sources:" in texts(call.body)
    assert call.headers["Authorization"] == "Bearer xoxb-1111-2222-test"


def test_mention_inside_a_thread_answers_in_that_thread(served: Served) -> None:
    served.event(mention(ANSWERABLE, thread_ts="1690000000.000100"))
    [call] = served.stub.wait_for("chat.postMessage")
    assert call.body["thread_ts"] == "1690000000.000100"


def test_follow_up_in_an_answered_thread_needs_no_mention(served: Served) -> None:
    first = mention(ANSWERABLE)
    served.event(first)
    served.stub.wait_for("chat.postMessage")
    follow_up = {"type": "message", "channel": "C0CHAN", "channel_type": "channel", "user": "U0USER",
                 "text": ANSWERABLE, "ts": next_ts(), "thread_ts": first["ts"]}
    served.event(follow_up)
    calls = served.stub.wait_for("chat.postMessage", 2)
    assert calls[1].body["thread_ts"] == first["ts"]


def test_messages_elsewhere_in_channels_are_not_answered(served: Served) -> None:
    served.event({"type": "message", "channel": "C0CHAN", "channel_type": "channel", "user": "U0USER",
                  "text": ANSWERABLE, "ts": next_ts()})
    served.event({"type": "message", "channel": "C0CHAN", "channel_type": "channel", "user": "U0USER",
                  "text": ANSWERABLE, "ts": next_ts(), "thread_ts": "1690000000.000999"})
    served.settle()
    assert served.stub.calls_to("chat.postMessage") == []


def test_follow_up_addressed_to_someone_else_is_left_alone(served: Served) -> None:
    first = mention(ANSWERABLE)
    served.event(first)
    served.stub.wait_for("chat.postMessage")
    served.event({"type": "message", "channel": "C0CHAN", "channel_type": "channel", "user": "U0USER",
                  "text": "<@U0ALICE> what do you think?", "ts": next_ts(), "thread_ts": first["ts"]})
    served.settle()
    assert len(served.stub.calls_to("chat.postMessage")) == 1


def test_direct_message_is_answered_in_the_dm(served: Served) -> None:
    served.event(dm(ANSWERABLE))
    [call] = served.stub.wait_for("chat.postMessage")
    assert call.body["channel"] == "D0DM"
    assert "thread_ts" not in call.body or call.body["thread_ts"] is None
    assert "Sources:" in texts(call.body)


def test_symbol_command_shows_the_document_card(served: Served) -> None:
    body = served.command("/symbol", KNOWN_SYMBOL).json()
    assert body["blocks"][0]["type"] == "header"
    assert KNOWN_SYMBOL in body["blocks"][0]["text"]["text"]


def test_symbol_command_not_found_offers_symbol_buttons(served: Served) -> None:
    body = served.command("/symbol", KNOWN_SYMBOL[:-1] + "9").json()
    assert buttons(body)["wsis_symbol_0"] == KNOWN_SYMBOL
    assert body["blocks"][0]["type"] != "header"


def test_suggestion_button_answers_the_chosen_question(served: Served) -> None:
    served.action("wsis_suggest_0", ANSWERABLE, name="suggest")
    [call] = served.stub.wait_for("response/suggest")
    assert "Sources:" in texts(call.body)
    assert call.body["replace_original"] is True and call.body["response_type"] == "ephemeral"


def test_symbol_suggestion_button_shows_the_card(served: Served) -> None:
    served.action("wsis_symbol_1", KNOWN_SYMBOL, name="symbol", ephemeral=False)
    [call] = served.stub.wait_for("response/symbol")
    assert call.body["blocks"][0]["type"] == "header"
    assert call.body["replace_original"] is False


def test_feedback_is_recorded_without_user_ids(served: Served, feedback_db: Path) -> None:
    key = buttons(served.command("/wsis", ANSWERABLE).json())[blocks.ACTION_NOT_HELPFUL]
    served.action(blocks.ACTION_NOT_HELPFUL, key, name="vote")
    [call] = served.stub.wait_for("response/vote")
    assert "Thanks" in texts(call.body) and call.body["replace_original"] is False
    rows = feedback_log(served.server.app).rows()
    assert [(r["vote"], r["question"]) for r in rows] == [("not_helpful", ANSWERABLE)]
    assert rows[0]["summary"]
    served.settle()
    with sqlite3.connect(feedback_db) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(feedback)")]
        dump = "\n".join(conn.iterdump())
    conn.close()
    assert not any("user" in c or "channel" in c or "team" in c for c in columns)
    for identifier in ("U0USER", "C0CHAN", "T0001", "someone"):
        assert identifier not in dump


def test_feedback_on_a_forgotten_answer_is_still_acknowledged(served: Served) -> None:
    served.action(blocks.ACTION_HELPFUL, "unknown-key", name="vote")
    served.stub.wait_for("response/vote")
    [row] = feedback_log(served.server.app).rows()
    assert row["vote"] == "helpful" and row["question"] == ""


def test_share_posts_the_answer_in_channel_and_removes_the_ephemeral(served: Served) -> None:
    key = buttons(served.command("/wsis", ANSWERABLE).json())[blocks.ACTION_SHARE]
    served.action(blocks.ACTION_SHARE, key, name="share")
    shared, deleted = served.stub.wait_for("response/share", 2)
    assert shared.body["response_type"] == "in_channel" and "Sources:" in texts(shared.body)
    assert "<@U0USER>" in texts(shared.body)
    assert deleted.body == {"delete_original": True}


def test_app_home_opened_publishes_the_home_view_with_counts(served: Served) -> None:
    served.event({"type": "app_home_opened", "user": "U0USER", "channel": "D0DM", "tab": "home"})
    [call] = served.stub.wait_for("views.publish")
    assert call.body["user_id"] == "U0USER"
    view = call.body["view"]
    assert view["type"] == "home"
    assert re.search(r"• \d+ \w+", texts({"blocks": view["blocks"]}))


def test_messages_tab_opened_publishes_nothing(served: Served) -> None:
    served.event({"type": "app_home_opened", "user": "U0USER", "channel": "D0DM", "tab": "messages"})
    served.settle()
    assert served.stub.calls_to("views.publish") == []


# ------------------------------------------------------------------------ pitfalls


def test_pitfall_1_slow_core_acks_first_then_answers_via_response_url(served: Served, core_bot: Bot,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import slack_app

    monkeypatch.setattr(slack_app, "ACK_BUDGET_SECONDS", 0.0)
    real_ask = core_bot.ask

    def slow_ask(question: str) -> Any:
        time.sleep(0.2)  # slower than the (zero) ack budget: simulates a slow rebuild
        return real_ask(question)

    monkeypatch.setattr(core_bot, "ask", slow_ask)
    started = time.monotonic()
    reply = served.command("/wsis", ANSWERABLE, response_url=served.stub.response_url("late"))
    assert time.monotonic() - started < 3.0
    assert "Looking that up" in texts(reply.json())
    [call] = served.stub.wait_for("response/late")
    assert "Sources:" in texts(call.body) and call.body["replace_original"] is True


def test_pitfall_2_retried_delivery_is_answered_once(served: Served) -> None:
    event = dm(ANSWERABLE)
    served.event(event, event_id="EvRETRY1")
    served.stub.wait_for("chat.postMessage")
    reply = served.event(event, event_id="EvRETRY1",
                         extra={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert reply.status == 200
    served.settle()
    assert len(served.stub.calls_to("chat.postMessage")) == 1


def test_pitfall_2_retry_whose_first_delivery_was_lost_is_answered(served: Served) -> None:
    served.event(dm(ANSWERABLE), event_id="EvLOST1",
                 extra={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"})
    served.stub.wait_for("chat.postMessage")


def test_pitfall_3_mention_also_delivered_as_message_is_answered_once(served: Served) -> None:
    ts = next_ts()
    served.event({"type": "app_mention", "channel": "C0CHAN", "user": "U0USER", "text": f"<@UBOT> {ANSWERABLE}",
                  "ts": ts})
    served.event({"type": "message", "channel": "C0CHAN", "channel_type": "channel", "user": "U0USER",
                  "text": f"<@UBOT> {ANSWERABLE}", "ts": ts})
    served.stub.wait_for("chat.postMessage")
    # and the other order, in a thread the bot already answered in (where both would answer)
    ts2 = next_ts()
    served.event({"type": "message", "channel": "C0CHAN", "channel_type": "channel", "user": "U0USER",
                  "text": f"<@UBOT> {ANSWERABLE}", "ts": ts2, "thread_ts": ts})
    served.event({"type": "app_mention", "channel": "C0CHAN", "user": "U0USER", "text": f"<@UBOT> {ANSWERABLE}",
                  "ts": ts2, "thread_ts": ts})
    served.settle()
    assert len(served.stub.calls_to("chat.postMessage")) == 2


def test_pitfall_9_duplicate_gets_a_fresh_200_and_the_chain_keeps_working(served: Served) -> None:
    event = dm(ANSWERABLE)
    assert served.event(event, event_id="EvNINE").text == ""
    duplicate = served.event(event, event_id="EvNINE")
    assert (duplicate.status, duplicate.text) == (200, "")
    served.event(dm(ANSWERABLE), event_id="EvNINE-next")  # the next event still reaches its listener
    served.stub.wait_for("chat.postMessage", 2)
    served.settle()
    assert len(served.stub.calls_to("chat.postMessage")) == 2


def test_pitfall_10_concurrent_deliveries_are_answered_once_each(served: Served) -> None:
    events = [dm(ANSWERABLE) for _ in range(8)]
    deliveries = [(e, f"EvC{i}") for i, e in enumerate(events)] * 3  # every event three times
    with ThreadPoolExecutor(max_workers=12) as pool:
        replies = list(pool.map(lambda d: served.event(d[0], event_id=d[1]), deliveries))
    assert {r.status for r in replies} == {200}
    served.settle()
    posted = served.stub.calls_to("chat.postMessage")
    assert len(posted) == len(events)


def test_pitfall_10_feedback_log_takes_concurrent_votes(tmp_path: Path) -> None:
    log = FeedbackLog(tmp_path / "votes.sqlite3")
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda i: log.record(question=f"q{i}", summary="s", helpful=i % 2 == 0), range(200)))
        rows = log.rows()
    finally:
        log.close()
    assert len(rows) == 200 and {r["vote"] for r in rows} == {"helpful", "not_helpful"}


def test_expiring_map_claims_once_expires_and_stays_bounded() -> None:
    now = [0.0]
    seen: ExpiringMap[str, bool] = ExpiringMap(ttl=600, max_size=3, clock=lambda: now[0])
    assert seen.add("a", True) and not seen.add("a", True)
    now[0] = 599.0
    assert "a" in seen
    now[0] = 600.0
    assert "a" not in seen and seen.add("a", True)
    for key in "bcd":
        seen.add(key, True)
    assert len(seen) == 3 and "a" not in seen  # the oldest went first


def test_expiring_map_has_one_winner_under_contention() -> None:
    seen: ExpiringMap[int, bool] = ExpiringMap(ttl=600, max_size=10_000)
    with ThreadPoolExecutor(max_workers=8) as pool:
        wins = list(pool.map(lambda i: seen.add(i % 50, True), range(2_000)))
    assert sum(wins) == 50


@pytest.mark.parametrize("event_type", ["reaction_added", "member_joined_channel", "app_uninstalled"])
def test_pitfall_4_unhandled_subscribed_event_gets_200_not_404(served: Served, event_type: str) -> None:
    reply = served.post(json.dumps(event_body({"type": event_type, "user": "U0USER", "channel": "C0CHAN"})))
    assert reply.status == 200


def test_pitfall_4_unknown_command_and_action_get_200(served: Served) -> None:
    assert served.command("/unknown", "x").status == 200
    assert served.action("some_other_button", "x").status == 200


@pytest.mark.parametrize(
    "event",
    [
        pytest.param(dm(ANSWERABLE, bot_id="BBOT"), id="own-bot"),
        pytest.param(dm(ANSWERABLE, bot_id="B0OTHER", user="U0OTHERBOT"), id="other-bot"),
        pytest.param(dm(ANSWERABLE, subtype="bot_message", bot_id="B0OTHER"), id="bot_message"),
        pytest.param(mention(ANSWERABLE, bot_id="B0OTHER"), id="other-bot-mention"),
        pytest.param(dm(ANSWERABLE, subtype="message_changed", message={"text": ANSWERABLE}), id="message_changed"),
        pytest.param(dm("", subtype="message_deleted", previous_message={"text": ANSWERABLE}), id="message_deleted"),
        pytest.param(dm(ANSWERABLE, subtype="thread_broadcast", thread_ts="1690000000.000100"),
                     id="thread_broadcast"),
    ],
)
def test_pitfall_5_bots_and_message_subtypes_are_ignored(served: Served, event: dict[str, Any]) -> None:
    served.event(event)
    served.settle()
    assert served.stub.calls_to("chat.postMessage") == []


def test_pitfall_6_rate_limited_call_is_retried_after_retry_after(served: Served) -> None:
    served.stub.fail("chat.postMessage", 429, retry_after=1)
    served.event(dm(ANSWERABLE))
    first, second = served.stub.wait_for("chat.postMessage", 2)
    assert (first.status, second.status) == (429, 200)
    assert second.body["channel"] == "D0DM"


def test_pitfall_6_rate_limited_response_url_is_retried(served: Served) -> None:
    served.stub.fail("response/suggest", 429, retry_after=1)
    served.action("wsis_suggest_0", ANSWERABLE, name="suggest")
    first, second = served.stub.wait_for("response/suggest", 2)
    assert (first.status, second.status) == (429, 200)


def test_pitfall_7_payload_in_a_slash_command_is_still_answered(served: Served) -> None:
    reply = served.command("/wsis", f"what is the payload of {ANSWERABLE}")
    assert reply.status == 200
    body = reply.json()
    assert body["response_type"] == "ephemeral" and "payload" in texts(body)


def test_pitfall_7_payload_in_a_symbol_command(served: Served) -> None:
    reply = served.command("/symbol", "payload")
    assert reply.status == 200 and reply.json()["response_type"] == "ephemeral"


@pytest.mark.parametrize(
    ("sign", "extra", "body"),
    [
        pytest.param({"secret": "0" * 32}, {}, None, id="forged"),
        # seconds from now, read when the test runs: a time taken when tests are collected drifts as
        # the suite runs ("future" fell inside Slack's five minutes once the suite took over a minute)
        pytest.param({"timestamp_from_now": -6 * 60}, {}, None, id="stale"),
        pytest.param({"timestamp_from_now": 6 * 60}, {}, None, id="future"),
        pytest.param({"timestamp": "12.5"}, {}, None, id="non-integer-timestamp"),
        pytest.param({"timestamp": "abc"}, {}, None, id="word-timestamp"),
        pytest.param({}, {"X-Slack-Signature": "v0=" + "0" * 64}, None, id="wrong-signature"),
        pytest.param({}, {"X-Slack-Signature": "garbage"}, None, id="garbage-signature"),
    ],
)
def test_pitfall_8_bad_signatures_get_401_and_no_answer(served: Served, sign: dict[str, Any],
                                                         extra: dict[str, str], body: str | None) -> None:
    if "timestamp_from_now" in sign:
        sign = {"timestamp": int(time.time()) + sign["timestamp_from_now"]}
    reply = served.post(json.dumps(event_body(dm(ANSWERABLE))), extra=extra, **sign)
    assert reply.status == 401
    served.settle()
    assert served.stub.calls_to("chat.postMessage") == []


def test_pitfall_8_unsigned_requests_get_401(served: Served) -> None:
    raw = json.dumps(event_body(dm(ANSWERABLE))).encode()
    reply = http_request(served.port, "POST", "/slack/events", raw, {"Content-Type": "application/json"})
    assert reply.status == 401
    form = command_form("/wsis", ANSWERABLE, response_url=served.stub.response_url()).encode()
    assert http_request(served.port, "POST", "/slack/events", form, {"Content-Type": FORM}).status == 401
    served.settle()
    assert served.stub.calls == [c for c in served.stub.calls if c.method == "auth.test"]


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        pytest.param(b'{"type": "event_callback", "event": ', "application/json", 400, id="broken-json"),
        pytest.param(b"[1, 2, 3]", "application/json", 400, id="json-not-object"),
        pytest.param(b"payload=%7Bnot-json", FORM, 400, id="broken-payload"),
        pytest.param(b"just some words", FORM, 400, id="not-a-form"),
        pytest.param(b"", "application/json", 400, id="empty"),
        pytest.param(b"\xff\xfe\x00bad", "application/json", 400, id="not-utf8"),
    ],
)
def test_pitfall_8_malformed_bodies_get_400_even_when_signed(served: Served, body: bytes, content_type: str,
                                                              status: int) -> None:
    headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": str(int(time.time()))}
    if body.startswith(b"\xff"):
        headers["X-Slack-Signature"] = "v0=" + "0" * 64  # cannot be signed as text
    else:
        headers = signed_headers(body, content_type=content_type)
    reply = http_request(served.port, "POST", "/slack/events", body, headers)
    assert reply.status == status
    assert "Traceback" not in reply.text


def test_pitfall_8_oversize_body_gets_413(served: Served) -> None:
    # One byte over the cap: waitress reads it all, our front refuses it.
    envelope = json.dumps(event_body(dm(ANSWERABLE, pad="")))
    big = envelope.replace('"pad": ""', '"pad": "' + "x" * (MAX_BODY_BYTES + 1 - len(envelope)) + '"').encode()
    assert len(big) == MAX_BODY_BYTES + 1
    reply = http_request(served.port, "POST", "/slack/events", big, signed_headers(big))
    assert reply.status == 413
    served.settle()
    assert served.stub.calls_to("chat.postMessage") == []


def test_pitfall_8_announced_huge_body_is_refused_before_it_is_sent(served: Served) -> None:
    # Only the headers go out; the server must answer 413 without waiting for 50 MB.
    with socket.create_connection(("127.0.0.1", served.port), timeout=15) as sock:
        sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 50000000\r\n\r\n")
        status_line = sock.makefile("rb").readline()
    assert b" 413 " in status_line


def test_pitfall_8_refused_requests_log_no_body_or_secret(served: Served, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    caplog.set_level(logging.INFO, logger="slack_bolt")
    marker = "SECRET-QUESTION-TEXT"
    served.post(json.dumps(event_body(dm(marker))), secret="1" * 32)
    served.settle()
    assert "invalid" in caplog.text or "refused" in caplog.text
    assert marker not in caplog.text and SIGNING_SECRET not in caplog.text


def test_pitfall_11_commands_answer_through_ack_not_chat_post(served: Served) -> None:
    served.command("/wsis", ANSWERABLE)
    served.settle()
    assert served.stub.calls_to("chat.postMessage") == [] and served.stub.calls_to("chat.postEphemeral") == []


# ------------------------------------------------------------------------ Slack text and errors


HOSTILE = "<!channel> <@U0EVIL> <!here> <!everyone|everyone>"


def test_broadcasts_and_mentions_are_never_echoed_raw(served: Served) -> None:
    body = served.command("/wsis", f"{HOSTILE} {ANSWERABLE}").json()
    served.event(mention(f"{HOSTILE} {UNANSWERABLE}"))
    [call] = served.stub.wait_for("chat.postMessage")
    for where in (texts(body), texts(call.body), json.dumps(body), json.dumps(call.body)):
        for live in ("<!channel>", "<!here>", "<!everyone", "<@U0EVIL>"):
            assert live not in where
    assert ANSWERABLE.split()[-1].strip("?") in texts(body)


def test_web_api_500_is_logged_with_traceback_and_server_keeps_serving(
        served: Served, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="bot.slack_app")
    served.stub.fail("chat.postMessage", 500)
    served.event(dm(ANSWERABLE))
    served.stub.wait_for("chat.postMessage")
    deadline = time.monotonic() + 15
    while not [r for r in caplog.records if r.name == "bot.slack_app" and r.exc_info]:
        assert time.monotonic() < deadline, "no error with traceback was logged"
        time.sleep(0.02)
    assert http_request(served.port, "GET", "/healthz").status == 200
    served.event(dm(ANSWERABLE))
    calls = served.stub.wait_for("chat.postMessage", 2)
    assert calls[-1].status == 200


def test_web_api_garbage_is_logged_and_not_shown(served: Served, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="bot.slack_app")
    served.stub.garbage("chat.postMessage")
    served.event(dm(ANSWERABLE))
    served.stub.wait_for("chat.postMessage")
    served.settle()
    assert [r for r in caplog.records if r.name == "bot.slack_app" and r.exc_info]


def test_core_failure_shows_an_apology_not_a_traceback(served: Served, core_bot: Bot,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    def broken(question: str) -> Any:
        raise RuntimeError("index exploded")

    monkeypatch.setattr(core_bot, "ask", broken)
    with caplog.at_level(logging.ERROR, logger="bot.slack_app"):
        body = served.command("/wsis", ANSWERABLE).json()
        served.event(dm(ANSWERABLE))
        [call] = served.stub.wait_for("chat.postMessage")
        served.settle()
    for shown in (texts(body), texts(call.body)):
        assert "Sorry" in shown and "exploded" not in shown and "Traceback" not in shown
    assert any(r.exc_info and "index exploded" in str(r.exc_info[1]) for r in caplog.records)


# ------------------------------------------------------------------------ HTTP front


def test_healthz(served: Served) -> None:
    reply = http_request(served.port, "GET", "/healthz")
    assert (reply.status, reply.text) == (200, "ok")


def test_other_paths_and_methods(served: Served) -> None:
    assert http_request(served.port, "GET", "/slack/events").status == 405
    assert http_request(served.port, "GET", "/nope").status == 404
    assert http_request(served.port, "POST", "/healthz").status == 405


def test_url_verification_challenge_is_answered(served: Served) -> None:
    reply = served.post(json.dumps({"type": "url_verification", "challenge": "c-123", "token": "t"}))
    assert reply.status == 200 and "c-123" in reply.text


def test_ssl_check_is_answered_without_a_signature(served: Served) -> None:
    reply = http_request(served.port, "POST", "/slack/events", b"ssl_check=1&token=legacy", {"Content-Type": FORM})
    assert reply.status == 200 and reply.text == ""


def test_build_server_refuses_http_mode_without_signing_secret(core_bot: Bot, stub: SlackStub) -> None:
    config = load_slack_config({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_API_URL": stub.api_url})
    with pytest.raises(ValueError, match="SIGNING_SECRET"):
        build_server(core_bot, config, host="127.0.0.1", port=0)


def test_a_token_slack_refuses_is_a_config_error_naming_the_variable(core_bot: Bot, stub: SlackStub) -> None:
    from bot.errors import ConfigError
    from bot.slack_app import create_app

    stub.fail("auth.test", 200, body=b'{"ok": false, "error": "invalid_auth"}')
    with pytest.raises(ConfigError) as caught:
        create_app(core_bot, token="xoxb-refused-Zq9", signing_secret=SIGNING_SECRET, api_url=stub.api_url)
    assert caught.value.name == "SLACK_BOT_TOKEN"
    assert "invalid_auth" in str(caught.value) and "Zq9" not in str(caught.value)


def test_run_server_serves_http_and_stops_cleanly_on_sigterm(stub: SlackStub, tmp_path: Path) -> None:
    """`wsis-bot serve`'s own path (run_server) in a real process: serves, then exits 0 on SIGTERM."""
    script = textwrap.dedent(f"""
        import logging
        from bot.config import load_slack_config
        from bot.slack_app import run_server

        class Idle:  # the Slack layer asks the core nothing until a question arrives
            pass

        logging.basicConfig(level=logging.INFO)
        config = load_slack_config({{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "{SIGNING_SECRET}",
                                     "SLACK_API_URL": "{stub.api_url}",
                                     "WSIS_FEEDBACK_DB": {str(tmp_path / "f.db")!r}}})
        run_server(Idle(), config, host="127.0.0.1", port=0)
        print("stopped", flush=True)
    """)
    root = Path(__file__).resolve().parent.parent
    with subprocess.Popen([sys.executable, "-c", script], cwd=root, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:
        assert proc.stderr is not None
        port = None
        for line in proc.stderr:  # ends when the process dies, so no deadline is needed here
            found = re.search(r"listening on http://127\.0\.0\.1:(\d+)/slack/events", line)
            if found:
                port = int(found.group(1))
                break
        assert port, "the server did not say where it listens"
        assert http_request(port, "GET", "/healthz").status == 200
        assert stub.calls_to("auth.test")  # the token was checked at start-up
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "stopped" in out


def test_rate_limit_handler_is_added_to_the_defaults(served: Served) -> None:
    from slack_sdk.http_retry import (
        ConnectionErrorRetryHandler,
        RateLimitErrorRetryHandler,
    )

    client = served.server.app.client  # type: ignore[union-attr]
    kinds = [type(h) for h in client.retry_handlers]
    assert ConnectionErrorRetryHandler in kinds and RateLimitErrorRetryHandler in kinds
    assert client.base_url == served.stub.api_url
