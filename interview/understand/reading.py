"""What one answer to one question is understood as, without an interview: for `interview try`."""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field
from typing import Literal

from interview.engine.answers import AnswerBook
from interview.engine.interpret import interpret, missing_answer
from interview.engine.slots import ANOTHER, Slot
from interview.engine.understanding import Understood
from interview.engine.understanding.text import MAX_ANSWER_LENGTH
from interview.mapping.read_backs import READ_BACKS
from interview.script.model import Script
from interview.script.questions import QuestionBase
from interview.understand.cues import scan_for_risk

Outcome = Literal["understood", "confirm", "missing", "reprompt"]

ANOTHER_ID = "another"
"""The question id that names the implicit "is there another one?" yes/no of a repeat group."""


class UnknownQuestion(LookupError):
    """The script has no question with this id."""


@dataclass(frozen=True)
class Reading:
    """An answer as the interview would take it (the JSON `interview try` prints).

    Attributes:
        question: The question id.
        kind: The question kind ("yes_no", "dose", ...).
        text: The answer as typed.
        outcome: "understood" (recorded at once), "confirm" (recorded only after a yes to `confirm`),
            "missing" (don't know, prefer not to say, skipped), or "reprompt" (asked again).
        value: The value recorded (after confirmation, for "confirm"); None otherwise.
        display: How the value reads back.
        approximate: Whether the value was not literal (read back under the answer).
        confirm: The one short question asked before recording, e.g. "Did you mean sertraline?".
        notes: What is kept beside the value, e.g. a qualifier ("sometimes").
        missing: The missing reason, for "missing".
        message: The re-prompt, for "reprompt".
        cues: Risk phrases found in the line.
        denials: Denials of risk found in the line.
    """

    question: str
    kind: str
    text: str
    outcome: Outcome
    value: object = None
    display: str = ""
    approximate: bool = False
    confirm: str | None = None
    notes: list[str] = field(default_factory=list)
    missing: str | None = None
    message: str | None = None
    cues: list[dict[str, object]] = field(default_factory=list)
    denials: list[dict[str, object]] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        """The reading as a JSON-ready dict."""
        return asdict(self)


def understand_answer(
    script: Script, question_id: str, text: str, today: datetime.date | None = None
) -> Reading:
    """How `text`, typed as the answer to `question_id` of `script`, is understood.

    Args:
        script: A loaded script.
        question_id: A question of the script, or "another" for a repeat group's "another one?".
        text: The answer as typed.
        today: The interview's date, for answers such as "since March" (default: today).

    Raises:
        UnknownQuestion: the script has no such question.
    """
    question, slot = _question(script, question_id)
    scan = scan_for_risk(text)
    base = {
        "question": question_id,
        "kind": "yes_no" if question is None else str(getattr(question, "type", "")),
        "text": text,
        "cues": scan.cues,
        "denials": scan.denials,
    }
    missing = missing_answer(question, text[:MAX_ANSWER_LENGTH])
    if missing is not None and question is not None and _allowed(question, missing.value):
        return Reading(**base, outcome="missing", missing=missing.value)  # type: ignore[arg-type]
    book = AnswerBook(script)
    understood = interpret(question, text, today or datetime.date.today(), (book, slot), READ_BACKS)
    if not isinstance(understood, Understood):
        return Reading(**base, outcome="reprompt", message=understood.message)  # type: ignore[arg-type]
    return Reading(
        **base,  # type: ignore[arg-type]
        outcome="confirm" if understood.confirm else "understood",
        value=understood.value,
        display=understood.display,
        approximate=understood.approximate,
        confirm=understood.confirm,
        notes=list(understood.notes),
    )


def _question(script: Script, question_id: str) -> tuple[QuestionBase | None, Slot]:
    """The question and a slot where it is asked (the first item, for a question of a repeat group)."""
    if question_id == ANOTHER_ID:
        return None, Slot(ANOTHER, "", 0)
    placement = script.index.placements.get(question_id)
    if placement is None:
        known = ", ".join(sorted(script.index.placements)[:5])
        raise UnknownQuestion(
            f"{script.id} has no question '{question_id}' (its questions include {known}...)"
        )
    group = placement.group.id if placement.group is not None else None
    return placement.question, Slot(question_id, group, 0 if group else None)


def _allowed(question: QuestionBase, reason: str) -> bool:
    return {
        "dont_know": question.allow_dont_know,
        "declined": question.allow_decline,
        "skipped": not question.required,
    }.get(reason, False)
