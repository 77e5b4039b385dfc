"""Drive a tiny inline script through a Conversation, the way plain mode does, and build its record."""

from __future__ import annotations

import datetime
import textwrap

from interview.engine import Conversation
from interview.mapping import build_record
from interview.mapping.read_backs import READ_BACKS
from interview.record import ClinicalRecord
from interview.script import Script, load_script_text

TODAY = datetime.date(2026, 11, 21)

HEADER = """\
id: inline
version: "1"
title: Inline
sections:
  - id: main
    title: Main
    questions:
"""


def script_of(questions_yaml: str) -> Script:
    """A one-section script holding the questions given (YAML list items)."""
    body = textwrap.indent(textwrap.dedent(questions_yaml).strip("\n"), "      ")
    return load_script_text(HEADER + body + "\n").script


def talk(script: Script, *lines: str) -> Conversation:
    """A conversation that has been given these lines, one turn each."""
    conversation, _ = Conversation.start(script, "P-01", today=lambda: TODAY, read_backs=READ_BACKS)
    for line in lines:
        conversation.handle(line)
    return conversation


def record_of(questions_yaml: str, *lines: str) -> ClinicalRecord:
    """The record a one-section script makes from these answers."""
    script = script_of(questions_yaml)
    return build_record(script, talk(script, *lines))
