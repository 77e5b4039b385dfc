"""PracticeSession: the trainee codes what a synthetic patient says, question by question (no I/O, no UI).

A UI (plain mode, the TUI) shows `opening()`, then for each line the trainee types calls
`code(text)` and shows the feedback (`prompt()` gives the current question and the patient's words
again at any moment, e.g. to redraw a screen): the engine's reply (acknowledgement, re-prompt, help, the next
question) and, when a new question is asked, what the patient says to it. Every reply's events are
the same as a live interview's, so the caller can store them as a session. At the end, `results()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview.engine import Conversation, Reply
from interview.engine.prompts import prompt_text
from interview.events import QuestionAsked
from interview.mapping.read_backs import READ_BACKS
from interview.practice.case import PracticeCase, practice_label
from interview.practice.expert import ExpertRun, play_expert
from interview.practice.results import PracticeResults, build_results
from interview.script.model import Script

OFF_PATH = (
    "(The patient has nothing to add: the expert's path does not ask this question, so an earlier "
    "coding of yours differs from the expert's. Code it as you judge.)"
)


@dataclass(frozen=True)
class Feedback:
    """What to show after a turn."""

    reply: Reply
    """The engine's reply: its events (to store first) and its messages."""
    key: str | None
    """The question now waiting for a coding (None when the practice is finished)."""
    patient_says: str | None
    """The patient's words for a newly asked question; None when no new question was asked."""
    off_path: bool = False
    """A new question the case has no words for: the trainee's path left the expert's (see OFF_PATH)."""


@dataclass(frozen=True)
class Prompt:
    """The question waiting for a coding, as a UI redraws it at any moment."""

    key: str
    text: str
    """The question as the engine words it (options or scale included)."""
    patient_says: str | None
    """The patient's words; None when the case has none (the trainee left the expert's path)."""


class PracticeSession:
    """One trainee's attempt at one case."""

    def __init__(self, case: PracticeCase, script: Script, patient_label: str = "") -> None:
        self.case = case
        self.script = script
        self.expert: ExpertRun = play_expert(case, script)  # a broken case fails here, before any question
        self.conversation, self._first = Conversation.start(
            script,
            patient_label or practice_label(case.id),
            today=lambda: case.interview_date,
            read_backs=READ_BACKS,
        )

    @property
    def finished(self) -> bool:
        """Whether every question on the trainee's path has a coding."""
        return self.conversation.finished

    def opening(self) -> Feedback:
        """The first reply (session start and first question) with the patient's first words."""
        return self._feedback(self._first)

    def prompt(self) -> Prompt | None:
        """The current question and what the patient says to it (None when finished)."""
        slot = self.conversation.current
        if slot is None:
            return None
        return Prompt(
            slot.key,
            prompt_text(self.conversation.book, slot, self.conversation.read_backs),
            self.says(slot.key),
        )

    def says(self, key: str | None) -> str | None:
        """What the patient says to a question (None when the case has no words for it)."""
        answer = self.case.answer(key) if key is not None else None
        return answer.says if answer is not None else None

    def code(self, text: str) -> Feedback:
        """Take the trainee's line: a coding, or a command (back, skip, why, help, review, edit N...)."""
        return self._feedback(self.conversation.handle(text))

    def results(self) -> PracticeResults:
        """Agreement with the expert, every disagreement, and both stagings (also before the end)."""
        return build_results(self.case, self.script, self.expert.conversation, self.conversation)

    def _feedback(self, reply: Reply) -> Feedback:
        slot = self.conversation.current
        key = slot.key if slot is not None else None
        asked = any(isinstance(event, QuestionAsked) for event in reply.events)
        says = self.says(key) if asked else None
        return Feedback(reply, key, says, off_path=asked and key is not None and says is None)
