"""TEMP SHIM until the real module lands."""
from __future__ import annotations
import os
from datetime import date
from pathlib import Path
from typing import Any
import yaml
from bot.dates import parse_iso
from bot.errors import KnowledgeError, Problem
from bot.records import Body, Document, Knowledge, Mandate, Meeting, QA, Source, PartialDate

KNOWN_FILES = ("documents.yaml", "meetings.yaml", "mandates.yaml", "bodies.yaml", "qa.yaml")

def display_path(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)

def knowledge_files(directory: Path) -> list[Path]:
    return [Path(directory) / f for f in KNOWN_FILES if (Path(directory) / f).exists()]

def _d(v: Any):
    if v is None: return None
    if isinstance(v, date): return v
    return parse_iso(str(v))

def _src(items) -> tuple[Source, ...]:
    out = []
    for s in items or []:
        if isinstance(s, str): out.append(Source(symbol=s))
        else: out.append(Source(symbol=s.get("symbol"), paragraph=str(s["paragraph"]) if s.get("paragraph") is not None else None, url=s.get("url"), note=s.get("note")))
    return tuple(out)

def _t(v): return tuple(v or ())

def check_knowledge(directory: Path):
    try:
        return load_knowledge(directory), []
    except KnowledgeError as e:
        return None, e.problems

def load_knowledge(directory: Path) -> Knowledge:
    d = Path(directory)
    data = {}
    problems = []
    for f in KNOWN_FILES:
        if not (d / f).exists():
            data[f] = []
            continue
        try:
            data[f] = yaml.safe_load((d / f).read_text()) or []
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problems.append(Problem(display_path(d / f), (mark.line + 1) if mark else 1, (mark.column + 1) if mark else 1,
                                    str(getattr(exc, "problem", exc)), "Fix the YAML syntax at this position."))
    if problems:
        raise KnowledgeError(problems)
    try:
        return _build(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise KnowledgeError([Problem(display_path(d), 1, 1, f"invalid record: {exc}", "Check the schema.")]) from exc


def _build(data: dict[str, Any]) -> Knowledge:
    docs = tuple(Document(symbol=r["symbol"], title=r["title"], kind=r["kind"], sources=_src(r["sources"]), other_symbols=_t(r.get("other_symbols")), aliases=_t(r.get("aliases")), bodies=_t(r.get("bodies")), session=r.get("session"), agenda_items=_t(r.get("agenda_items")), date=_d(r.get("date")), url=r.get("url"), summary=r.get("summary"), related=_t(r.get("related"))) for r in data["documents.yaml"])
    mtgs = tuple(Meeting(id=r["id"], name=r["name"], sources=_src(r["sources"]), kind=r.get("kind", "meeting"), aliases=_t(r.get("aliases")), start=_d(r.get("start")), end=_d(r.get("end")), place=r.get("place"), venue=r.get("venue"), convened_by=_t(r.get("convened_by")), chair=r.get("chair"), mandated_by=_src(r.get("mandated_by")), part_of=r.get("part_of"), outcome_documents=_t(r.get("outcome_documents")), summary=r.get("summary")) for r in data["meetings.yaml"])
    mans = tuple(Mandate(id=r["id"], name=r["name"], by=_t(r["by"]), to=_t(r["to"]), action=r["action"], document=r["document"], sources=_src(r["sources"]), paragraph=str(r["paragraph"]) if r.get("paragraph") is not None else None, aliases=_t(r.get("aliases")), fulfilled_by=_t(r.get("fulfilled_by")), date=_d(r.get("date")), summary=r.get("summary")) for r in data["mandates.yaml"])
    bods = tuple(Body(id=r["id"], name=r["name"], sources=_src(r["sources"]), abbreviation=r.get("abbreviation"), aliases=_t(r.get("aliases")), parent=r.get("parent"), summary=r.get("summary")) for r in data["bodies.yaml"])
    qas = tuple(QA(id=r["id"], question=r["question"], answer=r["answer"], sources=_src(r["sources"]), paraphrases=_t(r.get("paraphrases")), gap=bool(r.get("gap"))) for r in data["qa.yaml"])
    return Knowledge(docs, mtgs, mans, bods, qas)
