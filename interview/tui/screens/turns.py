"""What the interview and the practice screens share: each line typed or option picked is one turn."""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.app import SystemCommand
from textual.screen import Screen
from textual.widgets import Input

from interview.tui.widgets.answer import AnswerInput
from interview.tui.widgets.choices import ChoiceList


class TurnScreen(Screen[None]):
    """A screen of turns through the engine: the answer input (#answer), the options, leaving paused."""

    AUTO_FOCUS = "#answer"
    """Focused whenever the screen shows (Textual's default, the first focusable, is the chat)."""

    def turn(self, text: str) -> None:
        """One line (an answer, a coding or a command) to the engine, its events stored before it shows."""
        raise NotImplementedError

    def interrupt(self) -> None:
        """The screen is closing mid-way: store it as paused (every turn is already stored)."""
        raise NotImplementedError

    async def settled(self) -> None:
        """Return once nothing typed is waiting to be stored (before `interrupt` when quitting)."""

    def palette(self) -> Iterator[SystemCommand]:
        """The screen's command-palette entries."""
        raise NotImplementedError

    @on(Input.Submitted, "#answer")
    def _submitted(self, event: Input.Submitted) -> None:
        self.turn(event.value)  # the AnswerInput emptied itself as it submitted

    @on(ChoiceList.Picked)
    def _picked(self, event: ChoiceList.Picked) -> None:
        answer = self.query_one(AnswerInput)
        answer.focus()
        if event.adds:
            answer.value = f"{answer.value}, {event.typed}" if answer.value.strip() else event.typed
            answer.cursor_position = len(answer.value)
        else:
            self.turn(event.typed)

    def action_leave(self) -> None:
        """Back to the home screen; an unfinished interview or practice is paused (nothing is lost)."""
        self.interrupt()
        self.leave()

    def leave(self) -> None:
        """Close this screen: Home is under it."""
        self.dismiss(None)
