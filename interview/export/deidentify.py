"""One session made anonymous: keyed ids, identifying answers withdrawn, free text anonymized, dates moved."""

from __future__ import annotations

from datetime import date
from typing import Any

from interview.engine.slots import Slot
from interview.events import AnswerRecorded, Event, InputReceived
from interview.export.anonymizer import Anonymizer, Settings
from interview.export.dates import DateMode, DateTransform, cap_age
from interview.export.keys import Pseudonyms
from interview.export.session import ExportSession, identifying_ids
from interview.script.model import iter_questions

_TEXT_FIELDS = ("text", "prompt", "display", "message")
_CODED = {"yes_no", "single_choice", "multiple_choice", "rating"}
"""Question kinds whose recorded answers are script options, safe to export as they are."""
_DROPPED = ("script_path",)
"""Event fields that are never exported anonymized (a file path can hold a user name)."""


def known_identifiers(session: ExportSession) -> list[str]:
    """The patient label and every answer to a question the script marks as identifying."""
    identifying = identifying_ids(session.script)
    found = [session.patient_label] if session.patient_label else []
    for event in session.events:
        if isinstance(event, InputReceived | AnswerRecorded) and Slot.from_key(event.key).qid in identifying:
            found += [event.text] if isinstance(event, InputReceived) else [event.display, str(event.value)]
    return [value for value in found if value.strip()]


class SessionScrubber:
    """Turns one session's events, record and staging into their anonymized form."""

    def __init__(
        self, session: ExportSession, pseudonyms: Pseudonyms, mode: DateMode, enums: set[str]
    ) -> None:
        self.session = session
        self.identifying = identifying_ids(session.script)
        known = known_identifiers(session)
        self.anonymizer = Anonymizer(known=known)
        # staging text is written by the program, not typed: only the known identifiers are looked for
        self.known_only = Anonymizer(known=known, settings=Settings(patterns=False, words=False))
        asked = [question for question, _, _ in iter_questions(session.script)]
        self.templates = {question.id: question.text.strip() for question in asked}
        self.kinds = {question.id: str(getattr(question, "type", "")) for question in asked}
        self.patient = pseudonyms.patient(session.patient_label or session.id)
        self.session_id = pseudonyms.session(session.id)
        start = date.fromisoformat(session.started_at[:10])
        shift = pseudonyms.date_shift_days(session.patient_label or session.id)
        self.dates = DateTransform(mode, shift, start)
        self.enums = enums

    def event(self, event: Event) -> dict[str, Any]:
        """An event as a JSON object, its texts anonymized and identifying answers withdrawn."""
        data = event.model_dump(mode="json")
        for name in _DROPPED:
            data.pop(name, None)
        if "patient_label" in data:
            data["patient_label"] = self.patient
        data["at"] = self.dates.apply(data["at"])
        if "key" in data and Slot.from_key(data["key"]).qid in self.identifying:
            for name in ("text", "display", "value"):
                if name in data:
                    data[name] = "[KNOWN]"
            return data
        if data["kind"] == "answer_recorded" and self.kinds.get(Slot.from_key(data["key"]).qid) in _CODED:
            return data  # option codes and labels come from the script, not from what was typed
        if data["kind"] == "question_asked":
            # the script's wording, not the prompt as shown: a prompt can quote earlier answers
            qid = Slot.from_key(data["key"]).qid
            data["prompt"] = self.templates.get(qid) or self.anonymizer.anonymize(data["prompt"])
            return data
        for name in _TEXT_FIELDS:
            if isinstance(data.get(name), str):
                data[name] = self.anonymizer.anonymize(data[name])
        if "value" in data:
            data["value"] = self.value(data["value"], "value")
        return data

    def value(self, value: Any, path: str, typed: bool = True) -> Any:
        """A record or answer value made anonymous, whatever its nesting; `typed`: text people entered."""
        if isinstance(value, dict):
            return {key: self.value(item, key, typed) for key, item in value.items()}
        if isinstance(value, list):
            return [self.value(item, path, typed) for item in value]
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int | float):
            return cap_age(value) if _is_age(path) else value
        if not isinstance(value, str):
            return value
        if path == "case_label":
            return self.patient
        moved = self.dates.apply(value)
        if moved != value or value in self.enums:
            return moved
        return (self.anonymizer if typed else self.known_only).anonymize(value)

    def moment(self, value: str) -> str:
        """A date or time of this session, moved by the date rule."""
        return self.dates.apply(value)

    def record(self) -> dict[str, Any] | None:
        """The record as JSON, anonymized; None when the session has none."""
        if self.session.record is None:
            return None
        result: dict[str, Any] = self.value(self.session.record.model_dump(mode="json"), "")
        return result

    def staging(self) -> dict[str, Any] | None:
        """The staging report as JSON, anonymized (its case label and any quoted text)."""
        if self.session.staging is None:
            return None
        result: dict[str, Any] = self.value(self.session.staging.model_dump(mode="json"), "", typed=False)
        return result


def _is_age(path: str) -> bool:
    return path == "age" or path.endswith("_age") or path.startswith("age_")


class Identified:
    """The same interface as SessionScrubber, changing nothing: for exports made with --identified."""

    def __init__(self, session: ExportSession) -> None:
        self.session = session
        self.patient = session.patient_label
        self.session_id = session.id

    def event(self, event: Event) -> dict[str, Any]:
        return event.model_dump(mode="json")

    def moment(self, value: str) -> str:
        return value

    def record(self) -> dict[str, Any] | None:
        return None if self.session.record is None else self.session.record.model_dump(mode="json")

    def staging(self) -> dict[str, Any] | None:
        return None if self.session.staging is None else self.session.staging.model_dump(mode="json")
