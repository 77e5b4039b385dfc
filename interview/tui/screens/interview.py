"""The interview screen: the conversation, the answer input, the options, progress and the safety banner."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header

from interview.engine import Reply
from interview.tui.commands import interview_commands
from interview.tui.live import LiveSession
from interview.tui.messages import SessionChosen
from interview.tui.screens.review import ReviewScreen
from interview.tui.screens.turns import TurnScreen
from interview.tui.widgets.answer import AnswerInput
from interview.tui.widgets.banner import SafetyBanner
from interview.tui.widgets.chat import ChatLog
from interview.tui.widgets.choices import ChoiceList
from interview.tui.widgets.progress import ProgressPanel


class InterviewScreen(TurnScreen):
    """Conducts one session: each line goes to the engine and is committed before the reply shows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Function keys: Ctrl+W/R/T/N belong to the browser when the app is served, Ctrl+P to the
        # command palette, and F5 reloads a browser page. Each is also a typed word and a palette entry.
        Binding("f2", "command('back')", "Back", id="interview.back"),
        Binding("f3", "command('skip')", "Skip", id="interview.skip"),
        Binding("f4", "command('why')", "Why", id="interview.why"),
        Binding("f6", "review", "Review", id="interview.review"),
        Binding("f7", "pause", "Pause", id="interview.pause"),
        Binding("f8", "command('acknowledge')", "Ack alert", id="interview.acknowledge"),
        Binding("f9", "report", "Report", id="interview.report"),
        Binding("escape", "leave", "Home", id="interview.home"),
    ]

    def __init__(self, live: LiveSession, first: Reply) -> None:
        super().__init__()
        self.live = live
        self._first = first

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="interview-body"):
            with Vertical(id="conversation"):
                yield SafetyBanner(id="banner")
                yield ChatLog(id="chat")
                yield ChoiceList(id="choices")
                yield AnswerInput(id="answer")
            yield ProgressPanel(id="progress")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        label = self.live.conversation.patient_label or "no label"
        self.sub_title = f"{self.live.conversation.script.title} · {label} · session {self.live.session_id}"
        self.query_one(ChatLog).show(self._first.messages)
        self._follow()
        self.query_one(AnswerInput).focus()

    # --- turns --------------------------------------------------------------------------------
    def say(self, text: str) -> Reply:
        """Send one line to the engine (committed first), then show the answer and the reply."""
        reply = self.live.say(text)
        chat = self.query_one(ChatLog)
        chat.show_answer(text, reply)
        chat.show(reply.messages)
        self._follow()
        return reply

    def _follow(self) -> None:
        conversation = self.live.conversation
        self.query_one(AnswerInput).follow(conversation)
        self.query_one(ChoiceList).follow(conversation)
        self.query_one(ProgressPanel).follow(conversation)
        alerts = conversation.alerts
        self.query_one(SafetyBanner).show_alerts([alerts[-1].banner] if alerts else [])

    def turn(self, text: str) -> None:
        """A typed or picked line; a typed 'pause' goes back to the home screen."""
        self.say(text)
        if self.live.conversation.paused:
            self.dismiss(None)

    def interrupt(self) -> None:
        """Stored as paused unless finished or paused already."""
        self.live.interrupt()

    def palette(self) -> Iterator[SystemCommand]:
        return interview_commands(self)

    # --- actions (keys and the command palette) -----------------------------------------------
    def action_command(self, name: str) -> None:
        """One of the engine's commands (back, skip, why, help, acknowledge) as if typed."""
        self.say(name)

    def action_pause(self) -> None:
        """Pause: stored as the engine's pause, then back to the home screen."""
        self.say("pause")
        self.dismiss(None)

    def action_review(self) -> None:
        """Open the review of every answer; a chosen answer is asked again through 'edit N'."""

        def edit(number: int | None) -> None:
            if number is not None:
                self.say(f"edit {number}")

        self.app.push_screen(ReviewScreen(self.live.conversation), edit)

    def action_report(self) -> None:
        """The report of this session so far (a partial record until the interview is complete)."""
        self.post_message(SessionChosen(self.live.session_id, report=True))
