"""The settings table: every environment variable wsis-bot reads, with its default and its help.

Why one table: `wsis-bot serve`, the README and the tests read the same list, and every mistake
is reported as a `ConfigError` naming the variable and where to find the right value in Slack's
app settings. Settings are read once, from a mapping passed in (never from os.environ directly).
Secrets never appear in a repr, a log line or an error message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from bot.errors import ConfigError

SLACK_APPS_PAGE = "https://api.slack.com/apps → your app"


@dataclass(frozen=True)
class Setting:
    """One environment variable: its name, default (None: unset), help, and where to find it."""

    name: str
    default: str | None
    help: str
    where: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "SLACK_BOT_TOKEN",
        None,
        "The bot's token (starts with xoxb-). Required.",
        f"{SLACK_APPS_PAGE} → OAuth & Permissions → Bot User OAuth Token (install the app first)",
    ),
    Setting(
        "SLACK_SIGNING_SECRET",
        None,
        "Verifies that HTTP requests come from Slack (hexadecimal). Required in HTTP mode.",
        f"{SLACK_APPS_PAGE} → Basic Information → App Credentials → Signing Secret",
    ),
    Setting(
        "SLACK_APP_TOKEN",
        None,
        "An app-level token (starts with xapp-) with the connections:write scope. When set, "
        "`wsis-bot serve` uses Socket Mode and needs no public URL.",
        f"{SLACK_APPS_PAGE} → Basic Information → App-Level Tokens → Generate Token and Scopes "
        "(scope connections:write)",
    ),
    Setting(
        "SLACK_API_URL",
        "https://slack.com/api/",
        "Base URL of Slack's Web API; change it only for a proxy or a local stand-in.",
        "not in Slack's settings: leave it unset",
    ),
    Setting(
        "WSIS_KNOWLEDGE",
        None,
        "The knowledge folder (YAML files). Unset: the knowledge bundled with wsis-bot.",
        "a folder on this machine",
    ),
    Setting(
        "WSIS_DB",
        None,
        "The SQLite index built from the knowledge. Unset: wsis-bot's default location.",
        "a file path on this machine (its folder must exist)",
    ),
    Setting(
        "WSIS_FEEDBACK_DB",
        None,
        "A small SQLite log of 👍/👎 votes (question, answer summary, vote, time; no user ids). "
        "Unset: votes are kept in memory only until the bot stops.",
        "a file path on this machine (its folder must exist)",
    ),
)
SETTINGS_BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}

_BOT_TOKEN = re.compile(r"xoxb-[A-Za-z0-9-]+")
_APP_TOKEN = re.compile(r"xapp-[A-Za-z0-9-]+")
_HEX = re.compile(r"[0-9a-fA-F]{16,128}")


def _mask(secret: str | None) -> str:
    if not secret:
        return "None"
    prefix = secret[:5] if secret[:5] in ("xoxb-", "xapp-") else ""
    return f"'{prefix}…(hidden)'"


@dataclass(frozen=True)
class SlackConfig:
    """What the Slack surface needs, validated. `repr` hides the secrets."""

    bot_token: str
    signing_secret: str | None = None
    app_token: str | None = None
    api_url: str | None = None
    knowledge: Path | None = None
    db: Path | None = None
    feedback_db: Path | None = None

    @property
    def mode(self) -> str:
        """"socket" when an app-level token is set, else "http"."""
        return "socket" if self.app_token else "http"

    def __repr__(self) -> str:
        return (
            f"SlackConfig(bot_token={_mask(self.bot_token)}, signing_secret={_mask(self.signing_secret)}, "
            f"app_token={_mask(self.app_token)}, api_url={self.api_url!r}, knowledge={self.knowledge!r}, "
            f"db={self.db!r}, feedback_db={self.feedback_db!r})"
        )

    __str__ = __repr__


def setting_error(name: str, problem: str, fix: str | None = None) -> ConfigError:
    """A ConfigError for setting `name`: "`name` `problem`", and a fix saying where to look."""
    setting = SETTINGS_BY_NAME[name]
    fix = fix or f"Set {name}: {setting.help} Find it at: {setting.where}."
    return ConfigError(f"{name} {problem}", name=name, fix=fix)


def _token_kind(value: str) -> str:
    """Describe a wrong token without showing it."""
    kinds = {"xoxp-": "a user token (xoxp-)", "xapp-": "an app-level token (xapp-)",
             "xoxb-": "a bot token (xoxb-)", "xoxe": "a refresh token (xoxe)"}
    for prefix, kind in kinds.items():
        if value.startswith(prefix):
            return kind
    return f"a value of {len(value)} characters that is not a Slack token"


def _path(env: Mapping[str, str], name: str, *, folder: bool) -> Path | None:
    value = (env.get(name) or "").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if folder:
        if not path.is_dir():
            raise setting_error(name, f"is {value!r}, which is not a folder.",
                         f"Point {name} at the knowledge folder (the one with documents.yaml), "
                         "or unset it to use the bundled knowledge.")
    elif not path.parent.is_dir():
        raise setting_error(name, f"is {value!r}, but the folder {str(path.parent)!r} does not exist.",
                     f"Create that folder, or point {name} at a file in an existing folder.")
    return path


def load_slack_config(env: Mapping[str, str]) -> SlackConfig:
    """Read and check the Slack settings from `env` (usually `os.environ`).

    Raises ConfigError naming the variable and where to find its value in Slack's app settings.
    """
    bot_token = (env.get("SLACK_BOT_TOKEN") or "").strip()
    if not bot_token:
        raise setting_error("SLACK_BOT_TOKEN", "is not set.")
    if not _BOT_TOKEN.fullmatch(bot_token):
        raise setting_error("SLACK_BOT_TOKEN", f"must start with xoxb-, but it is {_token_kind(bot_token)}.")

    app_token = (env.get("SLACK_APP_TOKEN") or "").strip() or None
    if app_token is not None and not _APP_TOKEN.fullmatch(app_token):
        raise setting_error("SLACK_APP_TOKEN", f"must start with xapp-, but it is {_token_kind(app_token)}.")

    signing_secret = (env.get("SLACK_SIGNING_SECRET") or "").strip() or None
    if signing_secret is None and app_token is None:
        raise setting_error(
            "SLACK_SIGNING_SECRET",
            "is not set, and HTTP mode needs it (without SLACK_APP_TOKEN the bot serves HTTP).",
            "Set SLACK_SIGNING_SECRET from "
            f"{SETTINGS_BY_NAME['SLACK_SIGNING_SECRET'].where}, or set SLACK_APP_TOKEN to use Socket Mode.",
        )
    if signing_secret is not None and not _HEX.fullmatch(signing_secret):
        if signing_secret.startswith("x"):
            what = _token_kind(signing_secret)
        elif re.fullmatch(r"[0-9a-fA-F]*", signing_secret):
            what = f"only {len(signing_secret)} hexadecimal digits"
        else:
            what = f"{len(signing_secret)} characters that are not all hexadecimal digits"
        raise setting_error("SLACK_SIGNING_SECRET", f"must be hexadecimal (32 digits), but it is {what}.")

    api_url = (env.get("SLACK_API_URL") or "").strip() or None
    if api_url is not None:
        parsed = urlparse(api_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise setting_error("SLACK_API_URL", f"is {api_url!r}, which is not an http(s) address.",
                         "Unset SLACK_API_URL to use https://slack.com/api/, or give a full address.")

    return SlackConfig(
        bot_token=bot_token,
        signing_secret=signing_secret,
        app_token=app_token,
        api_url=api_url,
        knowledge=_path(env, "WSIS_KNOWLEDGE", folder=True),
        db=_path(env, "WSIS_DB", folder=False),
        feedback_db=_path(env, "WSIS_FEEDBACK_DB", folder=False),
    )
