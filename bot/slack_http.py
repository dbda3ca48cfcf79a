"""The HTTP front of the Slack app: checks every request before Bolt sees it, served by waitress.

Why: Bolt 1.30 parses a body before checking its signature (a forged, broken request gets 500,
not 401), has no size cap, logs rejected bodies, and mistakes a slash command whose text says
"payload" for an interactivity request (engineering notes, pitfalls 7 and 8). This front caps
the size (413), verifies the v0 signature on the raw bytes (401), refuses undecodable input
(400), then hands over to Bolt's WSGI adapter. It never logs bodies, headers or tokens.
"""

from __future__ import annotations

import hmac
import io
import json
import logging
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import parse_qsl

import waitress
from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_sdk.signature import SignatureVerifier
from waitress import wasyncore

from bot.slack_app import close_app, create_app

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

    from bot.config import SlackConfig
    from bot.core import Bot

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
# Slack's largest payloads (block_actions with the whole message) stay far below this.
MAX_BODY_BYTES = 1024 * 1024
# Slack refuses to sign requests older than 5 minutes; so do we (and so does Bolt).
MAX_CLOCK_SKEW_SECONDS = 5 * 60
_TIMESTAMP = re.compile(r"[0-9]{1,15}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")


class _PayloadSafeHandler(SlackRequestHandler):
    """Bolt's WSGI adapter, building a BoltRequest that Bolt 1.30 parses right (pitfall 7).

    Bolt's `parse_body` treats any form body containing the substring "payload" as an
    interactivity request. When the form has no `payload` *key*, Bolt is handed the same form
    with that substring percent-encoded ("p%61yload" decodes to the same text), and the request
    keeps the original raw body, which is what the signature check reads.
    """

    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        raw = request.get_body()
        headers = request.get_headers()
        parse_as = raw
        is_form = not raw.lstrip().startswith("{")
        if is_form and "payload" in raw and "payload" not in dict(parse_qsl(raw, keep_blank_values=True)):
            parse_as = raw.replace("payload", "p%61yload")
        bolt_request = BoltRequest(body=parse_as, query=request.query_string, headers=headers)
        bolt_request.raw_body = raw
        return self.app.dispatch(bolt_request)


def _plain_response(start_response: StartResponse, status: str, text: str) -> list[bytes]:
    body = text.encode("utf-8")
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]


class SlackHttpFront:
    """WSGI app: `/slack/events` (POST, checked, then Bolt) and `/healthz` (GET)."""

    def __init__(
        self,
        app: App,
        signing_secret: str,
        *,
        max_body_bytes: int = MAX_BODY_BYTES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not signing_secret:
            raise ValueError("HTTP mode needs the signing secret to verify requests")
        self.app = app
        self.max_body_bytes = max_body_bytes
        self._clock = clock
        self._verifier = SignatureVerifier(signing_secret)
        self._bolt = _PayloadSafeHandler(app, path=EVENTS_PATH)

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        try:
            return self._handle(environ, start_response)
        except Exception:
            logger.exception("failed to handle %s %s", environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"))
            return _plain_response(start_response, "500 Internal Server Error", "internal error")

    def _handle(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "")
        if path == HEALTH_PATH:
            if method not in ("GET", "HEAD"):
                return _plain_response(start_response, "405 Method Not Allowed", "use GET")
            return _plain_response(start_response, "200 OK", "ok")
        if path != EVENTS_PATH:
            return _plain_response(start_response, "404 Not Found", "not found")
        if method != "POST":
            return _plain_response(start_response, "405 Method Not Allowed", "use POST")

        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return _plain_response(start_response, "400 Bad Request", "bad content length")
        if length < 0:
            return _plain_response(start_response, "400 Bad Request", "bad content length")
        if length > self.max_body_bytes:
            return _plain_response(start_response, "413 Payload Too Large", "request too large")
        raw = environ["wsgi.input"].read(length) if length else b""
        if len(raw) != length:
            return _plain_response(start_response, "400 Bad Request", "incomplete body")

        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return _plain_response(start_response, "400 Bad Request", "the body is not UTF-8")
        if _is_ssl_check(text):
            # Slack's certificate probe for slash command URLs: nothing to verify, nothing to do.
            return _plain_response(start_response, "200 OK", "")

        problem = self._signature_problem(environ, raw)
        if problem:
            logger.warning("refused a request to %s: %s", path, problem)
            return _plain_response(start_response, "401 Unauthorized", "invalid signature")
        if not _parses(text, environ.get("CONTENT_TYPE", "")):
            return _plain_response(start_response, "400 Bad Request", "malformed body")

        bolt_environ = dict(environ)
        bolt_environ["wsgi.input"] = io.BytesIO(raw)
        bolt_environ["CONTENT_LENGTH"] = str(len(raw))
        return self._bolt(bolt_environ, start_response)

    def _signature_problem(self, environ: WSGIEnvironment, raw: bytes) -> str | None:
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE")
        if not timestamp or not signature:
            return "unsigned"
        if not _TIMESTAMP.fullmatch(timestamp):
            return "the timestamp is not an integer"
        if abs(self._clock() - int(timestamp)) > MAX_CLOCK_SKEW_SECONDS:
            return "stale timestamp"
        if not _SIGNATURE.fullmatch(signature):
            return "malformed signature"
        expected = self._verifier.generate_signature(timestamp=timestamp, body=raw)
        # SignatureVerifier.is_valid would parse the timestamp and read the clock again.
        if expected is None or not hmac.compare_digest(expected, signature):
            return "signature mismatch"
        return None


def _is_ssl_check(text: str) -> bool:
    if "ssl_check" not in text or text.lstrip().startswith("{"):
        return False
    form = dict(parse_qsl(text, keep_blank_values=True))
    return form.get("ssl_check") == "1" and "command" not in form and "payload" not in form


def _parses(text: str, content_type: str) -> bool:
    """True when the body is what Slack sends: a JSON object, or a form (with a JSON `payload`)."""
    if not text:
        return False
    try:
        if content_type.split(";")[0].strip() == "application/json" or text.lstrip().startswith("{"):
            return isinstance(json.loads(text), dict)
        form = dict(parse_qsl(text, keep_blank_values=True, strict_parsing=True))
        if "payload" in form:
            return isinstance(json.loads(form["payload"]), dict)
        return bool(form)
    except ValueError:  # json.JSONDecodeError is a ValueError, and so are bad form fields
        return False


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)


class HttpServer:
    """A waitress server for a WSGI app, on `host:port` (port 0 picks a free one).

    `serve_forever()` blocks (production); `start()`/`stop()` run it in a thread (tests).
    """

    def __init__(
        self,
        wsgi_app: Callable[..., Iterable[bytes]],
        host: str,
        port: int,
        *,
        threads: int = 8,
        max_body_bytes: int = MAX_BODY_BYTES,
        on_stop: Callable[[], None] | None = None,
    ) -> None:
        self._map: dict[Any, Any] = {}
        self._server: Any = waitress.create_server(
            wsgi_app,
            map=self._map,
            host=host,
            port=port,
            threads=threads,
            ident="wsis-bot",
            # waitress refuses bodies of *at least* its limit, before reading them; one byte over
            # our cap still reaches the front, which answers 413 itself (as behind any server).
            max_request_body_size=max_body_bytes + 2,
            expose_tracebacks=False,
        )
        self.host = host
        self.port: int = self._server.effective_port
        self._on_stop = on_stop
        self._thread: threading.Thread | None = None
        self._stopped = False
        self._lock = threading.Lock()
        self.app: App | None = None  # the Bolt app behind the front, when built by build_server

    def serve_forever(self) -> None:
        """Serve until `stop()`, Ctrl-C or SIGTERM (as sent by systemd or docker stop)."""
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _exit_on_sigterm)
        try:
            self._server.run()  # waitress ends its loop on SystemExit and KeyboardInterrupt
        finally:
            self.stop()

    def start(self) -> HttpServer:
        """Serve in a background thread; returns self."""
        self._thread = threading.Thread(target=self._server.run, name=f"wsis-http-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening, close every connection and thread; idempotent."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        # First let the worker threads finish the requests they serve (they wake the loop
        # through its trigger when done, so the trigger must still be open), then close every
        # socket from inside the loop thread, which ends when it finds its map empty.
        self._server.task_dispatcher.shutdown()
        if self._thread is not None and self._thread.is_alive():
            try:
                self._server.trigger.pull_trigger(lambda: wasyncore.close_all(self._map))
            except OSError:
                # waitress queues the thunk, then writes to the trigger's pipe: the loop, woken
                # by an earlier pull, may have run the thunk (closing the pipe) in between.
                pass
            self._thread.join(timeout=10)
        if self._map:
            wasyncore.close_all(self._map)  # the loop was not running, or never got the thunk
        if self._on_stop is not None:
            self._on_stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def build_server(
    bot: Bot,
    config: SlackConfig,
    *,
    host: str,
    port: int,
    token_verification: bool = True,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> HttpServer:
    """The HTTP-mode server of `wsis-bot serve`, unstarted: create_app + checks + waitress."""
    if not config.signing_secret:
        raise ValueError("HTTP mode needs SLACK_SIGNING_SECRET")
    app = create_app(
        bot,
        token=config.bot_token,
        signing_secret=config.signing_secret,
        api_url=config.api_url,
        feedback_db=config.feedback_db,
        token_verification=token_verification,
    )
    try:
        front = SlackHttpFront(app, config.signing_secret, max_body_bytes=max_body_bytes)
        server = HttpServer(front, host, port, max_body_bytes=max_body_bytes, on_stop=lambda: close_app(app))
    except Exception:
        close_app(app)
        raise
    server.app = app
    return server


def serve_http(
    app: App,
    host: str,
    port: int,
    ready: Callable[[int], None] | None = None,
    *,
    signing_secret: str,
) -> None:
    """Serve an existing Bolt app over HTTP until interrupted; `ready(port)` once listening."""
    server = HttpServer(SlackHttpFront(app, signing_secret), host, port)
    if ready is not None:
        ready(server.port)
    server.serve_forever()
