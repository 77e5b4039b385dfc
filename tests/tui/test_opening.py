"""`interview run` paints a new session's first question from its stored opening, then loads the engine.

The engine thread is held at a gate in these tests, so "before the engine is ready" is a state the
test controls, never a race it hopes to win.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from textual.events import Key
from textual.pilot import Pilot

from interview.events import InputReceived, Paused
from interview.script.cache import ScriptSource, read_opening, write_opening
from interview.script.errors import ErrorCode, ScriptError, ScriptProblem
from interview.storage import SessionStore
from interview.tui import app as app_module
from interview.tui.app import InterviewApp, Start, make_app
from interview.tui.opening import Opening, Said, stored_opening
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.interview import InterviewScreen
from interview.tui.widgets.chat import ChatLog

from .conftest import SMALL, TINY, current_key, only_session, tiny_app

FIRST_QUESTION = "May I keep a record"


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The engine thread waits here until the test sets the event (set at teardown in any case)."""
    opened = threading.Event()
    real = app_module.prepare_new

    def held(source: ScriptSource, patient_label: str) -> object:
        opened.wait(timeout=30)
        return real(source, patient_label)

    monkeypatch.setattr(app_module, "prepare_new", held)
    yield opened
    opened.set()


async def kept_opening(store: SessionStore) -> Opening:
    """Start (and leave) one session of the tiny script, so its opening is in the cache."""
    async with tiny_app(store, "first").run_test(size=SMALL) as pilot:
        await pilot.press("escape")
    opening = stored_opening(TINY).opening
    assert opening is not None
    return opening


def chat_text(app: InterviewApp) -> str:
    return "\n".join(line.text for line in app.screen.query_one(ChatLog).lines)


async def ready(pilot: Pilot[None]) -> InterviewScreen:
    """Let the engine through the gate's far side: wait until the screen has its live session."""
    screen = pilot.app.screen
    assert isinstance(screen, InterviewScreen)
    await screen.ready.wait()
    await pilot.pause()
    return screen


def sessions_labelled(store: SessionStore, label: str) -> list[str]:
    return [s.id for s in store.summaries() if s.patient_label == label]


async def test_the_first_launch_keeps_the_opening_the_engine_showed(store: SessionStore) -> None:
    opening = await kept_opening(store)
    assert opening.title == "Tiny test interview"
    assert opening.messages[-1] == Said("prompt", opening.messages[-1].text)
    assert FIRST_QUESTION in opening.messages[-1].text
    assert [choice.typed for choice in opening.choices] == ["yes", "no"]
    assert opening.sections and opening.sections[0].current


async def test_the_first_question_is_painted_before_the_engine_is_ready(
    store: SessionStore, gate: threading.Event
) -> None:
    await kept_opening(store)
    app = tiny_app(store, "T-2")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and screen.live is None
        assert FIRST_QUESTION in chat_text(app)
        assert "new session" in screen.sub_title
        assert screen.focused is screen.query_one("#answer")
        await pilot.pause(0.2)
        assert screen.query("FooterKey"), "the key hints come right after the first paint"
        assert sessions_labelled(store, "T-2") == []  # nothing stored until the engine is ready
        gate.set()
        await ready(pilot)
        assert sessions_labelled(store, "T-2") == [screen.live.session_id]  # type: ignore[union-attr]
        assert f"session {screen.live.session_id}" in screen.sub_title  # type: ignore[union-attr]


async def test_an_answer_given_before_the_engine_is_ready_is_stored_once_when_it_is(
    store: SessionStore, gate: threading.Event
) -> None:
    await kept_opening(store)
    app = tiny_app(store, "T-2")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*"yes", "enter")
        await pilot.pause()
        assert sessions_labelled(store, "T-2") == []
        gate.set()
        await ready(pilot)
        (session_id,) = sessions_labelled(store, "T-2")
        typed = [e.text for e in store.events(session_id) if isinstance(e, InputReceived)]
        assert typed == ["yes"]
        assert current_key(app) == "mood"
        assert "How has your mood been?" in chat_text(app)


async def test_keys_typed_before_the_engine_is_ready_stay_in_the_input(
    store: SessionStore, gate: threading.Event
) -> None:
    await kept_opening(store)
    app = tiny_app(store, "T-2")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*"ye")
        gate.set()
        await ready(pilot)
        await pilot.press("s", "enter")
        await pilot.pause()
        (session_id,) = sessions_labelled(store, "T-2")
        assert [e.text for e in store.events(session_id) if isinstance(e, InputReceived)] == ["yes"]


async def test_a_stale_opening_is_replaced_on_screen_and_in_the_cache(
    store: SessionStore, gate: threading.Event
) -> None:
    opening = await kept_opening(store)
    stale = replace(opening, messages=(Said("prompt", "An old question from an older script?"),))
    digest = stored_opening(TINY).digest
    write_opening(digest, stale.to_json())
    app = tiny_app(store, "T-2")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert "An old question" in chat_text(app)
        gate.set()
        await ready(pilot)
        assert "An old question" not in chat_text(app)
        assert FIRST_QUESTION in chat_text(app)
    kept = read_opening(digest)
    assert kept is not None and Opening.from_json(kept) == opening


async def test_leaving_before_the_engine_is_ready_stores_no_session_and_goes_home(
    store: SessionStore, gate: threading.Event
) -> None:
    await kept_opening(store)
    app = tiny_app(store, "T-2")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        gate.set()
        await pilot.pause(0.2)
        assert sessions_labelled(store, "T-2") == []


async def test_quitting_with_an_answer_waiting_stores_it_and_pauses_the_session(
    store: SessionStore, gate: threading.Event
) -> None:
    await kept_opening(store)
    app = tiny_app(store, "T-2")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*"yes", "enter")
        threading.Timer(0.2, gate.set).start()  # the engine arrives while quit waits for it
        await app.action_quit()
    (session_id,) = sessions_labelled(store, "T-2")
    events = store.events(session_id)
    assert [e.text for e in events if isinstance(e, InputReceived)] == ["yes"]
    assert isinstance(events[-1], Paused)


async def test_quitting_before_the_engine_is_ready_with_nothing_typed_stores_no_session(
    store: SessionStore, gate: threading.Event
) -> None:
    await kept_opening(store)
    async with tiny_app(store, "T-2").run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+q")
    gate.set()
    assert sessions_labelled(store, "T-2") == []


async def test_run_builds_no_home_until_the_person_leaves_to_it(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert not any(isinstance(screen, HomeScreen) for screen in app.screen_stack)
        await pilot.press("f7")  # pause: back to Home, built now
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.query_one("#sessions").row_count == 1  # type: ignore[attr-defined]


async def test_resume_builds_no_home_and_leaves_to_it(store: SessionStore) -> None:
    async with tiny_app(store).run_test(size=SMALL) as pilot:
        await pilot.press("escape")
    session_id = only_session(store)
    app = make_app(store, Start(resume=session_id))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen) and current_key(app) == "consent"
        assert not any(isinstance(screen, HomeScreen) for screen in app.screen_stack)
        await pilot.press(*"pause", "enter")  # the typed command leaves too
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_a_script_that_does_not_load_leaves_the_person_on_home(
    store: SessionStore, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\nsections: [\n", encoding="utf-8")
    app = make_app(store, Start(script_path=broken, patient_label="B"))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert store.summaries() == []


async def test_the_store_is_opened_only_once_the_engine_is_ready(
    store: SessionStore, gate: threading.Event
) -> None:
    await kept_opening(store)
    opened: list[SessionStore] = []

    def opener() -> SessionStore:
        opened.append(store)
        return store

    app = make_app(opener, Start(script_path=TINY, patient_label="T-2"))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert opened == []
        gate.set()
        await ready(pilot)
        assert opened == [store]


async def test_a_burst_of_keys_at_launch_is_taken_in_order_each_enter_with_its_own_answer(
    store: SessionStore, gate: threading.Event
) -> None:
    await kept_opening(store)
    app = tiny_app(store, "T-2")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        burst = [("y", "y"), ("e", "e"), ("s", "s"), ("enter", "\r"), ("2", "2"), ("enter", "\r")]
        for key, character in burst:
            event = Key(key, character)  # straight to the driver, as a terminal delivers typed-ahead keys
            event.set_sender(app)
            app._driver.send_message(event)  # type: ignore[union-attr]
        await pilot.pause(0.2)
        gate.set()
        await ready(pilot)
        await pilot.pause()
        (session_id,) = sessions_labelled(store, "T-2")
        typed = [e.text for e in store.events(session_id) if isinstance(e, InputReceived)]
        assert typed == ["yes", "2"]
        assert current_key(app) == "symptoms"


async def test_a_script_that_fails_to_load_behind_its_opening_leaves_for_home_storing_nothing(
    store: SessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await kept_opening(store)
    answered = threading.Event()

    def broken(source: ScriptSource, patient_label: str) -> object:  # the script no longer loads
        answered.wait(timeout=30)
        raise ScriptError([ScriptProblem(str(source.path), 1, ErrorCode.YAML_SYNTAX, "broken now")])

    monkeypatch.setattr(app_module, "prepare_new", broken)
    app = tiny_app(store, "T-2")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*"yes", "enter")  # waits for the engine, which then fails
        answered.set()
        await pilot.pause(0.3)
        assert isinstance(app.screen, HomeScreen)
    assert sessions_labelled(store, "T-2") == []
