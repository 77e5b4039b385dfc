"""Home: sessions with their status, filtered as you type; new interview, resume and report from here."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input

from interview.events import AlertRaised, Finished, QuestionAsked
from interview.record.safety import TriageLevel
from interview.storage import SessionStore, open_database
from interview.storage.writes import database_file
from interview.tui.app import Start, make_app
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.interview import InterviewScreen
from interview.tui.screens.new_interview import NewInterviewDialog

from .conftest import SMALL, TINY, current_key, only_session, stored_session

AT = "2026-01-05T09:30:00.000+00:00"


def database_file_of(store: SessionStore) -> Path:
    return Path(database_file(store.db))


def rows(app: object) -> list[list[str]]:
    table = app.screen.query_one(DataTable)  # type: ignore[attr-defined]
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_sessions_are_listed_with_label_script_times_and_status(store: SessionStore) -> None:
    stored_session(store, "P-001", AT)
    stored_session(store, "P-002", AT, [Finished(at=AT)])
    app = make_app(store)
    async with app.run_test(size=SMALL):
        listed = {row[0]: row for row in rows(app)}
        assert listed["P-001"][1:5] == ["tiny v1", "2026-01-05 09:30", "2026-01-05 09:30", "in progress"]
        assert listed["P-002"][4] == "finished"


async def test_a_session_that_raised_an_alert_says_so(store: SessionStore) -> None:
    alert = AlertRaised(
        at=AT,
        level=TriageLevel.HIGH,
        endorsed=["a plan"],
        unresolved=[],
        actions=[],
        contacts=[],
        reason="test",
    )
    stored_session(store, "P-003", AT, [QuestionAsked(at=AT, key="consent", prompt="..."), alert])
    app = make_app(store)
    async with app.run_test(size=SMALL):
        assert rows(app)[0][4] == "alert high (unacknowledged) · in progress"


async def test_the_filter_narrows_the_list_as_you_type(store: SessionStore) -> None:
    for label in ("P-001", "P-002", "Q-100"):
        stored_session(store, label, AT)
    app = make_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("slash", "p", "-", "0")
        assert isinstance(app.focused, Input)
        assert sorted(row[0] for row in rows(app)) == ["P-001", "P-002"]
        await pilot.press("0", "2")
        assert [row[0] for row in rows(app)] == ["P-002"]
        await pilot.press("enter")  # back to the list
        assert isinstance(app.focused, DataTable)


async def test_n_starts_a_new_interview_with_the_chosen_script_and_label(store: SessionStore) -> None:
    app = make_app(store)
    async with app.run_test(size=SMALL) as pilot:
        assert "No sessions yet" in str(app.screen.query_one("#home-empty").render())
        await pilot.press("n")
        dialog = app.screen
        assert isinstance(dialog, NewInterviewDialog)
        dialog.scripts.insert(0, ("Tiny", TINY))  # the bundled scripts change; the test pins its own
        dialog.query_one("#new-script").set_options(dialog.scripts)  # type: ignore[attr-defined]
        dialog.query_one("#new-script").value = TINY  # type: ignore[attr-defined]
        await pilot.press(*"P-9", "enter")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        (summary,) = store.summaries()
        assert (summary.patient_label, summary.script_id) == ("P-9", "tiny")


async def test_enter_resumes_the_highlighted_session_where_it_stopped(store: SessionStore) -> None:
    stored_session(store, "P-001", AT)
    app = make_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert current_key(app) == "consent"
        assert [e.kind for e in store.events(only_session(store))][-2:] == ["resumed", "question_asked"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert rows(app)[0][4] == "paused"


async def test_interview_resume_opens_the_session_at_its_question(store: SessionStore) -> None:
    session_id = stored_session(store, "P-001", AT)
    app = make_app(store, Start(resume=session_id))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert current_key(app) == "consent"


async def test_a_finished_session_opens_complete_and_stores_nothing_new(store: SessionStore) -> None:
    session_id = stored_session(store, "P-001", AT, [Finished(at=AT)])
    before = len(store.events(session_id))
    app = make_app(store, Start(resume=session_id))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen) and current_key(app) is None
        assert len(store.events(session_id)) == before


async def test_a_session_open_in_another_process_is_refused_with_who_holds_it(store: SessionStore) -> None:
    session_id = stored_session(store, "P-001", AT)
    store.release(session_id)
    elsewhere = SessionStore(open_database(database_file_of(store)))  # another tab's process
    elsewhere.claim(session_id)
    before = len(store.events(session_id))
    app = make_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        (notice,) = app._notifications
        assert f"session {session_id} is open elsewhere" in notice.message and " since " in notice.message
    assert len(store.events(session_id)) == before


async def test_leaving_an_interview_lets_another_process_open_it(store: SessionStore) -> None:
    stored_session(store, "P-001", AT)
    app = make_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        SessionStore(open_database(database_file_of(store))).claim(only_session(store))  # not refused
