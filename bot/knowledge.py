"""Read knowledge/*.yaml into typed records, reporting every problem at once as file:line:col + fix.

Maintainers edit these files by hand, so each problem must point at the exact key or value to
change. PyYAML's composed nodes keep their positions; the checks therefore run on nodes, driven by
one table of field specs per kind (the schema of knowledge/README.md), and the records of
`bot.records` are built only when nothing is wrong.
"""

from __future__ import annotations

import calendar
import difflib
import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot import records
from bot.errors import KnowledgeError, Problem
from bot.records import AnyDate, Knowledge, PartialDate, Source
from bot.symbols import SymbolError, lookup_key, normalize, split_joint, try_normalize

_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML was built with it: about 10x faster at 10k records, same node
positions. Its error messages are terser, so a file it rejects is parsed again by the pure-Python
loader, whose message (and position) the maintainer sees."""


def _compose(text: str) -> Node | None:
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)  # raises with the readable message

KNOWN_FILES = ("documents.yaml", "meetings.yaml", "mandates.yaml", "bodies.yaml", "qa.yaml")
READ_ORDER = ("bodies.yaml", "documents.yaml", "meetings.yaml", "mandates.yaml", "qa.yaml")
"""Files are read so that most references point back to a file already read: they are checked at
once and need not be kept (at 100k records, kept references took ~40 MB until the end)."""
TARGET_FILES: dict[str, tuple[str, ...]] = {"body": ("bodies.yaml",), "meeting": ("meetings.yaml",),
                                            "document": ("documents.yaml",),
                                            "target": ("meetings.yaml", "documents.yaml")}
README = "knowledge/README.md"

FieldType = Literal["text", "texts", "slug", "date", "url", "bool", "symbol", "symbols", "sources"]
Ref = Literal["body", "meeting", "document", "target"]  # target: a meeting id or a document symbol
LISTS = ("texts", "symbols", "sources")


@dataclass(frozen=True)
class Field:
    """How one key is checked: its type, whether it is required, what its values must refer to."""

    type: FieldType
    required: bool = False
    ref: Ref | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    """One file's kind of record: its noun in messages, its identifying key, its record class."""

    noun: str
    key: str
    record: Callable[..., Any]
    fields: dict[str, Field]

    def required(self) -> str:
        return f"required in {self.noun} records: " + ", ".join(k for k, f in self.fields.items() if f.required)


def _fields(**fields: Field) -> dict[str, Field]:
    return {**fields, "notes": Field("text")}  # notes: for maintainers only, never stored


DOCUMENT_KINDS = ("resolution", "decision", "report", "addendum", "conference-room-paper", "agenda",
                  "outcome-document", "draft-resolution", "press-release", "summit-document", "letter", "other")
MEETING_KINDS = ("meeting", "session", "summit", "forum", "consultation", "working-group", "high-level-meeting")
TEXT, TEXTS, NEEDED = Field("text"), Field("texts"), Field("text", required=True)
ID, SOURCES, DATE = Field("slug", required=True), Field("sources", required=True), Field("date")
BODIES, NEEDED_BODIES = Field("texts", ref="body"), Field("texts", required=True, ref="body")

KINDS: dict[str, Kind] = {
    "documents.yaml": Kind("document", "symbol", records.Document, _fields(
        symbol=Field("symbol", required=True), title=NEEDED, kind=Field("text", True, choices=DOCUMENT_KINDS),
        sources=SOURCES, other_symbols=Field("symbols"), aliases=TEXTS, bodies=BODIES, session=TEXT,
        agenda_items=TEXTS, date=DATE, url=Field("url"), summary=TEXT, related=Field("symbols", ref="document"))),
    "meetings.yaml": Kind("meeting", "id", records.Meeting, _fields(
        id=ID, name=NEEDED, sources=SOURCES, kind=Field("text", choices=MEETING_KINDS), aliases=TEXTS,
        start=DATE, end=DATE, place=TEXT, venue=TEXT, convened_by=BODIES, chair=TEXT,
        mandated_by=Field("sources"), part_of=Field("text", ref="meeting"),
        outcome_documents=Field("symbols", ref="document"), summary=TEXT)),
    "mandates.yaml": Kind("mandate", "id", records.Mandate, _fields(
        id=ID, name=NEEDED, by=NEEDED_BODIES, to=NEEDED_BODIES, action=NEEDED,
        document=Field("symbol", required=True, ref="document"), paragraph=TEXT, sources=SOURCES,
        aliases=TEXTS, fulfilled_by=Field("texts", ref="target"), date=DATE, summary=TEXT)),
    "bodies.yaml": Kind("body", "id", records.Body, _fields(
        id=ID, name=NEEDED, sources=SOURCES, abbreviation=TEXT, aliases=TEXTS,
        parent=Field("text", ref="body"), summary=TEXT)),
    "qa.yaml": Kind("Q&A", "id", records.QA, _fields(
        id=ID, question=NEEDED, answer=NEEDED, sources=SOURCES, paraphrases=TEXTS, gap=Field("bool"))),
}
SOURCE_KEYS = ("symbol", "paragraph", "url", "note")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
NULL_TAG, STR_TAG = "tag:yaml.org,2002:null", "tag:yaml.org,2002:str"

SYNTAX_FIX = "Fix the YAML syntax at this position (check indentation and quotes)."
SYMBOL_FIX = "Write a UN document symbol such as 'A/RES/66/184'; join the parts of a joint symbol with a hyphen."
DATE_FIX = "Write dates as YYYY-MM-DD (2012-05-18), or YYYY-MM / YYYY when the source gives only the month or year."
URL_FIX = "Write the full address starting with https:// or http://, with no spaces (encode them as %20)."
SOURCE_FIX = "Add 'symbol:' (a document of documents.yaml), or 'url:' with a 'note:' saying what the page is."
ALIAS_FIX = "An alias must name one record: remove it here, or make it more specific."


def display_path(path: Path) -> str:
    """`path` relative to the current directory when it is below it, else as given."""
    try:
        return str(Path(os.path.abspath(path)).relative_to(os.getcwd()))
    except (ValueError, OSError):
        return str(path)


def knowledge_files(directory: Path) -> list[Path]:
    """The knowledge files present in `directory`, in KNOWN_FILES order (for mtime checks)."""
    return [Path(directory) / name for name in KNOWN_FILES if (Path(directory) / name).is_file()]


def load_knowledge(directory: Path) -> Knowledge:
    """The validated records of `directory`; raises KnowledgeError listing every problem."""
    knowledge, problems = check_knowledge(directory)
    if problems or knowledge is None:
        raise KnowledgeError(problems)
    return knowledge


def check_knowledge(directory: Path) -> tuple[Knowledge | None, list[Problem]]:
    """Every problem of `directory` at once, sorted by file and position; Knowledge only when none."""
    with _gc_paused():
        return _check_knowledge(Path(directory))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a folder is read. The node trees are large, and
    each of Python's full collections walks all of them: at 10k records they took over half of the
    validation time (1.6 of 2.7 s), and found nothing, as nodes and records form no cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check_knowledge(directory: Path) -> tuple[Knowledge | None, list[Problem]]:
    folder, expected = display_path(directory), ", ".join(KNOWN_FILES)
    if not directory.is_dir():
        return None, [Problem(folder, 0, 0, f"knowledge folder {folder!r} does not exist",
                              f"Create it with the files {expected} (see {README}), or name the right folder.")]
    checker = _Checker(directory)
    for extra in sorted(directory.iterdir()):
        if extra.suffix in (".yaml", ".yml") and extra.name not in KNOWN_FILES and not extra.name.startswith("."):
            checker.problems.append(Problem(display_path(extra), 1, 1, f"unknown file {extra.name!r}; it is ignored",
                                            _did_you_mean(extra.name, KNOWN_FILES, "Knowledge files")))
    files = knowledge_files(directory)
    if not files:
        checker.problems.append(Problem(folder, 0, 0, f"no knowledge files in folder {folder!r}",
                                        f"Add the YAML files {expected} (see {README})."))
    for path in sorted(files, key=lambda p: READ_ORDER.index(p.name)):
        checker.read_file(path)
        checker.learn(path.name)
    checker.cross_check()
    if checker.problems:
        return None, sorted(checker.problems, key=lambda p: (p.path, p.line, p.col))
    built = {name: tuple(_records(recs)) for name, recs in checker.records.items()}
    return Knowledge(documents=built["documents.yaml"], meetings=built["meetings.yaml"],
                     mandates=built["mandates.yaml"], bodies=built["bodies.yaml"], qas=built["qa.yaml"],
                     files=tuple(str(p) for p in files)), []


def _records(checked: list[_Record]) -> Iterator[Any]:
    """The typed records, each checked one let go as it is taken (memory)."""
    checked.reverse()
    while checked:
        yield checked.pop().record


# --- helpers ------------------------------------------------------------------------------------


def _did_you_mean(word: str, choices: Iterable[str], valid: str) -> str:
    """"Did you mean 'title'? Valid keys: ..." or, without a close choice, only the valid ones."""
    choices = list(choices)
    listing = f"{valid}: {', '.join(choices)}."
    return f"Did you mean {close!r}? {listing}" if (close := _close(word, choices)) else listing


def _close(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return close[0] if close else None


def _empty(node: Node) -> bool:
    return isinstance(node, ScalarNode) and (node.tag == NULL_TAG or not str(node.value).strip())


def _what(node: Node) -> str:
    return "a mapping" if isinstance(node, MappingNode) else "a list" if isinstance(node, SequenceNode) else "a string"


class _Spot:
    """Where a node was, without the node: its line and column (from 0) in the file, for the
    problems found once its slice is let go."""

    __slots__ = ("line", "column")

    def __init__(self, line: int, column: int) -> None:
        self.line, self.column = line, column


class _Atom:
    """A string that the checks across files look at (an id, a name, a reference), and where it
    was: lines after its record's first (a small int, which Python shares) and its column."""

    __slots__ = ("key", "text", "ref", "lines", "column")

    def __init__(self, key: str, text: str, ref: Ref | None, lines: int, column: int) -> None:
        self.key, self.text, self.ref, self.lines, self.column = key, text, ref, lines, column


Located = Node | _Spot
"""What a problem points at: a node while its slice is read, a spot once it is let go."""

CROSS_KEYS = frozenset({"id", "symbol", "other_symbols", "question", "paraphrases", "title", "name",
                        "abbreviation", "aliases"})
"""The keys whose values the checks across files compare (duplicates, aliases, ids, symbols); with
the values that must refer to a record, the only strings the checker keeps after reading a record."""


CHUNK_RECORDS = 500
"""Records composed at a time. PyYAML's node tree costs ~13 KB per record and lived until the whole
folder was checked: 1.3 GB at 100k records. Composed in slices and let go once read, the peak is
one slice's nodes plus the records."""

_ITEM_START = re.compile(r"^-(?: |$)", re.M)
_RISKY = re.compile(r"^(?:---|\.\.\.|%)|(?:^|\s)[&*!]\S", re.M)
"""Document markers, directives, anchors, aliases and tags: a slice could not be read alone."""


def _chunks(text: str) -> Iterator[tuple[SequenceNode, int]] | None:
    """A plain top-level list, composed CHUNK_RECORDS items at a time, each slice with the number of
    lines before it (its nodes count lines from the slice's start); None
    when the file is anything else (anchors, tags, several documents, not a list), which is then
    composed whole so that its problems are reported exactly as before."""
    starts = [m.start() for m in _ITEM_START.finditer(text)]
    if not starts or text[:starts[0]].strip(" \t\r\n") and not _only_comments(text[:starts[0]]) \
            or _RISKY.search(text):
        return None
    bounds = [*starts[::CHUNK_RECORDS], len(text)]

    def compose_all() -> Iterator[tuple[SequenceNode, int]]:
        line = text.count("\n", 0, starts[0])
        for begin, end in zip(bounds, bounds[1:]):
            root = _compose(text[begin:end])
            if not isinstance(root, SequenceNode):
                raise yaml.YAMLError("a slice of the file is not a list")
            yield root, line
            line += text.count("\n", begin, end)

    return compose_all()


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


def _parse_date(text: str) -> tuple[AnyDate | None, str]:
    """(value, '') for 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; (None, why) otherwise."""
    if not (match := ISO_DATE.fullmatch(text)):
        return None, "not a date"
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        full = date(year or 0, month or 1, day or 1)
    except ValueError as exc:
        return None, str(exc)
    return (full if day else PartialDate(full.year, month)), ""


def _span(value: AnyDate) -> tuple[date, date]:
    """The first and last day that a date or a partial date may stand for."""
    if isinstance(value, date):
        return value, value
    last = calendar.monthrange(value.year, value.month)[1] if value.month else 31
    return value.first_day(), date(value.year, value.month or 12, last)


def _url_problem(text: str) -> str | None:
    if any(c.isspace() for c in text):
        return "it contains a space"
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError as exc:
        return str(exc)
    if parts.scheme not in ("http", "https"):
        return "it does not start with http:// or https://"
    return None if host else "it has no host"


def _same_text(text: str) -> str:
    """Aliases and questions compare case-insensitively, ignoring spacing and a final '?'."""
    return " ".join(text.casefold().split()).rstrip("?.! ")


def _read_problem(path: str, exc: Exception, text: str) -> Problem:
    """A problem for a file that cannot be read or parsed, at PyYAML's position when it has one."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark, context = exc.problem_mark or exc.context_mark, ""
        if exc.context and exc.context_mark:
            context = f" ({exc.context}, line {exc.context_mark.line + 1})"
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return Problem(path, line, col, f"invalid YAML: {exc.problem or exc}{context}", SYNTAX_FIX)
    if isinstance(exc, yaml.reader.ReaderError):
        line, col = text.count("\n", 0, exc.position) + 1, exc.position - text.rfind("\n", 0, exc.position)
        return Problem(path, line, col, f"invalid YAML: {exc.reason} (character {exc.character!r})",
                       "Remove the control character.")
    return Problem(path, 1, 1, f"cannot read the file: {exc}", "Save it as readable UTF-8 text.")


class _Record:
    """A record being checked: where it starts, its atoms (CROSS_KEYS and references) for the checks
    across files, and its typed record, made as soon as it is read without a problem. It holds no
    node: a slice's nodes are let go once read."""

    __slots__ = ("kind", "path", "ident", "line", "atoms", "record")

    def __init__(self, kind: Kind, path: str, ident: str, line: int) -> None:
        self.kind, self.path, self.ident, self.line = kind, path, ident, line  # line: from 0
        self.atoms: list[_Atom] = []
        self.record: Any = None

    def at(self, atom: _Atom) -> _Spot:
        """Where `atom` is in the file."""
        return _Spot(self.line + atom.lines, atom.column)

    @property
    def label(self) -> str:
        """How messages name the record: "meeting 'cstd-15'" (computed: 100k stored labels cost 7 MB)."""
        return f"{self.kind.noun} {self.ident!r}" if self.ident else f"this {self.kind.noun}"


SHARED_KEYS = frozenset({"place", "venue", "chair", "session", "agenda_items", "paragraph"})
"""Besides references and choices, the values shared (see _Checker.share): those that records
repeat. Names, ids and summaries are seldom repeated and would only grow the table."""
SHARED_ITEMS = 3
"""Lists this short are shared too (convened_by: [cstd]; sources: [one symbol])."""


class _Checker:
    """Collects the problems and the records of one knowledge folder."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.problems: list[Problem] = []
        self.records: dict[str, list[_Record]] = {name: [] for name in KNOWN_FILES}
        self.unreadable: set[str] = set()
        self.offset = 0  # lines before the slice being read: its nodes count from its own start
        self.shared: dict[Any, Any] = {}
        self.learnt: set[str] = set()  # files read: references to their ids or symbols are checked at once
        self.ids: dict[str, set[str]] = {"bodies": set(), "meetings": set()}
        self.symbols: dict[str, str] = {}
        self.parts: dict[str, str] = {}

    def share(self, value: Any) -> Any:
        """One object for equal short values. Records repeat them ('geneva', body ids, symbols,
        dates, sources); each read is a new object, and at 100k records the copies took ~60 MB."""
        return self.shared.setdefault(value, value)

    def spot(self, node: Located) -> _Spot:
        """Where `node` is in its file, whether a node of the current slice or a spot already."""
        if isinstance(node, _Spot):
            return node
        return _Spot(node.start_mark.line + self.offset, node.start_mark.column)

    def line(self, node: Located) -> int:
        """The 1-based line of `node`, as messages show it."""
        return self.spot(node).line + 1

    def add(self, path: str, node: Located, message: str, fix: str) -> None:
        spot = self.spot(node)
        self.problems.append(Problem(path, spot.line + 1, spot.column + 1, message, fix))

    def keep(self, rec: _Record, key: str, node: Node, text: str, ref: Ref | None) -> None:
        """Keep `text` for the checks across files when they look at it (ids, names, references);
        a reference to a file already read is checked now instead."""
        if ref is not None and self.learnt.issuperset(TARGET_FILES[ref]):
            self.check_ref(rec, key, node, text, ref)
            ref = None
        if ref is not None or key in CROSS_KEYS:
            spot = self.spot(node)
            rec.atoms.append(_Atom(key, text, ref, spot.line - rec.line, spot.column))

    def learn(self, name: str) -> None:
        """Once file `name` is read, the ids or symbols that references to it must name."""
        if name in ("bodies.yaml", "meetings.yaml"):
            self.ids[name[:-5]] = {a.text for _, a in self.atoms([name], ("id",))}
        elif name == "documents.yaml":
            self.symbols = {lookup_key(a.text): a.text for _, a in self.atoms([name], ("symbol", "other_symbols"))}
            self.parts = {lookup_key(part): symbol for symbol in self.symbols.values()
                          for part in split_joint(symbol) if part != symbol}
        self.learnt.add(name)

    # --- one file -------------------------------------------------------------------------------

    def read_file(self, file: Path) -> None:
        path, text = display_path(file), ""
        try:
            text = file.read_text(encoding="utf-8")
            chunks, self.offset = _chunks(text), 0
            if chunks is not None:
                records, problems = len(self.records[file.name]), len(self.problems)
                try:
                    self.read_items(file, path, chunks)
                    return
                except yaml.YAMLError:  # read it whole instead, for the exact message and position
                    del self.records[file.name][records:], self.problems[problems:]
            root, self.offset = _compose(text), 0
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            self.unreadable.add(file.name)
            self.problems.append(_read_problem(path, exc, text))
            return
        if root is not None and not isinstance(root, SequenceNode):
            self.unreadable.add(file.name)
            self.add(path, root, f"{file.name} must be a list of records, got {_what(root)}",
                     f"Start each record with '- ' at the left margin, as in {README}.")
            return
        for number, item in enumerate(root.value if root else [], 1):
            if isinstance(item, MappingNode):
                self.records[file.name].append(self.read_record(KINDS[file.name], path, item))
            else:
                self.add(path, item, f"record {number} of {file.name} is {_what(item)}, not a mapping",
                         "Write the record as 'key: value' lines, the first one after its '- '.")

    def read_items(self, file: Path, path: str, chunks: Iterator[tuple[SequenceNode, int]]) -> None:
        """The records of a well-formed file, read a slice at a time (see _chunks)."""
        number = 0
        for root, self.offset in chunks:
            for item in root.value:
                number += 1
                if isinstance(item, MappingNode):
                    self.records[file.name].append(self.read_record(KINDS[file.name], path, item))
                else:
                    self.add(path, item, f"record {number} of {file.name} is {_what(item)}, not a mapping",
                             "Write the record as 'key: value' lines, the first one after its '- '.")

    def pairs(self, path: str, label: str, node: MappingNode) -> Iterator[tuple[str, Node, Node]]:
        """The (key, key node, value node) of a mapping; a repeated key is reported (YAML keeps the last)."""
        seen: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, ScalarNode) else "?"
            if key in seen:
                self.add(path, key_node, f"duplicate key {key!r} in {label} (first at line {self.line(seen[key])})",
                         "Keep only one of them: YAML would silently use the last.")
                continue
            seen[key] = key_node
            yield key, key_node, value_node

    def read_record(self, kind: Kind, path: str, node: MappingNode) -> _Record:
        ident = next((str(v.value).strip() for k, v in node.value if isinstance(k, ScalarNode)
                      and k.value == kind.key and isinstance(v, ScalarNode) and not _empty(v)), "")
        rec, problems = _Record(kind, path, ident, self.spot(node).line), len(self.problems)
        values: dict[str, Any] = {}
        nodes: dict[str, Node] = {}
        meant: set[str | None] = set()  # keys that a typo stands for: not reported again as missing
        for key, key_node, value_node in self.pairs(path, rec.label, node):
            if (spec := kind.fields.get(key)) is None:
                meant.add(_close(key, kind.fields))
                self.add(path, key_node, f"unknown key {key!r} in {rec.label}",
                         _did_you_mean(key, kind.fields, "Valid keys"))
                continue
            nodes[key] = value_node
            if (value := self.read_value(rec, key, spec, value_node)) is not None and key != "notes":
                values[key] = value
        for key, spec in kind.fields.items():
            if spec.required and key not in nodes and key not in meant:
                self.add(path, node, f"{rec.label} has no {key!r}", f"Add '{key}:' to this record ({kind.required()}).")
        start, end = values.get("start"), values.get("end")
        if end is not None and "start" not in nodes:
            self.add(path, nodes["end"], f"{rec.label} has an 'end' but no 'start'",
                     "Add 'start:' (the first day), or remove 'end'.")
        elif start is not None and end is not None and _span(end)[1] < _span(start)[0]:
            self.add(path, nodes["end"], f"{rec.label} ends ({end.isoformat()}) before it starts "
                     f"({start.isoformat()})", "Check both dates against the source; leave 'end' out for one day.")
        if len(self.problems) == problems:
            rec.record = kind.record(**values, line=rec.line + 1)
        return rec

    def read_value(self, rec: _Record, key: str, spec: Field, node: Node) -> Any:
        where, path = f"{key!r} of {rec.label}", rec.path
        if _empty(node) or (spec.type in LISTS and isinstance(node, SequenceNode) and not node.value):
            if spec.required and spec.type == "sources":
                self.add(path, node, f"{where} is empty: every record cites at least one source", SOURCE_FIX)
            elif spec.required:
                self.add(path, node, f"{where} is empty", f"Give it a value ({rec.kind.required()}).")
            return None
        if spec.type not in LISTS:
            text = self.read_text(path, where, node)
            return None if text is None else self.read_one(rec, key, spec, node, text)
        if not isinstance(node, SequenceNode):
            item = "'- symbol: ...' item per source" if spec.type == "sources" else "'- ' item per line"
            self.add(path, node, f"{where} must be a list, got {_what(node)}",
                     f"Make it a list: '{key}: [...]', or one {item} below '{key}:'.")
            return None
        items = []
        for number, item in enumerate(node.value, 1):
            if spec.type == "sources":
                value = self.read_source(rec, key, f"source {number} of {rec.label}", item)
            elif _empty(item):
                self.add(path, item, f"item {number} of {where} is empty", "Remove the empty item.")
                continue
            else:
                text = self.read_text(path, f"item {number} of {where}", item)
                value = None if text is None else self.read_one(rec, key, spec, item, text)
            if value is not None:
                items.append(value)
        return self.share(tuple(items)) if len(items) <= SHARED_ITEMS else tuple(items)

    def read_text(self, path: str, where: str, node: Node) -> str | None:
        if isinstance(node, ScalarNode):
            return str(node.value).strip()
        hint = "it contains ': ', which YAML reads as a key" if isinstance(node, MappingNode) else "it starts with '['"
        self.add(path, node, f"{where} must be a string, got {_what(node)}",
                 f"Write it as one text; put it in quotes if {hint}.")
        return None

    def read_one(self, rec: _Record, key: str, spec: Field, node: Node, text: str) -> Any:
        where, path = f"{key!r} of {rec.label}", rec.path
        if spec.type in ("symbol", "symbols") and not self.check_symbol(rec, key, node, text):
            return None
        if spec.choices and text not in spec.choices:
            self.add(path, node, f"invalid {key} {text!r} of {rec.label}",
                     _did_you_mean(text, spec.choices, f"Valid {key}s"))
            return None
        if spec.type == "slug" and not SLUG.fullmatch(text):
            slug = "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "cstd-15"
            self.add(path, node, f"invalid id {text!r} of {rec.kind.noun}: ids are lowercase slugs",
                     f"Use lowercase letters, digits and single hyphens: write it as {slug!r}.")
            return None
        if spec.type == "date":
            value, why = _parse_date(text)
            if value is not None:
                value = self.share(value)
            else:
                self.add(path, node, f"{where} is not a date: {text!r}" if why == "not a date" else
                         f"impossible date {text!r} in {where}: {why}", DATE_FIX)
            return value
        if spec.type == "url" and (bad := _url_problem(text)):
            self.add(path, node, f"malformed URL {text!r} in {where}: {bad}", URL_FIX)
            return None
        if spec.type == "bool":
            flag = None if node.tag == STR_TAG else yaml.SafeLoader.bool_values.get(text.lower())
            if flag is None:
                self.add(path, node, f"{where} must be true or false, got {text!r}",
                         f"Write '{key}: true' or remove it.")
            return flag
        if spec.ref or spec.choices or key in SHARED_KEYS:
            text = self.share(text)  # before keep(): an atom must not hold the only copy alive
        self.keep(rec, key, node, text, spec.ref)
        return text

    def check_symbol(self, rec: _Record, key: str, node: Located, text: str) -> bool:
        """True when `text` is a symbol; reports a malformed one, and one not in canonical form."""
        try:
            canonical = normalize(text)
        except SymbolError as exc:
            self.add(rec.path, node, f"malformed symbol {text!r} in {key!r} of {rec.label}: {exc.reason}", SYMBOL_FIX)
            return False
        if canonical != text:
            self.add(rec.path, node, f"symbol {text!r} in {key!r} of {rec.label} is not in canonical form",
                     f"Write it as {canonical!r} (the knowledge stores canonical symbols so that lookups are exact).")
        return True

    def read_source(self, rec: _Record, key: str, where: str, node: Node) -> Source | None:
        """A source: a symbol, or a mapping of symbol / paragraph / url / note."""
        parts: dict[str, tuple[Node, str]] = {}
        if isinstance(node, ScalarNode) and not _empty(node):
            parts["symbol"] = (node, str(node.value).strip())
        elif isinstance(node, MappingNode):
            for name, key_node, value in self.pairs(rec.path, where, node):
                if name not in SOURCE_KEYS:
                    self.add(rec.path, key_node, f"unknown key {name!r} in {where}",
                             _did_you_mean(name, SOURCE_KEYS, "Valid keys"))
                elif not _empty(value) and (text := self.read_text(rec.path, f"{name!r} of {where}", value)):
                    parts[name] = (value, self.share(text) if name in ("symbol", "paragraph") else text)
        if "symbol" not in parts and "url" not in parts:
            self.add(rec.path, node, f"{where} has neither 'symbol' nor 'url'", SOURCE_FIX)
            return None
        if "symbol" not in parts and "note" not in parts:
            self.add(rec.path, node, f"{where} has a 'url' but no 'note'",
                     "Add 'note:' saying what the page is (publisher, title, date).")
        if "symbol" in parts and self.check_symbol(rec, key, *parts["symbol"]):
            self.keep(rec, key, *parts["symbol"], "document")
        if "url" in parts and (bad := _url_problem(parts["url"][1])):
            self.add(rec.path, parts["url"][0], f"malformed URL {parts['url'][1]!r} in {where}: {bad}", URL_FIX)
        given = {name: value[1] for name, value in parts.items()}
        return self.share(Source(given.get("symbol"), given.get("paragraph"), given.get("url"), given.get("note")))

    # --- across files ---------------------------------------------------------------------------

    def atoms(self, names: Iterable[str], keys: tuple[str, ...]) -> Iterator[tuple[_Record, _Atom]]:
        for name in names:
            for rec in self.records[name]:
                yield from ((rec, atom) for atom in rec.atoms if atom.key in keys)

    def duplicates(self, name: str, keys: tuple[str, ...], fold: Callable[[str], str], thing: str, fix: str) -> None:
        """Report a value of `keys` already seen in file `name` (the first one is kept)."""
        first: dict[str, tuple[_Record, _Atom]] = {}
        for rec, atom in self.atoms([name], keys):
            if (seen := first.setdefault(fold(atom.text), (rec, atom)))[1] is not atom:
                other = f"used by the {rec.kind.noun}" if thing == "id" else \
                    "in this record" if seen[0] is rec else f"in {seen[0].label}"
                self.add(rec.path, rec.at(atom), f"duplicate {thing} {atom.text!r}"
                         + ("" if thing == "id" else f" in {rec.label}")
                         + f": already {other} at line {self.line(seen[0].at(seen[1]))}", fix)

    def check_aliases(self) -> None:
        """An alias names one record: it is no other record's alias, name, title or abbreviation."""
        found = list(self.atoms(KNOWN_FILES[:4], ("title", "name", "abbreviation", "aliases")))
        names: dict[str, list[tuple[_Record, _Atom]]] = {}
        for rec, atom in found:
            if atom.key != "aliases":
                names.setdefault(_same_text(atom.text), []).append((rec, atom))
        aliases: dict[str, tuple[_Record, _Atom]] = {}
        for rec, atom in (pair for pair in found if pair[1].key == "aliases"):
            text = atom.text
            if (seen := aliases.setdefault(_same_text(text), (rec, atom)))[1] is not atom:
                other = "this record" if seen[0] is rec else seen[0].label
                self.add(rec.path, rec.at(atom), f"duplicate alias {text!r} in {rec.label}: already an alias of "
                         f"{other} ({seen[0].path}:{self.line(seen[0].at(seen[1]))})", ALIAS_FIX)
            elif clash := next((n for n in names.get(_same_text(text), []) if n[0] is not rec), None):
                self.add(rec.path, rec.at(atom), f"alias {text!r} of {rec.label} is the {clash[1].key} of "
                         f"{clash[0].label} ({clash[0].path}:{self.line(clash[0].at(clash[1]))})", ALIAS_FIX)

    def cross_check(self) -> None:
        """Duplicates within and across files, and references that resolve to nothing."""
        for name, kind in KINDS.items():
            if kind.key == "id":
                self.duplicates(name, ("id",), str, "id", f"Give each {kind.noun} its own id.")
        self.duplicates("documents.yaml", ("symbol", "other_symbols"), lookup_key, "symbol",
                        "A symbol names one document: merge the two records, or drop the symbol from one.")
        self.duplicates("qa.yaml", ("question", "paraphrases"), _same_text, "question",
                        "Each question must lead to one answer: remove the repeat, or merge the two entries.")
        self.check_aliases()
        for recs in self.records.values():
            for rec in recs:
                for atom in rec.atoms:
                    if atom.ref is not None:
                        self.check_ref(rec, atom.key, rec.at(atom), atom.text, atom.ref)

    def check_ref(self, rec: _Record, key: str, node: Located, text: str, ref: Ref) -> None:
        where, meetings = f"{key!r} of {rec.label}", self.ids["meetings"]
        if ref in ("body", "meeting"):
            name = "bodies.yaml" if ref == "body" else "meetings.yaml"
            known = self.ids[name[:-5]]
            if text not in known and name not in self.unreadable:
                close, shown = _close(text, known), display_path(self.directory / name)
                self.add(rec.path, node, f"{where} names {ref} {text!r}, but {shown} has no {ref} with that id",
                         f"Did you mean {close!r}? If not, add the {ref} to {shown}." if close else
                         f"Add the {ref} to {shown}, or fix the id.")
        elif ref == "target" and text not in meetings:
            if try_normalize(text) is not None:
                if self.check_symbol(rec, key, node, text):
                    self.check_ref(rec, key, node, text, "document")
            elif not self.unreadable & {"meetings.yaml", "documents.yaml"}:
                close = _close(text, [*meetings, *self.symbols.values()])
                self.add(rec.path, node, f"{where} names {text!r}, but no meeting has that id and no document "
                         "that symbol", f"Did you mean {close!r}?" if close else "Add the meeting or the document.")
        elif ref == "document" and lookup_key(text) not in self.symbols and "documents.yaml" not in self.unreadable:
            shown, joint = display_path(self.directory / "documents.yaml"), self.parts.get(lookup_key(text))
            close = _close(text, self.symbols.values())
            self.add(rec.path, node, f"{where} names {text!r}, but no document in {shown} has that symbol",
                     f"It is a part of {joint!r}: cite that, or add {text!r} to its other_symbols." if joint else
                     f"Add it to {shown}, or fix the symbol" + (f" (did you mean {close!r}?)." if close else "."))
