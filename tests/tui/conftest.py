"""TUI fixtures: a store on the test's own database, the tiny script, and a fast way to answer."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from interview.events import Event, QuestionAsked, SessionStarted
from interview.script import load_script_file
from interview.storage import SessionStore, open_database
from interview.tui.app import InterviewApp, Start, make_app
from interview.tui.screens.interview import InterviewScreen

TINY = Path(__file__).parent / "scripts" / "tiny.yaml"
SMALL = (80, 24)
LARGE = (120, 40)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (Pilot needs one; no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    arguments: dict[str, Any] = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**arguments))
    return True


@pytest.fixture
def store(isolated_database: Path) -> SessionStore:
    """The test's own database (tests/conftest.py points INTERVIEW_DB at it)."""
    return SessionStore(open_database(isolated_database))


def tiny_app(store: SessionStore, label: str = "T-1") -> InterviewApp:
    """The app opened on a new interview with the tiny script."""
    return make_app(store, Start(script_path=TINY, patient_label=label))


async def answer(pilot: Pilot[None], text: str) -> None:
    """Type a whole answer at once and press Enter (one key press, not one per character)."""
    screen = pilot.app.screen
    assert isinstance(screen, InterviewScreen)
    screen.query_one("#answer").value = text  # type: ignore[attr-defined]
    await pilot.press("enter")
    await pilot.pause()


def current_key(app: InterviewApp) -> str | None:
    """The key of the question the open interview screen is waiting on."""
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    slot = screen.live.conversation.current
    return None if slot is None else slot.key


def kinds(store: SessionStore, session_id: str) -> list[str]:
    """The kinds of a session's stored events, in order."""
    return [event.kind for event in store.events(session_id)]


def only_session(store: SessionStore) -> str:
    """The id of the one session in the store."""
    (summary,) = store.summaries()
    return summary.id


def stored_session(store: SessionStore, label: str, at: str, events: list[Event] | None = None) -> str:
    """A session with fixed timestamps (for snapshots), started on the tiny script."""
    script = load_script_file(TINY).script
    started = SessionStarted(
        at=at, script_id=script.id, script_version=script.version, script_digest=script.digest,
        patient_label=label, script_path=str(TINY),
    )  # fmt: skip
    session_id = store.create(started, script.source_text)
    store.append(session_id, [started, *(events or [QuestionAsked(at=at, key="consent", prompt="...")])])
    return session_id
