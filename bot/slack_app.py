"""The Slack surface: a Bolt app whose listeners only translate between Slack and `bot.core.Bot`.

Why a module of its own: it is the one place (with its HTTP front, `bot.slack_http`) that imports
slack_bolt/slack_sdk, and it holds the defences Bolt 1.30 lacks (see shared/engineering-notes.md):
event dedupe, one answer per message, no bot loops, rate-limit retries, a listener for every
subscribed event. All wording comes from `bot.blocks`.
"""

from __future__ import annotations

import logging
import re
import secrets
import sqlite3
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from slack_bolt import App, BoltResponse
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.http_retry import (
    RateLimitErrorRetryHandler,
    RetryHandler,
    default_retry_handlers,
)
from slack_sdk.webhook import WebhookClient

from bot import blocks
from bot.results import AskResult

if TYPE_CHECKING:
    from bot.config import SlackConfig
    from bot.core import Bot

logger = logging.getLogger(__name__)

# Slack retries an event at once, after ~1 min and after ~5 min: remember ids for longer.
EVENT_TTL_SECONDS = 15 * 60
EVENT_CACHE_SIZE = 20_000
# Threads the bot answered in: follow-ups there are answered without a mention.
THREAD_TTL_SECONDS = 7 * 24 * 3600
THREAD_CACHE_SIZE = 10_000
# Answers whose feedback/share buttons may still be clicked (a response_url lives 30 minutes).
ANSWER_TTL_SECONDS = 24 * 3600
ANSWER_CACHE_SIZE = 5_000
# A slash command must be acknowledged within 3 s: answer in the ack when the core is this fast,
# else acknowledge with a "looking it up" note and send the answer through response_url.
ACK_BUDGET_SECONDS = 2.0
# Retry-After is honoured this many times per call before the error is raised and logged.
RATE_LIMIT_RETRIES = 3
HELP_WORDS = frozenset({"", "help", "-h", "--help", "?", "usage"})
# Message subtypes are all ignored: edits (message_changed), deletions (message_deleted),
# thread_broadcast (a copy of a reply we already saw in the thread), joins, bot_message, files.
_USER_ID = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class ExpiringMap(Generic[K, V]):
    """A bounded, thread-safe map whose entries expire `ttl` seconds after they were set."""

    def __init__(self, *, ttl: float, max_size: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._max_size = max_size
        self._clock = clock
        self._items: OrderedDict[K, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()

    def _expire(self, now: float) -> None:
        while self._items:
            key, (stamp, _) = next(iter(self._items.items()))
            if now - stamp < self._ttl and len(self._items) <= self._max_size:
                break
            del self._items[key]

    def add(self, key: K, value: V) -> bool:
        """Set `key` unless it is present; True when it was new (an atomic "claim")."""
        with self._lock:
            now = self._clock()
            self._expire(now)
            if key in self._items:
                return False
            self._items[key] = (now, value)
            self._expire(now)
            return True

    def get(self, key: K) -> V | None:
        with self._lock:
            self._expire(self._clock())
            entry = self._items.get(key)
            return None if entry is None else entry[1]

    def __contains__(self, key: object) -> bool:
        with self._lock:
            self._expire(self._clock())
            return key in self._items

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


class FeedbackLog:
    """Votes on answers, in a small SQLite file of their own (never the index).

    A row is the question, a one-line summary of the answer, the vote and the time: no user,
    channel or team ids, so the log can be shared with maintainers as it is. With no path the
    log lives in memory until the process ends.
    """

    SCHEMA = """
        CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            vote TEXT NOT NULL CHECK (vote IN ('helpful', 'not_helpful')),
            question TEXT NOT NULL,
            summary TEXT NOT NULL
        )
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        # One connection shared by Bolt's worker threads, serialised by a lock.
        self._conn = sqlite3.connect(":memory:" if path is None else str(path), check_same_thread=False)
        self._lock = threading.Lock()
        with self._lock, self._conn:
            self._conn.execute(self.SCHEMA)

    def record(self, *, question: str, summary: str, helpful: bool) -> None:
        """Append one vote."""
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT INTO feedback (time, vote, question, summary) VALUES (?, ?, ?, ?)",
                (stamp, "helpful" if helpful else "not_helpful", question, summary),
            )

    def rows(self) -> list[dict[str, Any]]:
        """Every vote, oldest first."""
        with self._lock:
            cursor = self._conn.execute("SELECT id, time, vote, question, summary FROM feedback ORDER BY id")
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def retry_handlers() -> list[RetryHandler]:
    """slack_sdk's defaults (connection errors) plus Retry-After on 429 (pitfall 6)."""
    return [*default_retry_handlers(), RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES)]


def make_web_client(token: str, api_url: str | None = None) -> WebClient:
    """The Web API client: rate-limit aware, pointed at `api_url` when given (tests, proxies)."""
    base_url = api_url or WebClient.BASE_URL
    if not base_url.endswith("/"):
        base_url += "/"  # slack_sdk appends the method name to the base URL as it is
    return WebClient(token=token, base_url=base_url, retry_handlers=retry_handlers())


def post_to_response_url(response_url: str | None, message: dict[str, Any]) -> bool:
    """Post to a payload's response_url (retrying 429s); log and return False when it fails."""
    if not response_url:
        logger.error("cannot respond: the request carried no response_url")
        return False
    webhook = WebhookClient(url=response_url, timeout=10, retry_handlers=retry_handlers())
    response = webhook.send_dict(message)
    if response.status_code != 200:
        logger.error("response_url answered HTTP %s: %.200s", response.status_code, response.body)
        return False
    return True


@dataclass
class _Surface:
    """Everything the listeners share; every member is thread-safe (pitfall 10)."""

    bot: Bot
    client: WebClient
    feedback: FeedbackLog
    work: ThreadPoolExecutor
    listener_executor: ThreadPoolExecutor
    events: ExpiringMap[str, bool] = field(
        default_factory=lambda: ExpiringMap(ttl=EVENT_TTL_SECONDS, max_size=EVENT_CACHE_SIZE)
    )
    messages: ExpiringMap[tuple[str, str], bool] = field(
        default_factory=lambda: ExpiringMap(ttl=EVENT_TTL_SECONDS, max_size=EVENT_CACHE_SIZE)
    )
    threads: ExpiringMap[tuple[str, str], bool] = field(
        default_factory=lambda: ExpiringMap(ttl=THREAD_TTL_SECONDS, max_size=THREAD_CACHE_SIZE)
    )
    answers: ExpiringMap[str, AskResult] = field(
        default_factory=lambda: ExpiringMap(ttl=ANSWER_TTL_SECONDS, max_size=ANSWER_CACHE_SIZE)
    )

    def remember(self, result: AskResult) -> str:
        """A short key for the buttons of an answer (button values are limited to 2,000 chars)."""
        while True:
            key = secrets.token_urlsafe(9)
            if self.answers.add(key, result):
                return key

    def answer(self, question: str, **options: Any) -> dict[str, Any]:
        """The Slack message answering `question` (already plain text)."""
        if question.strip().lower() in HELP_WORDS:
            return blocks.usage_message()
        result = self.bot.ask(question)
        return blocks.answer_message(result, key=self.remember(result), **options)


_SURFACES: weakref.WeakKeyDictionary[App, _Surface] = weakref.WeakKeyDictionary()


def create_app(
    bot: Bot,
    *,
    token: str,
    signing_secret: str,
    api_url: str | None = None,
    feedback_db: Path | None = None,
    token_verification: bool = True,
) -> App:
    """A Bolt app answering from `bot`. Serve it with `bot.slack_http` or `serve_socket_mode`.

    `signing_secret` may be "" only for Socket Mode (no HTTP requests to verify). With
    `token_verification`, `auth.test` runs now, so a bad token fails at start-up.
    Call `close_app(app)` when done to stop its threads and close the feedback log.
    """
    client = make_web_client(token, api_url)
    listener_executor = ThreadPoolExecutor(max_workers=5, thread_name_prefix="wsis-slack-listener")
    surface = _Surface(
        bot=bot,
        client=client,
        feedback=FeedbackLog(feedback_db),
        work=ThreadPoolExecutor(max_workers=4, thread_name_prefix="wsis-slack-answer"),
        listener_executor=listener_executor,
    )
    try:
        app = App(
            name="wsis-bot",
            client=client,
            signing_secret=signing_secret or None,
            request_verification_enabled=bool(signing_secret),
            token_verification_enabled=token_verification,
            listener_executor=listener_executor,
        )
    except BoltError as exc:
        _close_surface(surface)
        # Bolt says "auth.test failed" when Slack refuses the token: tell the user which setting.
        from bot.config import setting_error

        raise setting_error("SLACK_BOT_TOKEN", f"was refused by Slack ({_slack_error_code(exc)}).") from None
    except Exception:
        _close_surface(surface)
        raise
    _register(app, surface)
    _SURFACES[app] = surface
    return app


def _slack_error_code(exc: BaseException) -> str:
    """The short error code in Bolt's auth.test failure (never the token)."""
    match = re.search(r"'error': '([a-z_]+)'", str(exc))
    return match.group(1) if match else "auth.test failed"


def feedback_log(app: App) -> FeedbackLog:
    """The feedback log of an app made by `create_app`."""
    return _SURFACES[app].feedback


def _close_surface(surface: _Surface) -> None:
    surface.work.shutdown(wait=True, cancel_futures=True)
    surface.listener_executor.shutdown(wait=True)
    surface.feedback.close()


def close_app(app: App) -> None:
    """Wait for running listeners, stop the app's threads and close its feedback log."""
    surface = _SURFACES.pop(app, None)
    if surface is not None:
        _close_surface(surface)


# --------------------------------------------------------------------------- listeners


def _is_from_a_bot(event: dict[str, Any]) -> bool:
    return bool(event.get("bot_id") or event.get("bot_profile") or event.get("subtype") == "bot_message")


def _register(app: App, s: _Surface) -> None:
    """Every listener, in one place. Bolt runs only the first matching one: catch-alls go last."""

    @app.error
    def log_error(error: Exception) -> None:
        logger.error("a Slack listener failed", exc_info=error)

    @app.middleware
    def drop_duplicate_events(body: dict[str, Any], next_: Callable[[], None]) -> BoltResponse | None:
        # Pitfall 2: dedupe by event_id, not by X-Slack-Retry-Num (a retry may be the only copy).
        # Pitfall 9: return a fresh response, never mutate the one Bolt passes (it can be None).
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if isinstance(event_id, str) and not s.events.add(event_id, True):
            logger.info("ignored a repeated delivery of event %s", event_id)
            return BoltResponse(status=200, body="")
        next_()
        return None

    def reply_in_channel(channel: str, thread_ts: str | None, ts: str, text: str) -> None:
        # Pitfall 3: a mention arrives as app_mention *and* message: answer (channel, ts) once.
        if not s.messages.add((channel, ts), True):
            return
        try:
            message = s.answer(blocks.slack_text_to_plain(text))
        except Exception:
            logger.exception("could not answer a message in %s", channel)
            message = blocks.error_message()
        if thread_ts:
            # Remembered before posting: a follow-up may arrive before chat.postMessage returns.
            s.threads.add((channel, thread_ts), True)
        try:
            s.client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message)
        except Exception:
            logger.exception("could not post an answer in %s", channel)

    @app.event("app_mention")
    def on_mention(event: dict[str, Any]) -> None:
        if _is_from_a_bot(event) or event.get("subtype"):
            return  # pitfall 5: another bot mentioning us must not start a loop
        thread_ts = event.get("thread_ts") or event["ts"]
        reply_in_channel(event["channel"], thread_ts, event["ts"], event.get("text", ""))

    @app.event("message")
    def on_message(event: dict[str, Any], context: dict[str, Any]) -> None:
        if _is_from_a_bot(event) or event.get("subtype") or not event.get("user"):
            return  # see the note on subtypes at the top of this module
        channel, ts, text = event.get("channel"), event.get("ts"), event.get("text", "")
        if not channel or not ts:
            return
        if event.get("channel_type") == "im":
            reply_in_channel(channel, event.get("thread_ts"), ts, text)
            return
        thread_ts = event.get("thread_ts")
        if not thread_ts or thread_ts == ts or (channel, thread_ts) not in s.threads:
            return  # only follow-ups in threads we answered in; mentions come as app_mention
        me = context.get("bot_user_id")
        if any(user != me for user in _USER_ID.findall(text)):
            return  # addressed to someone else in the thread
        reply_in_channel(channel, thread_ts, ts, text)

    @app.event("app_home_opened")
    def on_home_opened(event: dict[str, Any]) -> None:
        if event.get("tab", "home") != "home":
            return
        view = blocks.home_view(s.bot.overview())
        s.client.views_publish(user_id=event["user"], view=view)

    @app.command("/wsis")
    def on_wsis(ack: Callable[..., None], command: dict[str, Any]) -> None:
        # Pitfalls 1 and 11: the answer goes in the ack (ephemeral), or through response_url.
        question = blocks.slack_text_to_plain(command.get("text", ""))
        future = s.work.submit(s.answer, question, shareable=True, show_question=True)
        _ack_or_respond(ack, future, command.get("response_url"), "a /wsis question")

    @app.command("/symbol")
    def on_symbol(ack: Callable[..., None], command: dict[str, Any]) -> None:
        query = blocks.slack_text_to_plain(command.get("text", ""))

        def card() -> dict[str, Any]:
            if query.lower() in HELP_WORDS:
                return blocks.usage_message()
            return blocks.symbol_message(s.bot.symbol(query))

        _ack_or_respond(ack, s.work.submit(card), command.get("response_url"), "a /symbol lookup")

    def _ack_or_respond(ack: Callable[..., None], future: Future[dict[str, Any]], url: str | None, what: str) -> None:
        try:
            message = future.result(timeout=ACK_BUDGET_SECONDS)
        except FutureTimeout:
            ack(response_type="ephemeral", **blocks.working_message())

            def deliver(done: Future[dict[str, Any]]) -> None:
                try:
                    late = done.result()
                except Exception:
                    logger.exception("could not answer %s", what)
                    late = blocks.error_message()
                try:
                    post_to_response_url(url, {"response_type": "ephemeral", "replace_original": True, **late})
                except Exception:
                    logger.exception("could not deliver the answer to %s", what)

            future.add_done_callback(deliver)
            return
        except Exception:
            logger.exception("could not answer %s", what)
            message = blocks.error_message()
        ack(response_type="ephemeral", **message)

    def from_ephemeral(body: dict[str, Any]) -> bool:
        return bool((body.get("container") or {}).get("is_ephemeral"))

    def reply_ephemeral(body: dict[str, Any], build: Callable[[], dict[str, Any]], what: str) -> None:
        """Post what `build` makes to the action's response_url; a failure is logged, the user told."""
        try:
            message = build()
        except Exception:
            logger.exception("could not %s", what)
            message = blocks.error_message()
        post_to_response_url(
            body.get("response_url"),
            {"response_type": "ephemeral", "replace_original": from_ephemeral(body), **message},
        )

    @app.action(re.compile(rf"^{blocks.ACTION_SUGGEST_PREFIX}\d+$"))
    def on_suggestion(ack: Callable[[], None], action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        question = action.get("value", "")
        reply_ephemeral(body, lambda: s.answer(question, shareable=True, show_question=True),
                        "answer a suggested question")

    @app.action(re.compile(rf"^{blocks.ACTION_SYMBOL_PREFIX}\d+$"))
    def on_symbol_suggestion(ack: Callable[[], None], action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        query = action.get("value", "")
        reply_ephemeral(body, lambda: blocks.symbol_message(s.bot.symbol(query)), "look up a suggested symbol")

    @app.action(re.compile(rf"^({blocks.ACTION_HELPFUL}|{blocks.ACTION_NOT_HELPFUL})$"))
    def on_feedback(ack: Callable[[], None], action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        helpful = action.get("action_id") == blocks.ACTION_HELPFUL
        result = s.answers.get(action.get("value", ""))
        if result is None:
            question, summary = "", "(answer no longer remembered: the bot restarted or a day passed)"
        else:
            question, summary = result.question, blocks.result_summary(result)
        s.feedback.record(question=question, summary=summary, helpful=helpful)
        post_to_response_url(
            body.get("response_url"),
            {"response_type": "ephemeral", "replace_original": False, **blocks.feedback_thanks_message(helpful)},
        )

    @app.action(blocks.ACTION_SHARE)
    def on_share(ack: Callable[[], None], action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        url = body.get("response_url")
        result = s.answers.get(action.get("value", ""))
        if result is None:
            post_to_response_url(url, {"response_type": "ephemeral", "replace_original": False,
                                       **blocks.expired_message()})
            return
        sharer = (body.get("user") or {}).get("id")
        shared = blocks.shared_answer_message(result, sharer_id=sharer)
        if post_to_response_url(url, {"response_type": "in_channel", "replace_original": False, **shared}):
            post_to_response_url(url, {"delete_original": True})  # the ephemeral copy is done

    # Pitfall 4: every other event, command or action gets a 200 instead of Bolt's 404.
    @app.event(re.compile(".*"))
    def ignore_other_events() -> None:
        return None

    @app.command(re.compile(".*"))
    def unknown_command(ack: Callable[..., None]) -> None:
        ack(response_type="ephemeral", **blocks.usage_message())

    @app.action(re.compile(".*"))
    def ignore_other_actions(ack: Callable[[], None]) -> None:
        ack()


# --------------------------------------------------------------------------- serving


def serve_socket_mode(app: App, app_token: str) -> None:
    """Run `app` over Socket Mode (no public URL needed) until interrupted."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(app, app_token)
    logger.info("connecting to Slack over Socket Mode")
    try:
        handler.start()
    finally:
        handler.close()


def run_server(bot: Bot, config: SlackConfig, *, host: str, port: int) -> None:
    """`wsis-bot serve`: Socket Mode when an app token is configured, else HTTP on host:port."""
    if config.feedback_db is None:
        logger.warning("feedback votes are kept in memory only; set WSIS_FEEDBACK_DB to keep them")
    if config.app_token:
        app = create_app(
            bot,
            token=config.bot_token,
            signing_secret=config.signing_secret or "",
            api_url=config.api_url,
            feedback_db=config.feedback_db,
        )
        try:
            serve_socket_mode(app, config.app_token)
        finally:
            close_app(app)
        return
    from bot.slack_http import build_server

    server = build_server(bot, config, host=host, port=port)
    logger.info("listening on http://%s:%s/slack/events", host, server.port)
    server.serve_forever()
