"""An approximate answer's understood value is shown once, under the answer (issue 6), not also as 'Noted'.

The TUI's chat writes `understood as: ...` under the typed answer from the reply; plain mode prints
the same line; the engine's messages no longer repeat the value.
"""

from __future__ import annotations

from interview.plain_mode import render
from tests.engine.flows import Driver

DOSE = """
id: dose
version: "1"
title: Dose
sections:
  - id: main
    title: Main
    questions:
      - id: drug
        type: text
        text: Which medicine?
      - id: dose
        type: dose
        text: What dose of {drug}?
        ack: "Noted: {drug} at {answer}."
      - id: weeks
        type: duration
        text: For how long?
        ack: Thank you.
      - id: end
        type: text
        text: Anything else?
        required: false
"""


def test_an_approximate_answer_is_understood_once_and_not_noted_again() -> None:
    driver = Driver(DOSE)
    driver.say("sertraline")
    reply = driver.say("about a hundred milligrams")
    assert reply.understood == "100 mg/day"
    shown = [m.text for m in reply.messages]
    assert not any("100 mg" in text for text in shown), shown
    reply = driver.say("about eight months")
    assert reply.understood is not None and reply.understood.startswith("8 months")
    assert [m.text for m in reply.messages if m.kind == "ack"] == ["Thank you."]
    assert render(reply).count("8 months") == 1
    assert render(reply).splitlines()[0] == f"  understood as: {reply.understood}"


def test_an_exact_answer_keeps_its_acknowledgement_and_has_no_understood_line() -> None:
    driver = Driver(DOSE)
    driver.say("sertraline")
    reply = driver.say("100 mg")
    assert reply.understood is None
    assert "Noted: sertraline at 100 mg/day." in [m.text for m in reply.messages]
    assert "understood as" not in render(reply)
