"""The app as `interview serve` runs it for a signed-in account: its sessions only, its role only."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import DataTable

from interview.accounts import Account, Role
from interview.storage import SessionStore, open_database
from interview.tui.app import make_app
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.interview import InterviewScreen
from interview.tui.screens.new_interview import NewInterviewDialog
from interview.tui.screens.report import ReportScreen

from .conftest import SMALL, stored_session

AT = "2026-01-05T09:30:00.000+00:00"
ALICE = Account("alice", Role.CLINICIAN)
BOB = Account("bob", Role.CLINICIAN)
TESS = Account("tess", Role.TRAINEE)


def as_account(database: Path, account: Account) -> SessionStore:
    return SessionStore.for_account(open_database(database), account)


def listed_labels(home: HomeScreen) -> list[str]:
    table = home.query_one(DataTable)
    return sorted(str(table.get_row_at(i)[0]) for i in range(table.row_count))


def audited(database: Path) -> list[tuple[str, str | None]]:
    rows = open_database(database).execute("SELECT action, actor, detail FROM audit ORDER BY id").fetchall()
    return [(action, actor) for action, actor, _ in rows if action != "session_started"]


async def test_home_lists_only_the_accounts_own_sessions(isolated_database: Path) -> None:
    stored_session(as_account(isolated_database, ALICE), "ALICE-PATIENT", AT)
    stored_session(as_account(isolated_database, BOB), "BOB-PATIENT", AT)
    app = make_app(as_account(isolated_database, ALICE), account=ALICE)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert listed_labels(app.screen) == ["ALICE-PATIENT"]
        assert app.title == "interview · alice (clinician)"


async def test_another_accounts_session_cannot_be_opened_by_its_id(isolated_database: Path) -> None:
    bobs = stored_session(as_account(isolated_database, BOB), "BOB-PATIENT", AT)
    app = make_app(as_account(isolated_database, ALICE), account=ALICE)
    async with app.run_test(size=SMALL) as pilot:
        app.open_session(bobs)
        app.open_report(bobs)
        await pilot.pause()
        assert not isinstance(app.screen, InterviewScreen | ReportScreen)
        unknown = f"no session '{bobs}' (see `interview sessions`)"  # as for an id that does not exist
        assert [n.message for n in app._notifications] == [unknown, unknown]


async def test_opening_a_session_and_its_report_is_audited_with_the_account(isolated_database: Path) -> None:
    earlier = as_account(isolated_database, ALICE)  # an earlier run of alice's, which has ended
    own = stored_session(earlier, "ALICE-PATIENT", AT)
    earlier.release(own)  # as leaving the interview does: else the app is refused, the session open elsewhere
    app = make_app(as_account(isolated_database, ALICE), account=ALICE)
    async with app.run_test(size=SMALL) as pilot:
        app.open_session(own)
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        app.open_report(own)
        await pilot.pause()
    assert audited(isolated_database) == [("session_opened", "alice"), ("report_viewed", "alice")]


async def test_a_trainee_practises_only(isolated_database: Path) -> None:
    own = stored_session(as_account(isolated_database, TESS), "TESS-PRACTICE", AT)
    app = make_app(as_account(isolated_database, TESS), account=TESS)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, NewInterviewDialog)
        app.open_session(own)
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        messages = [n.message for n in app._notifications]
        assert (
            messages
            == ["Trainee accounts practise on synthetic cases only: press p for a practice case."] * 2
        )


async def test_a_served_report_is_downloaded_to_the_browser_not_written_on_the_server(
    isolated_database: Path, tmp_path: Path
) -> None:
    own = stored_session(as_account(isolated_database, ALICE), "ALICE-PATIENT", AT)
    app = make_app(as_account(isolated_database, ALICE), account=ALICE)
    delivered: list[tuple[str, str | None]] = []
    app.deliver_text = lambda data, save_filename=None, **_: delivered.append(  # type: ignore[method-assign]
        (data.read(), save_filename)
    )
    async with app.run_test(size=SMALL) as pilot:
        app.open_report(own)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReportScreen)
        from interview.tui.screens.export import ExportRequest

        target = tmp_path / "on-the-server.md"
        screen._write(ExportRequest(target, "md", "clinician"))
        await pilot.pause()
    assert not target.exists()
    ((text, name),) = delivered
    assert name == "on-the-server.md" and "ALICE-PATIENT" in text
    rows = open_database(isolated_database).execute("SELECT action, detail FROM audit").fetchall()
    assert ("report_downloaded", {"session": own, "to": "browser"}) in [(a, json.loads(d)) for a, d in rows]


async def test_a_trainees_practice_is_stored_as_theirs_whatever_pseudonym_was_typed(
    isolated_database: Path,
) -> None:
    from interview.tui.screens.practice import PracticeChoice, PracticeScreen, available_cases

    (_, case_path), *_ = available_cases()
    app = make_app(as_account(isolated_database, TESS), account=TESS)
    async with app.run_test(size=SMALL) as pilot:
        app.start_practice(PracticeChoice(case_path, "someone-else"))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        assert screen.practice.trainee == "tess"
    assert ("practice_started", "tess") in audited(isolated_database)
