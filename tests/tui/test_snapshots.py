"""How each screen looks at 80x24 and 120x40 (ids and times pinned). Review the SVGs before updating."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from interview.events import Finished
from interview.storage import SessionStore
from interview.tui.app import make_app
from interview.tui.widgets.progress import ProgressPanel

from .conftest import LARGE, SMALL, answer, stored_session, tiny_app

SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
AT = "2026-01-05T09:30:00.000+00:00"
Snap = Callable[..., bool]


@pytest.fixture(autouse=True)
def pinned_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session ids in order (they show on screen): 00000001, 00000002, ..."""
    counter = itertools.count(1)
    ids = SimpleNamespace(token_hex=lambda _n: f"{next(counter):08d}")
    monkeypatch.setattr("interview.storage.sessions.secrets", ids)


async def still(pilot: Pilot[Any]) -> None:
    """No blinking cursor, the progress panel redrawn after the last turn, Markdown fully mounted."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause(ProgressPanel.DELAY + 0.1)
    count = -1
    while count != len(pilot.app.screen.query("*")):  # Markdown mounts its blocks a few at a time
        count = len(pilot.app.screen.query("*"))
        await pilot.pause(0.1)


def answered(*lines: str) -> Callable[[Pilot[Any]], Any]:
    async def run_before(pilot: Pilot[Any]) -> None:
        for line in lines:
            await answer(pilot, line)
        await still(pilot)

    return run_before


def then(*keys: str, lines: tuple[str, ...] = ()) -> Callable[[Pilot[Any]], Any]:
    async def run_before(pilot: Pilot[Any]) -> None:
        for line in lines:
            await answer(pilot, line)
        await pilot.press(*keys)
        await still(pilot)

    return run_before


@SIZES
def test_home(snap_compare: Snap, store: SessionStore, size: tuple[int, int]) -> None:
    stored_session(store, "P-001", AT)
    stored_session(store, "P-002", AT, [Finished(at=AT)])
    assert snap_compare(make_app(store), terminal_size=size, run_before=still)


@SIZES
def test_new_interview_dialog(snap_compare: Snap, store: SessionStore, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(store), terminal_size=size, run_before=then("n"))


@SIZES
def test_interview(snap_compare: Snap, store: SessionStore, size: tuple[int, int]) -> None:
    app = tiny_app(store)
    assert snap_compare(app, terminal_size=size, run_before=answered("yes", "low", "", "about 8 months"))


@SIZES
def test_review(snap_compare: Snap, store: SessionStore, size: tuple[int, int]) -> None:
    app = tiny_app(store)
    assert snap_compare(app, terminal_size=size, run_before=then("f6", lines=("yes", "2", "1, 3", "6 weeks")))


@SIZES
def test_help(snap_compare: Snap, store: SessionStore, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(store), terminal_size=size, run_before=then("f1"))


@pytest.mark.slow  # renders the whole report (several seconds)
@SIZES
def test_report(snap_compare: Snap, store: SessionStore, size: tuple[int, int]) -> None:
    stored_session(store, "P-001", AT, [Finished(at=AT)])
    app = make_app(store, clock=lambda: datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    assert snap_compare(app, terminal_size=size, run_before=then("r"))


def test_interview_in_the_light_theme(snap_compare: Snap, store: SessionStore) -> None:
    app = tiny_app(store)

    async def run_before(pilot: Pilot[Any]) -> None:
        pilot.app.theme = "textual-light"
        await answered("yes", "why", "low", "", "about 8 months")(pilot)

    assert snap_compare(app, terminal_size=SMALL, run_before=run_before)
