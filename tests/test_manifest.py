"""app.yaml against the code: every command and event has a listener and back, scopes are minimal.

The listeners are read from bot/slack_app.py's decorators (with `ast`), and the Web API methods
from its calls, so adding a listener or a call without updating the manifest fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.slack_http import EVENTS_PATH

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "app.yaml"
SLACK_MODULES = [ROOT / "bot" / "slack_app.py", ROOT / "bot" / "slack_http.py"]

# Web API method (as slack_sdk spells it) -> the bot scope it needs (None: no scope).
METHOD_SCOPES: dict[str, str | None] = {
    "chat_postMessage": "chat:write",
    "chat_postEphemeral": "chat:write",
    "chat_update": "chat:write",
    "views_publish": None,
    "auth_test": None,
}
# Bolt helpers that call the Web API for you.
HELPER_SCOPES: dict[str, str | None] = {"say": "chat:write", "respond": None}
# Subscribed bot event -> the scope it needs and the Bolt event type its listener handles.
EVENT_SCOPES: dict[str, tuple[str | None, str]] = {
    "app_mention": ("app_mentions:read", "app_mention"),
    "app_home_opened": (None, "app_home_opened"),
    "message.im": ("im:history", "message"),
    "message.channels": ("channels:history", "message"),
    "message.groups": ("groups:history", "message"),
    "message.mpim": ("mpim:history", "message"),
}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def decorator_arguments(kind: str) -> list[str]:
    """String arguments of `@app.<kind>("...")` decorators in bot/slack_app.py."""
    tree = ast.parse(SLACK_MODULES[0].read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for deco in node.decorator_list:
                if (isinstance(deco, ast.Call) and isinstance(deco.func, ast.Attribute)
                        and deco.func.attr == kind and isinstance(deco.func.value, ast.Name)
                        and deco.func.value.id == "app" and deco.args
                        and isinstance(deco.args[0], ast.Constant) and isinstance(deco.args[0].value, str)):
                    found.append(deco.args[0].value)
    return found


def has_catch_all(kind: str) -> bool:
    source = SLACK_MODULES[0].read_text(encoding="utf-8")
    return f'@app.{kind}(re.compile(".*"))' in source


def api_methods() -> set[str]:
    methods: set[str] = set()
    for module in SLACK_MODULES:
        methods |= set(re.findall(r"\bclient\.([a-z]+_[A-Za-z_]+)\(", module.read_text(encoding="utf-8")))
    return methods


def helpers_used() -> set[str]:
    used = set()
    for module in SLACK_MODULES:
        source = module.read_text(encoding="utf-8")
        used |= {h for h in HELPER_SCOPES if re.search(rf"(?<![\w.]){h}\(", source)}
    return used


def bot_scopes(manifest: dict[str, Any]) -> set[str]:
    return set(manifest["oauth_config"]["scopes"]["bot"])


def test_manifest_is_complete_for_create_from_manifest(manifest: dict[str, Any]) -> None:
    assert set(manifest) >= {"display_information", "features", "oauth_config", "settings"}
    info = manifest["display_information"]
    assert info["name"] and len(info["description"]) <= 140
    assert 175 <= len(info.get("long_description", "x" * 175)) <= 4000
    home = manifest["features"]["app_home"]
    assert home["home_tab_enabled"] is True and home["messages_tab_enabled"] is True
    assert home["messages_tab_read_only_enabled"] is False
    settings = manifest["settings"]
    assert settings["socket_mode_enabled"] is True
    assert settings["org_deploy_enabled"] is False and settings["token_rotation_enabled"] is False
    assert settings["interactivity"]["is_enabled"] is True


def test_every_request_url_is_the_placeholder_events_path(manifest: dict[str, Any]) -> None:
    urls = [c["url"] for c in manifest["features"]["slash_commands"]]
    urls += [manifest["settings"]["event_subscriptions"]["request_url"],
             manifest["settings"]["interactivity"]["request_url"]]
    assert set(urls) == {f"https://your-host.example.org{EVENTS_PATH}"}


def test_slash_commands_match_the_listeners(manifest: dict[str, Any]) -> None:
    commands = manifest["features"]["slash_commands"]
    assert {c["command"] for c in commands} == set(decorator_arguments("command"))
    for command in commands:
        assert command["description"] and command["usage_hint"]
        assert len(command["description"]) <= 100 and len(command["usage_hint"]) <= 1000


def test_bot_events_match_the_listeners(manifest: dict[str, Any]) -> None:
    subscribed = manifest["settings"]["event_subscriptions"]["bot_events"]
    unknown = [e for e in subscribed if e not in EVENT_SCOPES]
    assert not unknown, f"add {unknown} to EVENT_SCOPES with its scope and listener type"
    listened = set(decorator_arguments("event"))
    assert {EVENT_SCOPES[e][1] for e in subscribed} == listened
    assert has_catch_all("event"), "pitfall 4: a catch-all event listener must come last"


def test_interactivity_matches_action_listeners(manifest: dict[str, Any]) -> None:
    source = SLACK_MODULES[0].read_text(encoding="utf-8")
    assert ("@app.action(" in source) == manifest["settings"]["interactivity"]["is_enabled"]
    assert has_catch_all("action") and has_catch_all("command")


def test_every_web_api_method_called_is_covered_by_a_scope(manifest: dict[str, Any]) -> None:
    methods = api_methods()
    assert {"chat_postMessage", "views_publish"} <= methods  # the grep itself works
    unknown = methods - set(METHOD_SCOPES)
    assert not unknown, f"add {sorted(unknown)} to METHOD_SCOPES with the scope each needs"
    needed = {METHOD_SCOPES[m] for m in methods} | {HELPER_SCOPES[h] for h in helpers_used()}
    assert {s for s in needed if s} <= bot_scopes(manifest)


def test_scopes_are_minimal(manifest: dict[str, Any]) -> None:
    subscribed = manifest["settings"]["event_subscriptions"]["bot_events"]
    needed = {METHOD_SCOPES[m] for m in api_methods()} | {HELPER_SCOPES[h] for h in helpers_used()}
    needed |= {EVENT_SCOPES[e][0] for e in subscribed}
    if manifest["features"].get("slash_commands"):
        needed.add("commands")
    assert bot_scopes(manifest) == {s for s in needed if s}


def test_manifest_scope_comments_justify_each_scope() -> None:
    lines = MANIFEST.read_text(encoding="utf-8").splitlines()
    scope_lines = [line for line in lines if re.match(r"\s+- [a-z_]+:[a-z_]+", line)]
    assert scope_lines and all("#" in line for line in scope_lines)
