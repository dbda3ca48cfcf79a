"""The `wsis-bot` command line: ask, symbol, search, validate, build, serve.

A thin click layer over `bot.core.Bot`: parse options, call the core, print. The JSON shapes of
`ask --json` and `symbol --json` are a stable contract (see bot/results.py). Exit codes: 0 ok,
1 a data problem (invalid knowledge, missing setting), 2 a usage error.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from bot.core import Bot, default_db_path, default_knowledge_dir
from bot.errors import ConfigError, KnowledgeError, WsisBotError
from bot.knowledge import check_knowledge, display_path
from bot.render import format_answer, format_symbol

F = TypeVar("F", bound=Callable[..., Any])


def knowledge_options(func: F) -> F:
    """--knowledge and --db, shared by every command that reads the knowledge."""
    func = click.option(
        "--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None, envvar="WSIS_DB",
        help="Index file (default: a file in ~/.cache/wsis-bot; env WSIS_DB).",
    )(func)
    func = click.option(
        "--knowledge", "knowledge", type=click.Path(file_okay=False, path_type=Path), default=None,
        envvar="WSIS_KNOWLEDGE", help="Knowledge folder (default: the bundled one; env WSIS_KNOWLEDGE).",
    )(func)
    return func


def open_bot(knowledge: Path | None, db: Path | None) -> Bot:
    """A Bot for the options, or a ClickException that lists what is wrong with the knowledge."""
    folder = knowledge or default_knowledge_dir()
    if not folder.is_dir():
        raise click.ClickException(f"knowledge folder {str(folder)!r} does not exist. "
                                   "Pass --knowledge DIR (or set WSIS_KNOWLEDGE) to a folder of YAML files.")
    try:
        return Bot(folder, db)
    except KnowledgeError as exc:
        problems = "\n".join(str(p) for p in exc.problems)
        raise click.ClickException(f"the knowledge is invalid, and there is no earlier index to use:\n{problems}\n"
                                   "Fix these problems (run `wsis-bot validate` after each edit).") from exc
    except WsisBotError as exc:
        raise click.ClickException(str(exc)) from exc


def _lines(text: str) -> Iterator[str]:
    if text != "-":
        yield text
        return
    for line in sys.stdin:
        yield line.rstrip("\r\n")


def _answer_each(text: str, call: Callable[[str], Any], as_json: bool, fmt: Callable[[Any], str]) -> None:
    """Call the core for the argument, or for every stdin line when it is "-"; print each result."""
    for i, line in enumerate(_lines(text)):
        result = call(line)
        if as_json:
            click.echo(json.dumps(result.to_json(), ensure_ascii=False))
        else:
            click.echo(("\n" if i else "") + fmt(result))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wsis-bot")
def cli() -> None:
    """Answers questions about the WSIS follow-up at the UN, citing UN documents.

    Example: wsis-bot ask "when were the enhanced cooperation consultations?"
    """


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question.")
@knowledge_options
def ask(question: str, as_json: bool, knowledge: Path | None, db: Path | None) -> None:
    """Answer QUESTION with its sources; "-" reads one question per line from stdin.

    Example: wsis-bot ask "which resolution mandated the 18 May 2012 meeting?"
    """
    bot = open_bot(knowledge, db)
    _answer_each(question, bot.ask, as_json, format_answer)


@cli.command()
@click.argument("symbol")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per symbol.")
@knowledge_options
def symbol(symbol: str, as_json: bool, knowledge: Path | None, db: Path | None) -> None:
    """Look up a document by its UN SYMBOL, however it is typed; "-" reads one per line from stdin.

    Example: wsis-bot symbol "res 66/184"
    """
    bot = open_bot(knowledge, db)
    _answer_each(symbol, bot.symbol, as_json, format_symbol)


@cli.command()
@click.argument("words")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 200), help="How many records.")
@knowledge_options
def search(words: str, limit: int, knowledge: Path | None, db: Path | None) -> None:
    """List the records that mention WORDS (full-text, names first): check before adding one.

    Example: wsis-bot search "working group enhanced cooperation"
    """
    bot = open_bot(knowledge, db)
    found = bot.search(words, limit)
    for record_id, kind, name in found:
        click.echo(f"{kind:<9} {record_id:<40} {name}")
    if not found:
        click.echo("No record mentions these words.", err=True)
        sys.exit(1)


@cli.command()
@click.option("--knowledge", "knowledge", type=click.Path(path_type=Path), default=None, envvar="WSIS_KNOWLEDGE",
              help="Knowledge folder (default: the bundled one; env WSIS_KNOWLEDGE).")
def validate(knowledge: Path | None) -> None:
    """Check the knowledge folder: every problem at once, as file:line:col, with a fix.

    Example: wsis-bot validate --knowledge knowledge/
    """
    folder = knowledge or default_knowledge_dir()
    result, problems = check_knowledge(folder)
    for problem in problems:
        click.echo(str(problem), err=False)
    if problems or result is None:
        click.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {display_path(folder)}.", err=True)
        sys.exit(1)
    counts = ", ".join(f"{n} {kind}" for kind, n in result.counts().items())
    click.echo(f"ok: {display_path(folder)} is valid ({counts}).")


@cli.command()
@knowledge_options
def build(knowledge: Path | None, db: Path | None) -> None:
    """Validate the knowledge and (re)build the index atomically; the old index survives a failure.

    Example: wsis-bot build --db /tmp/wsis.db
    """
    from bot.index import build_index
    from bot.knowledge import load_knowledge

    folder = knowledge or default_knowledge_dir()
    target = db or default_db_path(folder)
    try:
        kb = load_knowledge(folder)
    except KnowledgeError as exc:
        for problem in exc.problems:
            click.echo(str(problem))
        raise click.ClickException(f"{len(exc.problems)} problem(s) in {display_path(folder)}; "
                                   f"the index at {target} was left as it was.") from exc
    from bot.core import knowledge_mtime

    report = build_index(kb, target, source_mtime=knowledge_mtime(folder))
    click.echo(f"built {report.path}: {report.records} records, {report.bytes / 1024:.0f} KiB "
               f"in {report.seconds:.2f} s.")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="HTTP mode: address to listen on.")
@click.option("--port", default=3000, show_default=True, type=click.IntRange(0, 65535),
              help="HTTP mode: port to listen on.")
@knowledge_options
def serve(host: str, port: int, knowledge: Path | None, db: Path | None) -> None:
    """Run the Slack app: Socket Mode when SLACK_APP_TOKEN is set, else HTTP at /slack/events.

    Needs SLACK_BOT_TOKEN, plus SLACK_SIGNING_SECRET for HTTP mode. See README, "Use it in Slack".
    """
    import os

    from bot.config import load_slack_config
    from bot.slack_app import run_server

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        config = load_slack_config(os.environ)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    bot = open_bot(knowledge, db)
    run_server(bot, config, host=host, port=port)


def main() -> None:
    """Console-script entry point."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    cli(prog_name="wsis-bot")


if __name__ == "__main__":
    main()
