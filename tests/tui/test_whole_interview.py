"""A whole interview through the TUI stores exactly what the engine decides for the same lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.engine import Conversation
from interview.events import AnswerMissing, AnswerRecorded, Event, Finished, InputReceived
from interview.mapping.read_backs import READ_BACKS
from interview.script import load_script_file
from interview.session.answer_files import answer_lines
from interview.storage import SessionStore
from interview.tui.app import Start, make_app
from interview.tui.screens.interview import InterviewScreen

from .conftest import LARGE, answer, only_session

SCRIPTS = Path(__file__).parents[2] / "scripts"


def answers_of(events: list[Event]) -> list[tuple[str, object, str]]:
    """What was recorded, in order, without timestamps."""
    return [
        (e.key, e.value, e.display) if isinstance(e, AnswerRecorded) else (e.key, None, e.reason.value)
        for e in events
        if isinstance(e, AnswerRecorded | AnswerMissing)
    ]


@pytest.mark.slow
async def test_the_sample_interview_through_the_ui(store: SessionStore) -> None:
    lines = answer_lines((SCRIPTS / "sample.answers").read_text(encoding="utf-8"))
    app = make_app(store, Start(script_path=SCRIPTS / "sample.yaml", patient_label="demo"))
    async with app.run_test(size=LARGE) as pilot:
        for line in lines:
            await answer(pilot, line)
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and screen.live.conversation.finished
    stored = store.events(only_session(store))
    expected, _ = Conversation.start(
        load_script_file(SCRIPTS / "sample.yaml").script, "demo", read_backs=READ_BACKS
    )
    headless = [event for line in lines for event in expected.handle(line).events]
    assert answers_of(stored) == answers_of(headless)
    assert [e.text for e in stored if isinstance(e, InputReceived)] == lines  # every line typed is kept
    assert isinstance(stored[-1], Finished)
