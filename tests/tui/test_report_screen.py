"""The report screen: the session's report in tabs, opened from Home or the interview, exported to a file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Input, Markdown, Select, TabbedContent

from interview.events import Finished
from interview.storage import SessionStore
from interview.tui.app import make_app
from interview.tui.screens.export import ExportDialog
from interview.tui.screens.home import HomeScreen
from interview.tui.screens.interview import InterviewScreen
from interview.tui.screens.report import ReportScreen

from .conftest import SMALL, answer, stored_session, tiny_app

# each builds and renders a whole report (several seconds): out of the quick loop, in every full run
pytestmark = pytest.mark.slow

AT = "2026-01-05T09:30:00.000+00:00"


async def test_r_on_home_opens_the_report_with_every_part(store: SessionStore) -> None:
    stored_session(store, "P-001", AT, [Finished(at=AT)])
    app = make_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r")
        await pilot.pause()
        report = app.screen
        assert isinstance(report, ReportScreen)
        tabs = report.query_one(TabbedContent)
        assert [pane.id for pane in tabs.query("TabPane")] == [
            "tab-report",
            "tab-staging",
            "tab-timeline",
            "tab-macro",
        ]
        text = report.query_one("#report-markdown", Markdown).source
        assert text.index("Safety") < text.index("Staging")  # safety heads the report
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_f9_shows_the_report_so_far_during_an_interview(store: SessionStore) -> None:
    app = tiny_app(store)
    async with app.run_test(size=SMALL) as pilot:
        await answer(pilot, "yes")
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen) and not app.screen.outcome.finished
        await pilot.press("escape")
        assert isinstance(app.screen, InterviewScreen)


async def test_export_writes_the_report_readable_by_its_owner_only(
    store: SessionStore, tmp_path: Path
) -> None:
    stored_session(store, "P-001", AT, [Finished(at=AT)])
    app = make_app(store)
    target = tmp_path / "report.md"
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#export-path").value = str(target)  # type: ignore[attr-defined]
        dialog.query_one("#export-format", Select).value = "html"
        path = dialog.query_one("#export-path", Input)
        for _ in range(50):  # choosing HTML renames the file once Select.Changed is handled
            if path.value.endswith(".html"):
                break
            await pilot.pause(0.02)
        assert path.value == str(target.with_suffix(".html"))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
    written = target.with_suffix(".html")
    assert written.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
