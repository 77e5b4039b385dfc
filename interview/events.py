"""What happened in an interview, as small past-tense events: the log that every state is derived from."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from interview.record.missing import MissingReason
from interview.record.safety import TriageLevel


def now_utc() -> str:
    """The current time as an ISO 8601 string in UTC (the only clock the engine reads)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class _Event(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    at: str = Field(default_factory=now_utc)


class SessionStarted(_Event):
    """A new interview began with this exact script."""

    kind: Literal["session_started"] = "session_started"
    script_id: str
    script_version: str
    script_digest: str
    patient_label: str
    script_path: str = ""
    """Where the script file was read from, to notice later changes to it."""


class QuestionAsked(_Event):
    """A question was put on screen."""

    kind: Literal["question_asked"] = "question_asked"
    key: str
    prompt: str


class ItemsListed(_Event):
    """An items_from group was reached: the entries it goes through, fixed here so that a later
    change to an earlier answer cannot renumber them (a change only appends new entries)."""

    kind: Literal["items_listed"] = "items_listed"
    key: str
    """The repeat group's id."""
    items: list[tuple[str, str]]
    """(id, words) of each entry: a problem-area id or 'from>to' link, and how it is read out."""


class InputReceived(_Event):
    """Exactly what was typed, before any interpretation: nothing typed is ever lost."""

    kind: Literal["input_received"] = "input_received"
    key: str
    text: str


class AnswerRecorded(_Event):
    """An answer was understood and accepted."""

    kind: Literal["answer_recorded"] = "answer_recorded"
    key: str
    value: Any
    display: str
    approximate: bool = False
    source: Literal["", "session_label"] = ""
    """Where the answer came from when nobody typed it: "session_label" for the record's label
    question answered from the session's label (`interview run --patient`); "" when typed."""


class AnswerMissing(_Event):
    """The question was answered with a reason for having no value (don't know, declined, skipped)."""

    kind: Literal["answer_missing"] = "answer_missing"
    key: str
    reason: MissingReason


class AnswerRejected(_Event):
    """The input could not be understood as an answer; the person was told what is expected."""

    kind: Literal["answer_rejected"] = "answer_rejected"
    key: str
    message: str


class AnswerProposed(_Event):
    """An answer understood only approximately, put back to the person before it is recorded.

    "zolfot" is proposed as Zoloft with "Did you mean Zoloft (sertraline)?"; a yes records it
    (AnswerRecorded), a no asks the question again, anything else is taken as a new answer.
    """

    kind: Literal["answer_proposed"] = "answer_proposed"
    key: str
    value: Any
    display: str
    question: str
    """The short question asked, e.g. "Did you mean sertraline?"."""
    text: str
    """The words the proposal was understood from (for what they also answer once confirmed)."""
    notes: list[str] = Field(default_factory=list)


ANSWER_NOTE = "said with the answer: "
"""How a NoteAdded text starts when the note is what was said beside an answer ("yes, sometimes")."""


class NoteAdded(_Event):
    """The interviewer attached a note to a question, or an answer came with words beside its value."""

    kind: Literal["note_added"] = "note_added"
    key: str
    text: str


class Navigated(_Event):
    """The interviewer went back to, or chose to edit, an earlier question."""

    kind: Literal["navigated"] = "navigated"
    key: str
    command: Literal["back", "edit"]


class Paused(_Event):
    """The interview was paused; it can be resumed later at the same question."""

    kind: Literal["paused"] = "paused"


class Resumed(_Event):
    """A paused or interrupted interview was picked up again."""

    kind: Literal["resumed"] = "resumed"


class Finished(_Event):
    """Every applicable question has an answer."""

    kind: Literal["finished"] = "finished"


class RiskCueNoticed(_Event):
    """A risk statement ("better off dead") was found in what was typed (clinical-rules §14)."""

    kind: Literal["risk_cue_noticed"] = "risk_cue_noticed"
    key: str
    phrase: str
    """The words as understood (lower case, typos corrected)."""
    matched: str
    """The words as typed."""
    category: str = ""
    """ideation, intent, plan, preparation, attempt, self_harm, passive or third_party ("" in events
    stored before categories existed)."""


class RiskDenied(_Event):
    """A risk statement was denied ("denies SI", "I'm not suicidal"): shown to the clinician, no screener."""

    kind: Literal["risk_denied"] = "risk_denied"
    key: str
    matched: str
    """The statement denied, as typed."""
    negation: str
    """The words that deny it, as typed ("denies")."""
    category: str
    """What was denied: ideation, intent, plan, preparation, attempt, self_harm or passive."""


class ScreenerStarted(_Event):
    """The safety screen was started out of turn; its earlier answers are set aside (kept here)."""

    kind: Literal["screener_started"] = "screener_started"
    reason: str
    """What started it: a trigger condition or a risk phrase."""
    resume_key: str
    """The question to return to afterwards ("" to go on in script order)."""


class ScreenerCompleted(_Event):
    """Every applicable screener question has an answer; the triage level was computed."""

    kind: Literal["screener_completed"] = "screener_completed"
    level: TriageLevel
    endorsed: list[str]
    unresolved: list[str] = Field(default_factory=list)


class AlertRaised(_Event):
    """A positive screen raised a safety alert: exactly what was shown, so replay shows the same."""

    kind: Literal["alert_raised"] = "alert_raised"
    level: TriageLevel
    endorsed: list[str]
    unresolved: list[str] = Field(default_factory=list)
    actions: list[str]
    contacts: list[str]
    reason: str


class AlertAcknowledged(_Event):
    """The interviewer acknowledged the alert (its `at` is when)."""

    kind: Literal["alert_acknowledged"] = "alert_acknowledged"
    level: TriageLevel


class ContinuationDecided(_Event):
    """After a safety alert: whether the interview goes on, and who said so (clinical-rules §14).

    At low the person is asked whether they agree to go on; at moderate and high, once the alert is
    acknowledged, the interviewer is offered to end the session."""

    kind: Literal["continuation_decided"] = "continuation_decided"
    level: TriageLevel
    go_on: bool
    decided_by: Literal["interviewer", "person"]


class SessionEnded(_Event):
    """The interview was ended before its last question, on a decision after a safety alert.

    Everything answered is kept; the session is not resumed (the high level's guidance)."""

    kind: Literal["session_ended"] = "session_ended"
    reason: str


Event = Annotated[
    SessionStarted
    | QuestionAsked
    | ItemsListed
    | InputReceived
    | AnswerRecorded
    | AnswerMissing
    | AnswerRejected
    | AnswerProposed
    | NoteAdded
    | Navigated
    | Paused
    | Resumed
    | Finished
    | RiskCueNoticed
    | RiskDenied
    | ScreenerStarted
    | ScreenerCompleted
    | AlertRaised
    | AlertAcknowledged
    | ContinuationDecided
    | SessionEnded,
    Field(discriminator="kind"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


def event_from_json(payload: str) -> Event:
    """Read one stored event back."""
    return EVENT_ADAPTER.validate_json(payload)


def event_to_json(event: Event) -> str:
    """The stored form of an event."""
    return event.model_dump_json()
