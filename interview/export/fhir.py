"""FHIR R4: a Questionnaire generated from each script, and one QuestionnaireResponse per session."""

from __future__ import annotations

import re
from typing import Any

from interview.engine.slots import Slot
from interview.script import Script
from interview.script.questions import MultipleChoice, QuestionBase, Repeat, SingleChoice

_ITEM_TYPES = {
    "yes_no": "boolean",
    "single_choice": "choice",
    "multiple_choice": "choice",
    "integer": "integer",
    "rating": "integer",
    "number": "decimal",
    "duration": "decimal",
    "dose": "decimal",
    "month_year": "date",
    "text": "text",
    # the links confirmed, removed and added: structured, so exported as its words ("add: a -> b")
    "link_review": "text",
    "read_back": "boolean",
    "repeat": "group",
}
"""The FHIR item type of every question kind (a test checks that each kind of the script model has one)."""
_UNITS = {"duration": "weeks", "dose": "mg/day"}
DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
_ABSENT = {
    "dont_know": "asked-unknown",
    "declined": "asked-declined",
    "skipped": "not-asked",
    "not_applicable": "not-applicable",
}
"""Missing reasons as data-absent-reason codes (http://terminology.hl7.org/CodeSystem/data-absent-reason)."""
BASE_URL = "urn:interview:questionnaire"


def questionnaire_id(script: Script) -> str:
    return re.sub(r"[^A-Za-z0-9.-]", "-", f"{script.id}-{script.version}")[:64]


def questionnaire_url(script: Script) -> str:
    return f"{BASE_URL}:{script.id}|{script.version}"


def questionnaire(script: Script) -> dict[str, Any]:
    """The script as a FHIR R4 Questionnaire (one group per section)."""
    return {
        "resourceType": "Questionnaire",
        "id": questionnaire_id(script),
        "url": f"{BASE_URL}:{script.id}",
        "version": script.version,
        "name": re.sub(r"\W", "_", script.id),
        "title": script.title,
        "status": "active",
        "item": [
            {
                "linkId": section.id,
                "text": section.title,
                "type": "group",
                "item": [_item(question) for question in section.questions],
            }
            for section in script.sections
        ],
    }


def _item(question: QuestionBase) -> dict[str, Any]:
    kind = str(getattr(question, "type", "text"))
    item: dict[str, Any] = {"linkId": question.id, "text": question.text.strip(), "type": _ITEM_TYPES[kind]}
    if kind in _UNITS:
        item["text"] += f" ({_UNITS[kind]})"
    if isinstance(question, SingleChoice | MultipleChoice):
        item["answerOption"] = [
            {"valueCoding": {"code": option.value, "display": option.label}} for option in question.options
        ]
        item["repeats"] = isinstance(question, MultipleChoice)
    if isinstance(question, Repeat):
        item["repeats"] = True
        item["item"] = [_item(inner) for inner in question.questions]
    return item


def questionnaire_response(
    script: Script, session_id: str, patient: str, authored: str, status: str, answers: dict[str, Any]
) -> dict[str, Any]:
    """A session's answers (already anonymized: key -> answer_recorded/answer_missing event) as a response."""
    items = []
    for section in script.sections:
        inner = [item for question in section.questions for item in _answered(question, answers)]
        if inner:
            items.append({"linkId": section.id, "item": inner})
    return {
        "resourceType": "QuestionnaireResponse",
        "id": re.sub(r"[^A-Za-z0-9.-]", "-", session_id)[:64],
        "questionnaire": questionnaire_url(script),
        "status": "completed" if status == "finished" else "in-progress",
        "subject": {"identifier": {"system": "urn:interview:patient", "value": patient}},
        "authored": authored,
        "item": items,
    }


def _answered(question: QuestionBase, answers: dict[str, Any], group: str = "", n: int = 0) -> list[Any]:
    if isinstance(question, Repeat):
        count = 1 + max(
            (s.item for k in answers if (s := Slot.from_key(k)).group == question.id and s.item is not None),
            default=-1,
        )
        instances = []
        for position in range(count):
            inner = [i for q in question.questions for i in _answered(q, answers, question.id, position)]
            if inner:
                instances.append({"linkId": question.id, "item": inner})
        return instances
    key = Slot(question.id, group or None, n if group else None).key
    event = answers.get(key)
    if event is None:
        return []
    item: dict[str, Any] = {"linkId": question.id}
    if event["kind"] == "answer_missing":
        item["extension"] = [
            {"url": DATA_ABSENT_REASON, "valueCode": _ABSENT.get(event["reason"], "unknown")}
        ]
        return [item]
    kind = str(getattr(question, "type", "text"))
    if kind == "link_review":  # a list of edits: one answer, the words the interview read them back in
        item["answer"] = [{"valueString": str(event.get("display") or "")}]
        return [item]
    values = event["value"] if isinstance(event["value"], list) else [event["value"]]
    item["answer"] = [_answer(kind, value, event) for value in values]
    return [item]


def _answer(kind: str, value: Any, event: dict[str, Any]) -> dict[str, Any]:
    if kind in ("yes_no", "read_back") and isinstance(value, bool):
        return {"valueBoolean": value}
    if kind in ("single_choice", "multiple_choice"):
        return {"valueCoding": {"code": str(value)}}
    if kind in ("integer", "rating") and isinstance(value, int) and not isinstance(value, bool):
        return {"valueInteger": value}
    if kind in ("number", "duration", "dose") and isinstance(value, int | float):
        return {"valueDecimal": value}
    if kind == "month_year" and isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value):
        return {"valueDate": value}
    return {"valueString": str(value if value is not None else event.get("display", ""))}
