"""Small scripts and a driver for the engine specifications."""

from __future__ import annotations

import datetime
import textwrap
from typing import Any

from interview.engine import Conversation, Reply
from interview.mapping.read_backs import READ_BACKS
from interview.script import Script, load_script_text

TODAY = datetime.date(2026, 11, 21)

TREATMENT = """
id: treatment
version: "1"
title: Treatment history
sections:
  - id: opening
    title: Opening
    questions:
      - id: consent
        type: yes_no
        text: May we begin?
        allow_dont_know: false
      - id: nickname
        type: text
        text: What should I call you?
        required: false
  - id: medication
    title: Medication
    when: {answer: consent, op: eq, value: true}
    questions:
      - id: any_drug
        type: yes_no
        text: Any antidepressant in this episode?
      - id: trials
        type: repeat
        text: One at a time, please.
        when: {answer: any_drug, op: eq, value: true}
        item_label: trial {n}
        ask_another: Was there another?
        questions:
          - id: drug
            type: text
            text: Which drug?
          - id: helped
            type: yes_no
            text: Did {drug} help?
          - id: how_long_helped
            type: duration
            text: For how long did {drug} help?
            when: {answer: helped, op: eq, value: true}
      - id: side_effects
        type: text
        text: Any side effects?
        when: {count: trials, op: ge, value: 1}
  - id: therapy
    title: Psychotherapy
    when: {answer: consent, op: eq, value: true}
    questions:
      - id: therapy_count
        type: integer
        text: How many courses of psychotherapy have you had?
        min: 0
        max: 20
      - id: courses
        type: repeat
        text: Let's go through each course.
        count_from: therapy_count
        item_label: course {n}
        questions:
          - id: modality
            type: single_choice
            text: What kind of therapy was it?
            options:
              - {value: cbt, label: Cognitive behavioural therapy}
              - {value: ipt, label: Interpersonal therapy}
              - {value: other, label: Something else}
          - id: sessions
            type: integer
            text: How many sessions did you attend?
            min: 0
            max: 500
      - id: cbt_helped
        type: yes_no
        text: Did CBT help?
        when: {count: courses, where: {answer: modality, op: eq, value: cbt}, op: ge, value: 1}
  - id: closing
    title: Closing
    questions:
      - id: anything_else
        type: text
        text: Anything else?
        required: false
"""


def load(text: str) -> Script:
    """A script from inline YAML."""
    return load_script_text(textwrap.dedent(text)).script


class Driver:
    """Types lines into a conversation and keeps every reply, as a person at a terminal would."""

    def __init__(self, script_text: str = TREATMENT) -> None:
        self._start(load(script_text), "P-test")

    def _start(self, script: Script, patient_label: str, **options: Any) -> None:
        """Start the conversation (options go to Conversation.start) and keep its first reply."""
        self.script = script
        self.conversation, first = Conversation.start(
            script, patient_label, today=lambda: TODAY, **options, read_backs=READ_BACKS
        )
        self.events = list(first.events)
        self.replies = [first]

    def say(self, *lines: str) -> Reply:
        """Type each line; the last reply is returned."""
        for line in lines:
            reply = self.conversation.handle(line)
            self.events += reply.events
            self.replies.append(reply)
        return self.replies[-1]

    @property
    def at(self) -> str | None:
        """The key of the question waiting for an answer."""
        slot = self.conversation.current
        return slot.key if slot else None

    def answers(self) -> dict[str, str]:
        """The answers that count now (applicable ones), by key, as displayed."""
        book = self.conversation.book
        return {
            slot.key: (book.entries[slot.key].display or str(book.entries[slot.key].missing))
            for slot in book.slots()
            if book.answered(slot)
        }
