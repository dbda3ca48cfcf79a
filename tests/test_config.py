"""bot.config: the settings table and load_slack_config's errors, which name the variable and where
to find its value in Slack's app settings, and never show a secret."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from bot.errors import ConfigError

from bot.config import (
    SETTINGS,
    SETTINGS_BY_NAME,
    Setting,
    SlackConfig,
    load_slack_config,
)

BOT = "xoxb-1234-5678-abcdefZq9Sneakybot"
APP = "xapp-1-A111-2222-Zq9Sneakyapp"
SECRET = "0123456789abcdef0123456789abcdef"


def env(**overrides: str) -> dict[str, str]:
    base = {"SLACK_BOT_TOKEN": BOT, "SLACK_SIGNING_SECRET": SECRET}
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def test_settings_table_lists_every_variable_with_help_and_where() -> None:
    names = [s.name for s in SETTINGS]
    assert names == ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL",
                     "WSIS_KNOWLEDGE", "WSIS_DB", "WSIS_FEEDBACK_DB"]
    assert all(isinstance(s, Setting) and s.help and s.where for s in SETTINGS)
    assert "OAuth & Permissions" in SETTINGS_BY_NAME["SLACK_BOT_TOKEN"].where
    assert "Signing Secret" in SETTINGS_BY_NAME["SLACK_SIGNING_SECRET"].where
    assert "App-Level Tokens" in SETTINGS_BY_NAME["SLACK_APP_TOKEN"].where
    assert "connections:write" in SETTINGS_BY_NAME["SLACK_APP_TOKEN"].where


def test_http_mode_config() -> None:
    config = load_slack_config(env())
    assert config == SlackConfig(bot_token=BOT, signing_secret=SECRET)
    assert config.mode == "http"


def test_socket_mode_needs_no_signing_secret(tmp_path: Path) -> None:
    config = load_slack_config({"SLACK_BOT_TOKEN": BOT, "SLACK_APP_TOKEN": APP,
                                "WSIS_KNOWLEDGE": str(tmp_path), "WSIS_DB": str(tmp_path / "i.db"),
                                "WSIS_FEEDBACK_DB": str(tmp_path / "f.db"), "SLACK_API_URL": "http://127.0.0.1:9/api/"})
    assert config.mode == "socket" and config.signing_secret is None
    assert (config.knowledge, config.db, config.feedback_db) == (tmp_path, tmp_path / "i.db", tmp_path / "f.db")
    assert config.api_url == "http://127.0.0.1:9/api/"


def test_values_are_stripped_and_empty_means_unset() -> None:
    config = load_slack_config(env(SLACK_BOT_TOKEN=f"  {BOT}\n", SLACK_APP_TOKEN="", WSIS_FEEDBACK_DB=" "))
    assert config.bot_token == BOT and config.app_token is None and config.feedback_db is None


@pytest.mark.parametrize(
    ("environment", "name", "says"),
    [
        pytest.param({}, "SLACK_BOT_TOKEN", "OAuth & Permissions", id="bot-token-missing"),
        pytest.param(env(SLACK_BOT_TOKEN="xoxp-1-user-Zq9Sneakyuser"), "SLACK_BOT_TOKEN", "a user token",
                     id="user-token"),
        pytest.param(env(SLACK_BOT_TOKEN=APP), "SLACK_BOT_TOKEN", "an app-level token", id="app-token-as-bot"),
        pytest.param(env(SLACK_BOT_TOKEN="Zq9Sneakynonsense"), "SLACK_BOT_TOKEN", "not a Slack token", id="junk"),
        pytest.param(env(SLACK_APP_TOKEN=BOT), "SLACK_APP_TOKEN", "App-Level Tokens", id="bot-token-as-app"),
        pytest.param({"SLACK_BOT_TOKEN": BOT}, "SLACK_SIGNING_SECRET", "Signing Secret", id="secret-missing"),
        pytest.param(env(SLACK_SIGNING_SECRET="Zq9Sneaky-not-hex-at-all-zzzzzzzzz"), "SLACK_SIGNING_SECRET",
                     "hexadecimal", id="secret-not-hex"),
        pytest.param(env(SLACK_SIGNING_SECRET="abc123"), "SLACK_SIGNING_SECRET", "hexadecimal", id="secret-short"),
        pytest.param(env(SLACK_API_URL="slack.com/api"), "SLACK_API_URL", "http(s)", id="api-url"),
        pytest.param(env(WSIS_KNOWLEDGE="/no/such/folder"), "WSIS_KNOWLEDGE", "not a folder", id="knowledge"),
        pytest.param(env(WSIS_FEEDBACK_DB="/no/such/folder/f.db"), "WSIS_FEEDBACK_DB", "does not exist",
                     id="feedback-folder"),
        pytest.param(env(WSIS_DB="/no/such/folder/i.db"), "WSIS_DB", "does not exist", id="db-folder"),
    ],
)
def test_errors_name_the_variable_and_where_to_find_it(environment: dict[str, str], name: str, says: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_slack_config(environment)
    error = caught.value
    assert error.name == name
    assert error.fix
    message = f"{error} {error.fix}"
    assert name in message and says in message
    assert "Zq9Sneaky" not in message  # no token or secret value is ever shown


def test_repr_and_str_hide_secrets(caplog: pytest.LogCaptureFixture) -> None:
    config = load_slack_config(env(SLACK_APP_TOKEN=APP))
    shown = repr(config) + str(config) + f"{config}"
    logging.getLogger("test").warning("config: %s %r", config, config)
    for secret in (BOT, APP, SECRET):
        assert secret not in shown and secret not in caplog.text
    assert "xoxb-…(hidden)" in shown and "xapp-…(hidden)" in shown


def test_config_is_read_from_the_mapping_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT)
    with pytest.raises(ConfigError):
        load_slack_config({})
