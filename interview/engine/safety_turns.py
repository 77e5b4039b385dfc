"""The safety flow's turns (clinical-rules §14): risk cues, the screener out of turn, alerts, the halt.

A mixin of `Conversation`: it shares the conversation's state and emits through its `_emit`, so live
turns and replays take one path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from interview.engine.answers import AnswerBook
from interview.engine.reply import Reply
from interview.engine.screener import Screener
from interview.engine.session import InterviewSession
from interview.engine.slots import Slot
from interview.engine.understanding import Command, Understood, understand_yes_no
from interview.events import (
    AlertAcknowledged,
    AlertRaised,
    ContinuationDecided,
    Event,
    RiskCueNoticed,
    RiskDenied,
    ScreenerCompleted,
    ScreenerStarted,
    SessionEnded,
)
from interview.record.safety import TriageLevel
from interview.safety.alerts import RaisedAlert, SafetyLog
from interview.safety.contacts import CrisisContacts
from interview.safety.lexicon import default_lexicon
from interview.safety.scan import scan_risk
from interview.safety.triage import Triage, triage
from interview.safety.wording import ACKNOWLEDGE_HINT, ENDED_TEXT, decision_question, level_words

SCREEN_INTRO = (
    "Before we go on, I need to ask a few questions about safety; then we will come back to where we were."
)
_ALLOWED_WHILE_DECIDING = frozenset({"pause", "alert", "note", "why", "help", "review", "acknowledge"})
_GO_ON_WORDS = frozenset({"continue", "go on", "carry on", "resume", "proceed"})
_END_WORDS = frozenset({"end", "end session", "end the session", "end it here", "finish", "stop"})
NOTHING_ENDORSED = (
    "Safety screen complete: no screener item was answered yes. The screen is not a diagnosis; "
    "clinical judgement still applies."
)


@dataclass(frozen=True)
class Screening:
    """A safety screen started out of turn: why, and the question to come back to."""

    reason: str
    resume_key: str


class SafetyTurns:
    """The safety part of a conversation's turns; `Conversation` supplies the state and the moves."""

    book: AnswerBook
    session: InterviewSession
    screener: Screener
    safety: SafetyLog
    screening: Screening | None
    contacts: Callable[[], CrisisContacts]
    _continue_at: str
    _pending: str | None
    _shown_section: str | None
    _shown_item: tuple[str | None, int | None]

    @property
    def alerts(self) -> list[RaisedAlert]:
        """Every alert raised in this interview, oldest first, with its acknowledgement."""
        return list(self.safety.alerts)

    @property
    def halted(self) -> bool:
        """Whether the interview waits for the interviewer to acknowledge an alert."""
        return self.safety.halting is not None

    def _ready_scan(self) -> None:
        """Compile the risk lexicon now (~50 ms, once a process), not on the first line typed."""
        if self.screener.watches_cues:
            default_lexicon()

    @property
    def deciding(self) -> bool:
        """Whether the interview waits to hear, after an alert, if it goes on (clinical-rules §14)."""
        return self.safety.deciding is not None

    def _notice_cues(self, reply: Reply, slot: Slot | None, text: str) -> None:
        """Store every risk statement and denial typed; outside the screener, a risk statement (never a
        denial) starts it before the next question."""
        if not self.screener.watches_cues:
            return
        key = slot.key if slot else ""
        found = scan_risk(text)
        for denial in found.denials:
            self._emit(
                reply,
                RiskDenied(
                    key=key, matched=denial.matched, negation=denial.negation, category=denial.category
                ),
            )
        cues = found.cues
        for cue in cues:
            self._emit(
                reply, RiskCueNoticed(key=key, phrase=cue.phrase, matched=cue.matched, category=cue.category)
            )
        in_screen = self.screening is not None or (slot is not None and self.screener.holds(slot))
        if cues and not in_screen and self._pending is None:
            self._pending = f"the risk phrase '{cues[0].matched}'"

    def _start_screen(self, reply: Reply, resume_key: str) -> None:
        reason, self._pending = self._pending or "a safety check", None
        self._emit(reply, ScreenerStarted(reason=reason, resume_key=resume_key))
        first = self.screener.next_unanswered(self.book)
        if first is None:  # a screener whose questions do not apply: nothing to ask
            self._complete_screen(reply)
            return
        reply.say("info", SCREEN_INTRO)
        self.session.jump(first)
        self._ask(reply, first)

    def _complete_screen(self, reply: Reply) -> None:
        result = triage(self.screener.screen(self.book))
        screening, before = self.screening, self.safety.current
        reason = screening.reason if screening else "the safety questions in their place in the interview"
        self._emit(
            reply,
            ScreenerCompleted(
                level=result.level, endorsed=list(result.endorsed), unresolved=list(result.unresolved)
            ),
        )
        changed = before is None or (before.level, before.endorsed) != (result.level, result.endorsed)
        if result.level is not TriageLevel.NONE and (screening is not None or changed):
            self._raise(reply, result, reason)
        elif result.level is TriageLevel.NONE:
            reply.say("info", NOTHING_ENDORSED)
        if self.halted:
            reply.say("alert", ACKNOWLEDGE_HINT)
            return
        if self.deciding:
            self._ask_decision(reply)
            return
        self._continue(reply, self._continue_at)

    def _raise(self, reply: Reply, result: Triage, reason: str) -> None:
        alert = AlertRaised(
            level=result.level,
            endorsed=list(result.endorsed),
            unresolved=list(result.unresolved),
            actions=list(result.actions),
            contacts=self.contacts().text_lines(),
            reason=reason,
        )
        self._emit(reply, alert)
        for text in self.alerts[-1].messages:
            reply.say("alert", text)

    def _continue(self, reply: Reply, resume_key: str) -> None:
        """Back to the question the screen interrupted, or on in script order."""
        if not resume_key:
            self._advance(reply)
            return
        slot = Slot.from_key(resume_key)
        self.session.jump(slot)
        if self.book.applies(slot):
            self._shown_section, self._shown_item = None, (None, None)  # say where we are again
            self._ask(reply, slot)
        else:
            self._advance(reply)

    def _halted_turn(self, reply: Reply, command: Command | None) -> None:
        """While an alert waits: only acknowledge or pause; anything else shows the alert again."""
        if command is not None and command.name == "acknowledge":
            self._acknowledge_alert(reply)
            self._ask_decision(reply)
        elif command is not None and command.name == "pause":
            self._command(reply, command, self.current)
        else:
            self._say_halt(reply)

    def _ask_decision(self, reply: Reply) -> None:
        alert = self.safety.deciding
        if alert is not None:
            reply.say("prompt", decision_question(alert.level))

    def _decision_turn(self, reply: Reply, command: Command | None, text: str) -> None:
        """After an alert: go on or end the session. Meanwhile notes, pause and the commands that only
        show something work; answers and moves wait for the decision."""
        alert = self.safety.deciding
        if alert is None:
            return
        if command is not None and command.name in _ALLOWED_WHILE_DECIDING:
            self._command(reply, command, self.current)
            if command.name != "pause":
                self._ask_decision(reply)
            return
        go_on = _go_on(text)
        if go_on is None:
            reply.say("error", "Please answer the question about going on first.")
            self._ask_decision(reply)
            return
        decided_by = "person" if alert.level is TriageLevel.LOW else "interviewer"
        self._emit(reply, ContinuationDecided(level=alert.level, go_on=go_on, decided_by=decided_by))
        if go_on:
            self._continue(reply, self._continue_at)
            return
        self._emit(reply, SessionEnded(reason=f"safety alert ({alert.level.value}): {decided_by}'s decision"))
        reply.say("finished", ENDED_TEXT)

    def _say_halt(self, reply: Reply) -> None:
        alert = self.safety.halting
        if alert is not None:
            for text in alert.messages:
                reply.say("alert", text)
            reply.say("alert", ACKNOWLEDGE_HINT)

    def _acknowledge_alert(self, reply: Reply) -> None:
        alert = self.safety.current
        if alert is None or alert.acknowledged_at is not None:
            reply.say("info", "There is no safety alert waiting for acknowledgement.")
            return
        self._emit(reply, AlertAcknowledged(level=alert.level))
        when = (self.safety.current or alert).acknowledged_at or ""
        reply.say(
            "info",
            f"Safety alert ({level_words(alert.triage)}) acknowledged at {when[:16].replace('T', ' ')} UTC.",
        )

    def _show_alert(self, reply: Reply) -> None:
        alert = self.safety.current
        if alert is None:
            reply.say("info", "No safety alert has been raised in this interview.")
            return
        for text in alert.messages:
            reply.say("alert", text)

    def _say_waiting(self, reply: Reply) -> None:
        """On resume: the alert halt, or the question about going on, again."""
        if self.halted:
            self._say_halt(reply)
        else:
            self._ask_decision(reply)

    # --- supplied by Conversation ------------------------------------------------------------
    @property
    def current(self) -> Slot | None:
        """The question waiting for an answer."""
        raise NotImplementedError

    def _emit(self, reply: Reply, event: Event) -> None:
        raise NotImplementedError

    def _ask(self, reply: Reply, slot: Slot) -> None:
        raise NotImplementedError

    def _advance(self, reply: Reply) -> None:
        raise NotImplementedError

    def _command(self, reply: Reply, command: Command, slot: Slot | None) -> None:
        raise NotImplementedError


def _go_on(text: str) -> bool | None:
    """Yes/continue is True, no/end is False; anything else None (asked again)."""
    words = " ".join(text.lower().replace("'", " ").split()).strip(" .!")
    if words in _GO_ON_WORDS:
        return True
    if words in _END_WORDS:
        return False
    understood = understand_yes_no(text)
    return bool(understood.value) if isinstance(understood, Understood) else None
