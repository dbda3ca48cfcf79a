"""A stand-in for Slack's Web API and response_urls on 127.0.0.1:0, for end-to-end tests.

Why: the Slack path must be tested for real (signed HTTP in, Web API calls out) without a Slack
account. The stub records path, headers and parsed body of every call, answers `auth.test` with
the ids Bolt needs to ignore its own events, and fails on demand (429 with Retry-After, 500,
garbage). Tests wait for calls with a deadline, never with a fixed sleep.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qsl


@dataclass(frozen=True)
class Call:
    """One request the stub received, and the status it answered."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: bytes
    status: int

    @property
    def method(self) -> str:
        """The Web API method (`chat.postMessage`) or `response/<name>` for response_url posts."""
        return self.path.removeprefix("/api/").removeprefix("/")


@dataclass
class _Fault:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class SlackStub:
    """The stub server. Use as a context manager, or `start()` then `stop()`."""

    def __init__(self, *, user_id: str = "UBOT", bot_id: str = "BBOT", team_id: str = "T0001") -> None:
        self.user_id = user_id
        self.bot_id = bot_id
        self.team_id = team_id
        self.calls: list[Call] = []
        self._faults: dict[str, deque[_Fault]] = {}
        self._cond = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02},
                                        name="slack-stub", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ addresses

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    # ------------------------------------------------------------------ faults

    def fail(self, method: str, status: int, *, times: int = 1, retry_after: int | None = None,
             body: bytes | None = None) -> None:
        """Answer the next `times` calls of `method` (`chat.postMessage`) with `status`."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        default = json.dumps({"ok": False, "error": "ratelimited" if status == 429 else "fatal_error"}).encode()
        with self._cond:
            queue = self._faults.setdefault(method, deque())
            for _ in range(times):
                queue.append(_Fault(status, default if body is None else body, headers))

    def garbage(self, method: str, *, times: int = 1) -> None:
        """Answer the next calls of `method` with 200 and a body that is not JSON."""
        self.fail(method, 200, times=times, body=b"<html>definitely not json")

    # ------------------------------------------------------------------ inspection

    def calls_to(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, *, timeout: float = 15.0,
                 where: Callable[[Call], bool] | None = None) -> list[Call]:
        """Wait until `count` calls of `method` (matching `where`) arrived; fail after `timeout`."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self.calls if c.method == method and (where is None or where(c))]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [c.method for c in self.calls]
                    raise AssertionError(f"expected {count} call(s) to {method} within {timeout} s; saw {seen}")
                self._cond.wait(remaining)

    # ------------------------------------------------------------------ serving

    def _answer(self, method: str, body: dict[str, Any]) -> tuple[int, bytes, dict[str, str]]:
        with self._cond:
            queue = self._faults.get(method)
            fault = queue.popleft() if queue else None
        if fault is not None:
            return fault.status, fault.body, fault.headers
        if method.startswith("response/"):
            return 200, b"ok", {}
        ok: dict[str, Any] = {"ok": True}
        if method == "auth.test":
            ok.update(user_id=self.user_id, bot_id=self.bot_id, team_id=self.team_id,
                      url="https://example.slack.com/", team="Example", user="wsis-bot")
        elif method in ("chat.postMessage", "chat.postEphemeral"):
            ok.update(channel=body.get("channel"), ts=f"{time.time():.6f}", message={"text": body.get("text")})
        elif method == "views.publish":
            ok.update(view={"id": "V1", **(body.get("view") if isinstance(body.get("view"), dict) else {})})
        return 200, json.dumps(ok).encode(), {}

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = _parse(raw, self.headers.get("Content-Type", ""))
                method = self.path.split("?", 1)[0].removeprefix("/api/").removeprefix("/")
                status, payload, headers = stub._answer(method, body)
                call = Call(self.path.split("?", 1)[0], dict(self.headers.items()), body, raw, status)
                with stub._cond:  # recorded on arrival, so `calls` keeps the order they were sent in
                    stub.calls.append(call)
                    stub._cond.notify_all()
                self.send_response(status)
                self.send_header("Content-Type", "application/json" if payload.startswith(b"{") else "text/plain")
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("Connection", "close")
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
                self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output quiet

        return Handler


def _parse(raw: bytes, content_type: str) -> dict[str, Any]:
    text = raw.decode("utf-8", "replace")
    if not text:
        return {}
    if "json" in content_type or text.lstrip().startswith("{"):
        try:
            value = json.loads(text)
        except ValueError:
            return {"_unparsed": text}
        return value if isinstance(value, dict) else {"_value": value}
    form: dict[str, Any] = dict(parse_qsl(text, keep_blank_values=True))
    for key in ("blocks", "view", "attachments"):
        if isinstance(form.get(key), str):
            try:
                form[key] = json.loads(form[key])
            except ValueError:
                pass
    return form


# ---------------------------------------------------------------------- what Slack sends us

SIGNING_SECRET = "8f742231b10e8888abcd9900011185a5"  # any hex string: a test secret


def signed_headers(body: bytes | str, *, secret: str = SIGNING_SECRET, timestamp: int | str | None = None,
                   content_type: str = "application/json") -> dict[str, str]:
    """Headers as Slack sends them: v0 HMAC-SHA256 of `v0:{timestamp}:{body}` with the secret."""
    from slack_sdk.signature import SignatureVerifier

    stamp = str(int(time.time()) if timestamp is None else timestamp)
    raw = body.decode("utf-8") if isinstance(body, bytes) else body
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=raw)
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": str(signature)}


@dataclass(frozen=True)
class Reply:
    status: int
    text: str
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.text)


def http_request(port: int, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None,
                 *, timeout: float = 15.0) -> Reply:
    """One HTTP request to 127.0.0.1:port; the connection is always closed."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        try:
            data = response.read()
        finally:
            response.close()
        return Reply(response.status, data.decode("utf-8", "replace"), dict(response.getheaders()))
    finally:
        conn.close()


_counter = iter(range(1, 10**9))


def next_ts() -> str:
    """A unique Slack message timestamp."""
    return f"{1_700_000_000 + next(_counter)}.{next(_counter):06d}"


def event_body(event: dict[str, Any], *, event_id: str | None = None, team_id: str = "T0001") -> dict[str, Any]:
    """An Events API envelope around `event`."""
    return {
        "token": "legacy-verification-token",
        "team_id": team_id,
        "api_app_id": "A0001",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_counter):08d}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": team_id, "user_id": "UBOT", "is_bot": True}],
    }


def command_form(command: str, text: str, *, response_url: str, user_id: str = "U0USER",
                 channel_id: str = "C0CHAN") -> str:
    """A slash command's form body, url-encoded as Slack sends it."""
    from urllib.parse import urlencode

    return urlencode({
        "token": "legacy-verification-token", "team_id": "T0001", "team_domain": "example",
        "channel_id": channel_id, "channel_name": "general", "user_id": user_id, "user_name": "someone",
        "command": command, "text": text, "api_app_id": "A0001", "is_enterprise_install": "false",
        "response_url": response_url, "trigger_id": "1.2.3",
    })


def action_form(action_id: str, value: str, *, response_url: str, ephemeral: bool = True,
                user_id: str = "U0USER", channel_id: str = "C0CHAN") -> str:
    """A block_actions payload (a button click), as the form Slack posts."""
    from urllib.parse import urlencode

    container: dict[str, Any] = {"type": "message", "channel_id": channel_id, "is_ephemeral": ephemeral}
    if not ephemeral:
        container["message_ts"] = next_ts()
    payload = {
        "type": "block_actions",
        "user": {"id": user_id, "username": "someone", "team_id": "T0001"},
        "api_app_id": "A0001",
        "token": "legacy-verification-token",
        "container": container,
        "trigger_id": "1.2.3",
        "team": {"id": "T0001", "domain": "example"},
        "channel": {"id": channel_id, "name": "general"},
        "response_url": response_url,
        "actions": [{"type": "button", "action_id": action_id, "block_id": "b1", "value": value,
                     "text": {"type": "plain_text", "text": "x"}, "action_ts": f"{time.time():.6f}"}],
    }
    return urlencode({"payload": json.dumps(payload)})
