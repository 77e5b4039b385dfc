"""The outcome of one stored session: its record, staging, macro-analysis and alerts, from its events.

Everything is derived by replaying the session's event log with the exact script it ran; nothing
is stored twice. Reports, the TUI, exports and the end of a plain-mode interview all read a session
through `load_outcome` (`replayed_conversation` when only the conversation is needed, to resume it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from interview.engine import Conversation
from interview.events import Event
from interview.macro_analysis import MacroAnalysis, analyze
from interview.mapping import MappingError, build_record
from interview.mapping.read_backs import READ_BACKS
from interview.record import ClinicalRecord
from interview.report import ReportInput, SessionInfo
from interview.report.alerts import Alert, alerts_from_screen, alerts_from_session
from interview.report.notes import notes_from_events
from interview.report.risk_mentions import risk_mentions
from interview.safety.state import AlertState
from interview.script import Script, ScriptError, load_script_text
from interview.staging import StagingReport, stage
from interview.storage import SessionStore
from interview.storage.sessions import SessionSummary


class OutcomeError(Exception):
    """A session's outcome cannot be derived; the message names the session and the reason."""


@dataclass(frozen=True)
class SessionOutcome:
    """What one session produced, derived from its events.

    Attributes:
        summary: The session as listed (id, patient label, script, status, times).
        script: The exact script the session ran (stored with the session).
        conversation: The conversation replayed from the event log (answers, state, events applied).
        record: The ClinicalRecord built from the answers (interview.mapping.build_record).
        staging: Every staging method applied to the record.
        macro: The macro-analysis of the record, with the decisions made in the interview.
        alerts: Safety alerts, highest first; empty when the screen raised none.
        events: The session's stored events, as replayed.
    """

    summary: SessionSummary
    script: Script
    conversation: Conversation
    record: ClinicalRecord
    staging: StagingReport
    macro: MacroAnalysis
    alerts: list[Alert]
    events: list[Event]

    @property
    def session_id(self) -> str:
        """The full session id."""
        return self.summary.id

    @property
    def finished(self) -> bool:
        """Whether the interview reached its end (an unfinished one gives a partial record)."""
        return self.conversation.finished


def load_outcome(
    store: SessionStore, session_ref: str, scripts: dict[str, Script] | None = None
) -> SessionOutcome:
    """Replay a session (by id or unique id prefix) and derive its record, staging, macro and alerts.

    Works for finished and unfinished sessions alike; questions not reached yet are simply absent
    from the record (Missing, skipped). A caller loading many sessions passes `scripts` (see
    `stored_script`) so each distinct stored script is parsed once.

    Raises:
        UnknownSession: no session, or several, match `session_ref`.
        OutcomeError: the stored script no longer loads, or an answer does not fit the record
            (the message names the question and the record field).
    """
    session_id = store.resolve(session_ref)
    summary = store.summary(session_id)
    try:
        script = stored_script(store, session_id, {} if scripts is None else scripts)
    except ScriptError as error:
        raise OutcomeError(f"session {session_id}: its stored script does not load: {error}") from None
    events = store.events(session_id)
    conversation = Conversation.replay(script, events, read_backs=READ_BACKS)
    try:
        record = build_record(script, conversation, case_label=conversation.patient_label or None)
    except MappingError as error:
        raise OutcomeError(f"session {session_id}: {error}") from None
    # the replay has already applied the safety events: its log is the session's alert state
    state = AlertState(tuple(conversation.safety.alerts), conversation.safety.screened_level)
    record = with_safety_state(record, state)
    staging = stage(record)
    alerts = alerts_from_session(conversation.alerts) or alerts_from_screen(record)
    return SessionOutcome(summary, script, conversation, record, staging, analyze(record), alerts, events)


def stored_script(store: SessionStore, session_id: str, parsed: dict[str, Script]) -> Script:
    """The exact script a session ran; `parsed` keeps scripts by source text (the YAML parse of the
    assessment script takes ~250 ms). Raises ScriptError when the stored text does not load."""
    source = store.script_source(session_id)
    if source not in parsed:
        parsed[source] = load_script_text(source, f"<session {session_id}>").script
    return parsed[source]


def replayed_conversation(store: SessionStore, session_id: str) -> Conversation:
    """The session's conversation rebuilt from the script text it started with and its stored events."""
    script = stored_script(store, session_id, {})
    return Conversation.replay(script, store.events(session_id), read_backs=READ_BACKS)


def with_safety_state(record: ClinicalRecord, state: AlertState) -> ClinicalRecord:
    """The record with the triage level the interview reached and when its alert was acknowledged."""
    if state.level is None:
        return record
    update: dict[str, object] = {"triage_level": state.level}
    if state.acknowledged_at is not None:
        update["acknowledged_at"] = datetime.fromisoformat(state.acknowledged_at)
    return record.model_copy(update={"safety": record.safety.model_copy(update=update)})


def outcome_report_input(outcome: SessionOutcome) -> ReportInput:
    """What the report package renders for a stored session (the command and the TUI both use it)."""
    s = outcome.summary
    info = SessionInfo(
        session_id=s.id,
        patient_label=s.patient_label,
        script=f"{s.script_id} version {s.script_version}",
        started_at=s.started_at,
        status=s.status,
    )
    return ReportInput(
        record=outcome.record,
        staging=outcome.staging,
        macro=outcome.macro,
        alerts=outcome.alerts,
        session=info,
        risk_mentions=risk_mentions(outcome.events),
        notes=notes_from_events(outcome.events),
    )
