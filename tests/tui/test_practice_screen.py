"""The Practice screen: a case picked from Home or opened from the command line, coded to the results."""

from __future__ import annotations

import argparse
import io
import itertools
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select, Static

from interview import cli
from interview.errors import UserError
from interview.practice import load_case
from interview.practice.coding import NOT_APPLICABLE, ItemKind, kind_of
from interview.script.questions import ReadBack
from interview.storage import SessionStore
from interview.storage.attempts import PracticeAttempts
from interview.tui import launch
from interview.tui.app import InterviewApp, Start, make_app
from interview.tui.screens.practice import CasePickerDialog, PracticeChoice, PracticeScreen
from interview.tui.widgets.choices import choices_for

from .conftest import LARGE, SMALL, kinds

SAMPLE_CASE = Path(__file__).parents[1] / "practice" / "fixtures" / "sample_case.yaml"
WRONG_DOSE = ("trials[1].dose", "50 mg")
"""The one coding the tests get wrong: the starting dose instead of the highest dose reached."""


def practice_app(store: SessionStore, trainee: str = "trainee-1") -> InterviewApp:
    return make_app(store, Start(practice=PracticeChoice(SAMPLE_CASE, trainee)))


def screen_of(app: InterviewApp) -> PracticeScreen:
    assert isinstance(app.screen, PracticeScreen)
    return app.screen


async def code(pilot: Pilot[None], text: str) -> None:
    """Type a whole coding at once and press Enter."""
    screen_of(pilot.app).query_one("#answer", Input).value = text  # type: ignore[arg-type]
    await pilot.press("enter")
    await pilot.pause()


async def play_case(pilot: Pilot[None], wrong: tuple[str, str] | None = WRONG_DOSE) -> int:
    """Code every question as the expert did (but one, `wrong`); returns how many lines were typed."""
    session = screen_of(pilot.app).practice.session
    typed = 0
    while not session.finished:
        prompt = session.prompt()
        assert prompt is not None
        expert = session.case.answer(prompt.key)
        assert expert is not None, f"the sample case has no answer for {prompt.key}"
        await code(pilot, wrong[1] if wrong and prompt.key == wrong[0] else expert.code)
        typed += 1
        assert typed < 60, "the practice never finished"
    return typed


def shown(screen: PracticeScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def cells(screen: PracticeScreen, selector: str) -> list[list[str]]:
    table = screen.query_one(selector, DataTable)
    return [[str(cell) for cell in table.get_row_at(row)] for row in range(table.row_count)]


async def test_a_case_opened_from_the_command_line_asks_its_first_question_with_the_patient_words(
    store: SessionStore,
) -> None:
    async with practice_app(store).run_test(size=LARGE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        assert screen.practice.session.prompt() is not None
        assert shown(screen, "#patient-says") == 'The patient says: "Yes, that\'s fine by me."'
        assert not screen.query_one("#practice-results").display


async def test_playing_the_sample_case_shows_agreement_disagreements_and_staging_and_stores_the_attempt(
    store: SessionStore,
) -> None:
    async with practice_app(store).run_test(size=LARGE) as pilot:
        await pilot.pause()
        await play_case(pilot)
        await pilot.pause()
        screen = screen_of(pilot.app)
        assert screen.query_one("#practice-results").display
        assert not screen.query_one("#answer").display

        results = screen.results
        assert results is not None and results.completed
        table = cells(screen, "#agreement")
        assert [row[0] for row in table] == [s.title for s in results.sections] + ["All sections"]
        overall = table[-1]
        assert overall[1:4] == [str(results.overall.scored), str(results.overall.scored - 1), overall[3]]
        assert overall[3] == f"{results.overall.percent:.0f}%"
        assert overall[4] == results.overall.kappa.short()  # the value, or n/a with why
        assert [row[4] for row in table[:-1]] == [s.kappa.short() for s in results.sections]
        assert "more than one category in use (n/a otherwise)" in shown(screen, "#kappa-note")

        disagreements = shown(screen, "#disagreements")
        assert "Disagreements (1):" in disagreements
        assert "You coded: 50 mg" in disagreements
        assert "The expert coded: 100" in disagreements
        assert "Why: The question asks for the highest daily dose reached." in disagreements

        staging = cells(screen, "#staging")
        assert staging and all(len(row) == 4 for row in staging)  # mark, value, expert's, trainee's
        assert "Stored in your progress" in shown(screen, "#results-title")

    (attempt,) = PracticeAttempts(store.db).history(trainee="trainee-1")
    assert attempt.case_id == "sample-two-ssris"
    assert (attempt.items_scored, attempt.items_agreed) == (results.overall.scored, results.overall.agreed)
    (summary,) = store.summaries()
    assert attempt.session_id == summary.id
    assert kinds(store, summary.id)[-1] == "finished"


async def test_home_p_opens_the_case_picker_and_start_begins_the_chosen_case(store: SessionStore) -> None:
    async with make_app(store).run_test(size=LARGE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, CasePickerDialog)
        assert dialog.cases, "the bundled practice cases are offered"
        first = dialog.query_one("#practice-case", Select).value
        dialog.query_one("#practice-trainee", Input).value = "trainee-2"
        await pilot.press("enter")
        await pilot.pause()
        screen = screen_of(pilot.app)
        assert screen.practice.session.case.id == load_case(first).id  # type: ignore[arg-type]
        assert screen.practice.trainee == "trainee-2"


async def test_escape_mid_case_goes_home_stores_the_session_paused_and_adds_no_attempt(
    store: SessionStore,
) -> None:
    async with practice_app(store).run_test(size=LARGE) as pilot:
        await pilot.pause()
        await code(pilot, "yes")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, PracticeScreen)
    (summary,) = store.summaries()
    assert kinds(store, summary.id)[-1] == "paused"
    assert PracticeAttempts(store.db).history() == []


async def test_f9_before_the_end_shows_partial_results_that_are_not_stored(store: SessionStore) -> None:
    async with practice_app(store).run_test(size=LARGE) as pilot:
        await pilot.pause()
        await code(pilot, "yes")
        await pilot.press("f9")
        await pilot.pause()
        screen = screen_of(pilot.app)
        assert "not added to your progress" in shown(screen, "#results-title")
    assert PracticeAttempts(store.db).history() == []


# --- the command line -------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("argv", "tui"),
    [
        (["practice", "sample"], True),
        (["practice", "sample", "--plain"], False),
        (["practice", "sample", "--answers", "a.txt"], False),
        (["practice"], False),  # the case list is printed
        (["practice", "--history"], False),
    ],
)
def test_practice_with_a_case_opens_the_tui_on_a_terminal_only(
    argv: list[str], tui: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("sys.stdout", Terminal())
    assert cli._opens_tui(cli.build_parser().parse_args(argv)) is tui


def test_practice_on_a_pipe_stays_plain() -> None:
    assert not cli._opens_tui(cli.build_parser().parse_args(["practice", "sample"]))


def test_an_unknown_case_fails_before_the_screen_opens(isolated_database: Path) -> None:
    args = argparse.Namespace(
        command="practice", case="no-such-case", trainee=None, db=str(isolated_database)
    )
    with pytest.raises(UserError, match="no practice case 'no-such-case'"):
        launch.tui_command(args)


# --- read-back questions are confirmed yes or no --------------------------------------------


def test_a_read_back_question_offers_yes_and_no() -> None:
    question = ReadBack(id="summary_correct", type="read_back", text="Is this right?")
    assert [c.typed for c in choices_for(question, is_another=False)] == ["yes", "no"]


def test_a_read_back_coding_is_compared_as_a_category_not_free_text() -> None:
    question = ReadBack(id="summary_correct", type="read_back", text="Is this right?")
    assert kind_of(question, NOT_APPLICABLE) is ItemKind.CATEGORICAL


# --- how it looks -----------------------------------------------------------------------------


@pytest.fixture
def pinned_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = itertools.count(1)
    monkeypatch.setattr(
        "interview.storage.sessions.secrets", SimpleNamespace(token_hex=lambda _n: f"{next(counter):08d}")
    )


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_snapshot_practice_question(
    size: tuple[int, int], store: SessionStore, pinned_ids: None, snap_compare: Any
) -> None:
    async def two_codings(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await code(pilot, "yes")
        await code(pilot, "the patient")
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause(0.2)

    assert snap_compare(practice_app(store), terminal_size=size, run_before=two_codings)
