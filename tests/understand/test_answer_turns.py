"""Answers in the full assessment's conversation: scores as numbers, confirmations, notes, long input."""

from __future__ import annotations

import datetime
from functools import cache
from pathlib import Path

from interview.engine import Conversation, Reply, event_from_json, event_to_json
from interview.engine.answers import AnswerBook
from interview.events import (
    AnswerProposed,
    AnswerRecorded,
    Event,
    InputReceived,
    NoteAdded,
    ScreenerStarted,
)
from interview.mapping import build_record
from interview.record.values import DrugClass
from interview.report.transcript import transcript_markdown
from interview.script import Script, load_script_file

SCRIPT = Path(__file__).parents[2] / "scripts" / "trd_assessment.yaml"
TODAY = datetime.date(2026, 12, 3)
TO_PHQ_9 = ["yes", "the patient", "no", "no", "no", "skip", "skip", "the PHQ-9 now", *["0"] * 8]
"""Consent, who answers, the C-SSRS in its place (no, no, no), the episode's length and onset skipped, the
PHQ-9 chosen, items 1-8 answered 0."""


@cache
def assessment() -> Script:
    return load_script_file(SCRIPT).script


class Talk:
    """A conversation with the full assessment, keeping every event it stored."""

    def __init__(self) -> None:
        self.conversation, first = Conversation.start(assessment(), "P-1", today=lambda: TODAY)
        self.events: list[Event] = list(first.events)
        self.current = self.conversation.current
        self.proposal: AnswerProposed | None = None

    def handle(self, line: str) -> Reply:
        reply = self.conversation.handle(line)
        self.events += reply.events
        self.current, self.proposal = self.conversation.current, self.conversation.proposal
        return reply

    @property
    def script(self) -> Script:
        return self.conversation.script

    @property
    def book(self) -> AnswerBook:
        return self.conversation.book


def started() -> Talk:
    return Talk()


def at(conversation: Talk) -> str:
    assert conversation.current is not None
    return conversation.current.qid


def test_phq9_item_9_answered_1_is_several_days_and_starts_the_screener() -> None:
    conversation = started()
    for line in TO_PHQ_9:
        conversation.handle(line)
    assert at(conversation) == "phq_9"
    reply = conversation.handle("1")
    recorded = next(e for e in reply.events if isinstance(e, AnswerRecorded))
    assert (recorded.value, recorded.display) == ("1", "1. Several days")
    assert any(isinstance(e, ScreenerStarted) for e in reply.events)
    assert at(conversation) == "cssrs_wish_dead"


def test_the_phq9_options_are_shown_numbered_by_their_scores() -> None:
    conversation = started()
    replies = [conversation.handle(line) for line in TO_PHQ_9]
    prompt = replies[-1].messages[-1].text
    assert "  0. Not at all" in prompt and "  3. Nearly every day" in prompt


def drug_question() -> Talk:
    """Up to "Which medicine was it?" of the first medication trial: consent, then no or skip."""
    talk = started()
    for _ in range(60):
        if at(talk) == "med_drug":
            return talk
        question = talk.book.question(talk.conversation.current)  # type: ignore[arg-type]
        if at(talk) in ("consent", "any_medication"):
            talk.handle("yes")
        elif at(talk) == "answerer":
            talk.handle("the patient")
        else:
            talk.handle("skip" if question is not None and not question.required else "no")
    raise AssertionError(f"never reached med_drug; at {at(talk)}")


def test_a_close_drug_name_is_asked_back_once_and_a_yes_records_it() -> None:
    conversation = drug_question()
    asked = conversation.handle("zolfot")
    assert any(isinstance(e, AnswerProposed) for e in asked.events)
    assert not any(isinstance(e, AnswerRecorded) for e in asked.events)
    assert asked.messages[-1].text == "Did you mean Zoloft (sertraline)? (yes or no)"
    assert at(conversation) == "med_drug"
    confirmed = conversation.handle("yes")
    recorded = next(e for e in confirmed.events if isinstance(e, AnswerRecorded))
    assert (recorded.key, recorded.value) == ("med_trials[0].med_drug", "Zoloft")
    assert at(conversation) == "med_episode"


def test_a_no_to_the_proposal_asks_the_question_again_and_records_nothing() -> None:
    conversation = drug_question()
    conversation.handle("zolfot")
    reply = conversation.handle("no")
    assert not any(isinstance(e, AnswerRecorded) for e in reply.events)
    assert at(conversation) == "med_drug"
    assert "Which medicine was it?" in reply.messages[-1].text
    assert conversation.proposal is None


def test_another_answer_instead_of_yes_or_no_is_taken_as_the_answer() -> None:
    conversation = drug_question()
    conversation.handle("zolfot")
    reply = conversation.handle("sertraline")
    recorded = next(e for e in reply.events if isinstance(e, AnswerRecorded))
    assert recorded.value == "sertraline"


def test_a_pending_proposal_survives_a_replay_and_is_asked_again_on_resume() -> None:
    talk = drug_question()
    talk.handle("zolfot")
    stored = [event_from_json(event_to_json(event)) for event in talk.events]
    replayed = Conversation.replay(assessment(), stored, today=lambda: TODAY)
    assert replayed.proposal is not None and replayed.proposal.display == "Zoloft (sertraline)"
    assert replayed.resume().messages[-1].text == "Did you mean Zoloft (sertraline)?"


def test_the_qualifier_of_a_yes_is_kept_as_a_note_beside_the_answer() -> None:
    conversation = started()
    conversation.handle("yes")
    conversation.handle("the patient")
    reply = conversation.handle("yes, sometimes")
    recorded = next(e for e in reply.events if isinstance(e, AnswerRecorded))
    note = next(e for e in reply.events if isinstance(e, NoteAdded))
    assert (recorded.key, recorded.value) == ("cssrs_wish_dead", True)
    assert (note.key, note.text) == ("cssrs_wish_dead", "said with the answer: sometimes")


def test_an_ssri_without_a_name_puts_the_class_in_the_record() -> None:
    conversation = drug_question()
    conversation.handle("an SSRI")
    record = build_record(conversation.script, conversation.conversation)
    trial = record.medication_trials[0]
    assert (trial.drug, trial.drug_class) == ("SSRI (name not known)", DrugClass.SSRI)


def test_an_overlong_line_is_refused_before_parsing_and_kept_whole_in_the_log() -> None:
    conversation = drug_question()
    line = "Zoloft, 1" + " " * 10_000 + "1"
    reply = conversation.handle(line)
    typed = next(e for e in reply.events if isinstance(e, InputReceived))
    assert typed.text == line
    assert "too long" in reply.messages[0].text and at(conversation) == "med_drug"


def test_the_transcript_shows_what_was_asked_back_and_what_was_said_beside_an_answer() -> None:
    talk = drug_question()
    talk.handle("zolfot")
    talk.handle("yes")
    qualified = started()
    for line in ["yes", "the patient", "yes, sometimes"]:
        qualified.handle(line)
    asked_back = transcript_markdown("s1", talk.events)
    noted = transcript_markdown("s2", qualified.events)
    assert "_Asked back: Did you mean Zoloft (sertraline)?_" in asked_back
    assert "> Said with the answer: sometimes" in noted
