"""Command-palette entries (Ctrl+P): every key's action by name, for the screen that is open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

from interview.tui.screens.turns import TurnScreen

if TYPE_CHECKING:  # each screen gives its own entries (palette()); practice is imported when opened
    from interview.tui.screens.home import HomeScreen
    from interview.tui.screens.interview import InterviewScreen
    from interview.tui.screens.practice import PracticeScreen


def _typed_commands(command: Callable[[str], None]) -> Iterator[SystemCommand]:
    """The engine's typed commands, shared by the interview and the practice screens."""
    yield SystemCommand("Back", "Go back to the previous question (F2)", partial(command, "back"))
    yield SystemCommand("Skip", "Skip this question if it allows it (F3)", partial(command, "skip"))
    yield SystemCommand("Why", "Why this question is asked, with its source (F4)", partial(command, "why"))
    yield SystemCommand("Help on this question", "What answers this question takes", partial(command, "help"))


def interview_commands(screen: InterviewScreen) -> Iterator[SystemCommand]:
    """The interview's actions: the engine's typed commands and the review."""
    yield from _typed_commands(screen.action_command)
    yield SystemCommand("Review", "Every answer; choose one to change it (F6)", screen.action_review)
    yield SystemCommand("Pause", "Pause; resume later from Home (F7)", screen.action_pause)
    yield SystemCommand(
        "Acknowledge safety alert",
        "The interviewer has read the alert and acted on it (F8)",
        partial(screen.action_command, "acknowledge"),
    )
    yield SystemCommand(
        "Show safety alert", "The alert's full text again", partial(screen.action_command, "alert")
    )
    yield SystemCommand("Report", "This session's report so far (F9)", screen.action_report)


def home_commands(screen: HomeScreen) -> Iterator[SystemCommand]:
    """The home screen's actions."""
    yield SystemCommand("New interview", "Pick a script and a patient label (n)", screen.action_new)
    yield SystemCommand("Resume", "Continue the highlighted session (Enter)", screen.action_resume)
    yield SystemCommand("Report", "The highlighted session's report (r)", screen.action_report)
    yield SystemCommand(
        "Practice a case", "Code a synthetic patient and compare with an expert (p)", screen.action_practice
    )
    yield SystemCommand("Filter sessions", "Type to filter the list (/)", screen.action_filter)


def practice_commands(screen: PracticeScreen) -> Iterator[SystemCommand]:
    """The practice's actions: the engine's typed commands, the review and the results."""
    yield from _typed_commands(screen.action_command)
    yield SystemCommand("Review", "Every coding so far; choose one to change it (F6)", screen.action_review)
    yield SystemCommand(
        "Results", "Agreement with the expert (partial before the end) (F9)", screen.action_results
    )
    yield SystemCommand("Home", "Leave the practice; its codings are kept (Escape)", screen.action_leave)


def screen_commands(screen: Screen[object]) -> Iterator[SystemCommand]:
    """The palette entries of the screen that is open (none for dialogs)."""
    from interview.tui.screens.home import HomeScreen  # built only when the person goes there

    if isinstance(screen, HomeScreen):
        yield from home_commands(screen)
    elif isinstance(screen, TurnScreen):
        yield from screen.palette()
