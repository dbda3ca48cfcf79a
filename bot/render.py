"""All wording of answers: facts of a record -> a sentence, and results -> terminal text.

The answer policy (`bot.answer`) decides *whether* to answer and from which record; this module
decides *how it reads*. Slack's Block Kit lives in `bot.blocks`, which reuses these sentences.
"""

from __future__ import annotations

import re
from typing import Any

from bot.results import AskResult, SymbolResult

EXAMPLE_QUESTIONS = (
    "When were the enhanced cooperation consultations?",
    "Which resolution mandated the meeting on enhanced cooperation?",
    "What did the CSTD recommend to ECOSOC about the Chair's report?",
    "Where was the second IGF held?",
    "What is E/CN.16/2012/CRP.2?",
)
"""Shown in the App Home and in help; only those the current knowledge answers are offered."""

ABSTAIN_TEXT = "I don't know: the knowledge base has no answer to that question."
ABSTAIN_UNSURE = "I'm not sure which one you mean."
ABSTAIN_ORDER = ("I can't tell which {kind} came {end}: my knowledge base may not hold every one of them, "
                 "so I won't guess.")
ABSTAIN_OPINION = "I only say what my sources record; I don't give opinions or assessments."
ABSTAIN_POSITIONS = ("My sources record what bodies decided, not what individual countries or delegations said, "
                     "proposed or objected to, so I won't guess.")
ABSTAIN_ROLE = "My sources name the office, {role}, not the person who held it, so I won't guess a name."
ABSTAIN_MONEY = "My sources do not give costs, budgets or who paid, so I won't guess."
ABSTAIN_ATTENDED = ("My sources say who was invited or meant to take part, not who attended or how many, "
                    "so I won't guess.")
ABSTAIN_PRESENT = "My sources record who held an office in the past, not who holds it now, so I won't guess."
ABSTAIN_PERSON = "My sources do not name the person you ask about, so I won't guess a name."
ABSTAIN_EMPTY = "Ask me about the WSIS follow-up: a meeting, a resolution, a body or a UN document symbol."


_FACTS = {
    "when": "its date", "where": "where it took place", "chair": "who chaired it", "who": "who convened or issued it",
    "paragraph": "the paragraph number", "link": "a link to its text", "count": "that number",
    "duration": "how long", "participants": "who took part", "deadline": "a deadline", "which": "which document mandated it", "outcome": "its outcome document",
    "time": "the time of day", "step": "the date of that step, only the document's own date", "done": "what it decided, said or asked for",
    "plenary": "the number of the plenary meeting", "languages": "the languages it was issued in",
    "day": "the day",
}


def missing_fact_text(intent: str, record: dict[str, Any]) -> str:
    """An honest abstention: the record is known, the fact asked for is not in its sources."""
    if record.get("kind") == "qa":  # a curated answer's "name" is its question, no name to repeat
        return f"The sources in my knowledge base do not give {_FACTS.get(intent, 'that')}, so I won't guess."
    name = record.get("symbol") or record["name"]
    return (f"I know {name}, but the sources in my knowledge base do not give {_FACTS.get(intent, 'that')}, "
            "so I won't guess.")


def coarse_date_text(record: dict[str, Any], unit: str = "day") -> str:
    """An honest abstention: the day (or month) is asked, the sources date the thing only to a month or year."""
    name = record.get("symbol") or record["name"]
    when = record.get("when") or record.get("date")
    return (f"I know {name}, but the sources in my knowledge base date it only to {when}, not to the {unit}, "
            "so I won't guess.")


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _para(paragraph: str | None) -> str:
    if not paragraph:
        return ""
    plural = any(sep in paragraph for sep in ("-", "–", ",", " and "))
    return f", paragraph{'s' if plural else ''} {paragraph}"


def _doc(ref: dict[str, Any], paragraph: bool = True, dated: bool = False) -> str:
    title = f" ({ref['title']})" if ref.get("title") else ""
    date = f" of {ref['date']}" if dated and ref.get("date") else ""  # UN style: "resolution 68/302 of 31 July 2014"
    return f"{ref['symbol']}{title}{date}{_para(ref.get('paragraph')) if paragraph else ''}"


def _sentence(text: str | None) -> str:
    text = (text or "").strip()
    return text if not text or text.endswith((".", "!", "?", '"', "”")) else text + "."


_SENTENCE_BREAK = re.compile(r"(?<=[.;])\s+(?=[A-Z\d\"“(])")


def _sentences_naming(text: str | None, phrase: str) -> list[str]:
    """The sentences of `text` that name `phrase`: a document's date comes with what happened that day
    ("Adopted without a vote on 28 July 2006 (43rd plenary meeting)")."""
    return [_sentence(s) for s in _SENTENCE_BREAK.split(" ".join((text or "").split())) if phrase in s]


def meeting_answer(intent: str, r: dict[str, Any]) -> str:
    """A meeting's fact for the intent, falling back to what it was when that fact is unknown."""
    name = _the(r["name"])
    when = r.get("when")
    full_day = len(str(r.get("start") or "")) == 10  # "2012-05-18"; "2006-07" is only a month
    on = (" " if not r.get("one_day") else " on " if full_day else " in ") + when if when else ""
    place = f" in {r['place']}" if r.get("place") else ""
    venue = f" ({r['venue']})" if r.get("venue") else ""
    if intent == "when" and when:
        return f"{name} was held{on}{place}."
    if intent == "duration" and when:  # "how long did it last?": one day, or the span of days
        return f"{name} was a one-day meeting, held{on}{place}." if r.get("one_day") and full_day else \
            f"{name} was held{on}{place}."
    if intent == "where" and (r.get("place") or r.get("venue")):
        return f"{name} was held{place}{venue}" + (f" ({when})." if when else ".")
    if intent == "chair" and r.get("chair"):
        return f"{name} was chaired by {r['chair']}."
    if intent in ("who", "chair") and (r.get("convened_by") or r.get("chair")):
        parts = [f"{name} was convened by {_join(r['convened_by'])}" if r.get("convened_by") else name]
        if r.get("chair") and r["chair"].lower().removeprefix("the ") not in " ".join(r.get("convened_by", [])).lower():
            parts.append(f"chaired by {r['chair']}")
        return ", ".join(parts) + f"{on}."
    if intent == "which" and r.get("mandated_by"):
        return f"{name} was mandated by {_join([_doc(d, dated=True) for d in r['mandated_by']])}."
    if intent in ("outcome", "link") and r.get("outcome_documents"):
        text = f"The outcome of {_lower_first(r['name'])} is in {_join([_doc(d) for d in r['outcome_documents']])}."
        links = [f"{d['symbol']} is available at {d['url']}." for d in r["outcome_documents"] if d.get("url")]
        return " ".join([text, *links]) if intent == "link" else text  # "got a link to the chair's CRP?"
    lines = [f"{name}{' was held' + on if when else ''}{place}{venue}."]
    if r.get("summary"):
        lines.append(_sentence(r["summary"]))
    if r.get("convened_by"):
        lines.append(f"Convened by {_join(r['convened_by'])}.")
    if r.get("mandated_by"):
        lines.append(f"Mandated by {_join([_doc(d) for d in r['mandated_by']])}.")
    if r.get("part_of"):
        lines.append(f"Part of: {r['part_of']}.")
    if r.get("outcome_documents"):
        lines.append(f"Outcome: {_join([_doc(d) for d in r['outcome_documents']])}.")
    return " ".join(lines)


def _kind(r: dict[str, Any]) -> str:
    """What kind of document it is, as users say it: "conference room paper", "resolution"."""
    kind = str(r.get("doc_kind") or "document")
    return "document" if kind == "other" else kind.replace("-", " ")


def document_answer(intent: str, r: dict[str, Any]) -> str:
    """A document's fact for the intent; otherwise what it is and what it asks."""
    head = f"{r['symbol']} ({r['title']})"
    if intent == "link":
        return f"{head} is available at {r['url']}."
    if intent == "when" and r.get("date"):  # with how it was adopted that day, when the summary says
        return " ".join([f"{head} is dated {r['date']}.", *_sentences_naming(r.get("summary"), r["date"])])
    if intent == "who" and r.get("bodies"):
        # "who prepared / who wrote it" is often answered in the summary (prepared by the UNCTAD secretariat)
        kind = _kind(r)
        return f"{head} is {'an' if kind[:1] in 'aeiou' else 'a'} {kind} of {_join(r['bodies'])}" + (
            f", dated {r['date']}." if r.get("date") else ".") + (f" {_sentence(r['summary'])}" if r.get("summary") else "")
    lines = [f"{head}: {_kind(r)}" + (f" of {_join(r['bodies'])}" if r.get("bodies") else "")
             + (f", dated {r['date']}." if r.get("date") else ".")]
    if r.get("summary"):
        lines.append(_sentence(r["summary"]))
    for mandate in r.get("mandates", [])[:3]:
        to = _join(mandate["to"]) or "its addressees"
        lines.append(f"It asks {to} to {_sentence(mandate['action'])}"[:-1] + f"{_para(mandate.get('paragraph'))}.")
    if r.get("agenda_items"):
        lines.append(f"Agenda: {'; '.join(r['agenda_items'])}.")
    return " ".join(lines)


def mandate_answer(intent: str, r: dict[str, Any]) -> str:
    """Who asked whom to do what, and where: the document and paragraph always come with it."""
    doc = r["document"]
    source = _doc(doc)
    asked = "decided" if r["by"] == r["to"] else f"asked {_join(r['to'])}"  # not "the GA asked the GA"
    who = f"{_join(r['by'])} {asked} to {r['action'].rstrip('.')}"
    if intent == "which":  # with its date: "which resolution ..., and when?" is asked often
        dated = f", of {doc['date']}" if doc.get("date") else ""
        text = f"{source}{dated}: {who}."
    elif intent == "when" and (r.get("date") or doc.get("date")):
        text = f"{who}, in {source}, dated {r.get('date') or doc.get('date')}."
    else:  # UN style, the document with its date: "in A/RES/79/277 (...) of 25 March 2025"
        text = f"{who}, in {_doc(doc, dated=True)}."
    if r.get("summary") and intent != "which":
        text += " " + _sentence(r["summary"])
    done = [f"{f['name']} ({f['when']})" if f.get("when") and not str(f.get("name", "")).endswith(f"({f['when']})")
            else (f.get("name") or f.get("symbol", "")) for f in r.get("fulfilled_by", [])]  # not "(2006) (2006)"
    if done:
        text += f" Carried out by: {_join(done)}."
    return text


def body_answer(intent: str, r: dict[str, Any]) -> str:
    """What a body is."""
    name = f"{r['name']} ({r['abbreviation']})" if r.get("abbreviation") else r["name"]
    text = f"{name}: {_sentence(r['summary'])}" if r.get("summary") else f"{name}."
    if r.get("parent"):
        text += f" It reports to or is part of {r['parent']}."
    return text


def with_the_rest(text: str, record: dict[str, Any]) -> str:
    """An answer to one of several things asked, followed by the rest of what the record says (its
    first sentence, which names it again, left out): the other things asked are often in it."""
    if record["kind"] in ("qa", "body"):
        return text
    rest = _SENTENCE_BREAK.split(" ".join(_answer_text("what", record).split()))[1:]
    return " ".join([text, *(s for s in rest if s not in text)])


def answer_text(intent: str, record: dict[str, Any]) -> str:
    """The sentence that answers `intent` from `record`, starting with a capital."""
    text = _answer_text(intent, record)
    return text[:1].upper() + text[1:]


def _answer_text(intent: str, record: dict[str, Any]) -> str:
    kind = record["kind"]
    if kind == "qa":  # the curated question says what the answer is about ("It sets out ...")
        return str(record["answer"]) if record.get("gap") else f"{record['question']}\n{record['answer']}"
    if kind == "meeting":
        return meeting_answer(intent, record)
    if kind == "document":
        return document_answer(intent, record)
    if kind == "mandate":
        return mandate_answer(intent, record)
    return body_answer(intent, record)


def suggestion_for(record: dict[str, Any]) -> str:
    """A question this record answers, offered as a "did you mean" choice."""
    kind = record["kind"]
    if kind == "qa":
        return str(record["question"])
    if kind == "meeting":
        return f"When was the {_lower_first(record['name'])}?"
    if kind == "document":
        return f"What is {record['symbol']}?"
    if kind == "mandate":
        return f"Which document mandated: {_lower_first(record['name'])}?"
    return f"What is the {_lower_first(record['name'])}?" if not record["name"].startswith("the ") else \
        f"What is {record['name']}?"


def _the(name: str) -> str:
    """'Fifteenth session of the CSTD' -> 'The fifteenth session of the CSTD', 'Second Committee
    meeting' -> 'The Second Committee meeting'; names ('IGF 2012', 'Geneva phase') stay as they are."""
    first = name.split(" ", 1)[0]
    return f"The {_lower_first(name)}" if first[:1].isupper() and first.lower() in _COMMON_LEADS else name


def _lower_first(text: str) -> str:
    """'Fifteenth session ...' -> 'fifteenth session ...' but keeps 'IGF', 'Geneva', and a lead that
    starts a proper name ('Second Committee', 'Working Group on ...')."""
    first, _, rest = text.partition(" ")
    if first[:1].isupper() and first[1:].islower() and first.lower() in _COMMON_LEADS and not rest[:1].isupper():
        return text[0].lower() + text[1:]
    return text


_COMMON_LEADS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth additional open one-day informal annual "
    "inaugural high-level meeting session consultation consultations report convening the working".split()
)


# --- terminal -----------------------------------------------------------------------------------


def format_answer(result: AskResult) -> str:
    """An answer for a terminal: the text, then numbered sources; or the abstention and choices."""
    lines = [result.answer]
    if result.answered:
        lines.append("")
        lines.append("Sources:")
        for i, c in enumerate(result.citations, 1):
            para = f", para. {c.paragraph}" if c.paragraph else ""
            title = f" — {c.title}" if c.title else ""
            lines.append(f"  [{i}] {c.symbol}{para}{title}")
            lines.append(f"      {c.url}")
    if result.suggestions:
        lines.append("")
        lines.append("Did you mean:")
        lines.extend(f"  - {s}" for s in result.suggestions)
    return "\n".join(lines)


def format_symbol(result: SymbolResult) -> str:
    """A document card for a terminal, or "not found" with the closest symbols."""
    if not result.found:
        lines = [result.error or f"No document with the symbol {result.query!r} in the knowledge base."]
        if result.suggestions:
            lines.append("Closest known symbols: " + ", ".join(result.suggestions))
        return "\n".join(lines)
    rows = [
        ("Symbol", " = ".join(result.symbols) if len(result.symbols) > 1 else (result.symbol or "")),
        ("Title", result.title),
        ("Kind", result.kind.replace("-", " ")),
        ("Date", result.date),
        ("Body", ", ".join(result.bodies)),
        ("Session", result.session),
        ("Agenda", "; ".join(result.agenda_items)),
        ("Link", result.url),
        ("Related", ", ".join(result.related)),
        ("Summary", result.summary),
    ]
    return "\n".join(f"{label + ':':<9} {value}" for label, value in rows if value)
