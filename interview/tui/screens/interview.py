"""The interview screen: the conversation, the answer input, the options, progress and the safety banner.

A new session's screen may open on a stored opening before the engine has loaded (`pending`): it
looks the same, keys typed go into the input as usual, and whatever needs the engine (an answer, a
command, review, pause, report, leaving with work queued) waits, in order, until `attach` hands it
the live session.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Static

from interview.tui.commands import interview_commands
from interview.tui.messages import SessionChosen
from interview.tui.opening import Opening, opening_of
from interview.tui.screens.turns import TurnScreen
from interview.tui.widgets.answer import AnswerInput
from interview.tui.widgets.banner import SafetyBanner
from interview.tui.widgets.chat import ChatLog
from interview.tui.widgets.choices import ChoiceList
from interview.tui.widgets.progress import ProgressPanel

if TYPE_CHECKING:  # the engine loads after the first paint
    from interview.engine import Reply
    from interview.tui.live import LiveSession


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

    def __init__(
        self,
        live: LiveSession | None,
        opening: Opening,
        patient_label: str,
        home: Callable[[], Screen[None]] | None = None,
    ) -> None:
        super().__init__()
        self.home = home
        """Builds Home, for a screen that is the app's first (`interview run`: nothing under it)."""
        self.live = live
        """None while pending: the engine is loading and the session is not stored yet."""
        self.opening = opening
        """What is on screen before the first answer."""
        self.patient_label = patient_label
        self.ready = asyncio.Event()
        """Set once live (or given up while pending: left, quit, or failed to start): nothing waits."""
        if live is not None:
            self.ready.set()
        self._waiting: list[Callable[[], object]] = []

    @classmethod
    def started(cls, live: LiveSession, first: Reply) -> InterviewScreen:
        """The screen of a live session, on the engine's reply (a new session's first, or a resume)."""
        opening = opening_of(live.conversation, first, sections=False)  # the panel counts later
        return cls(live, opening, live.conversation.patient_label)

    @classmethod
    def pending(
        cls, opening: Opening, patient_label: str, home: Callable[[], Screen[None]]
    ) -> InterviewScreen:
        """A new session's screen painted from its stored opening while the engine loads, as the
        app's first screen (Home, built by `home`, takes its place when the person leaves)."""
        return cls(None, opening, patient_label, home)

    def leave(self) -> None:
        """Close this screen for Home: dismissed onto it, or, when it is the app's first screen (which
        Textual cannot pop or switch away from), covered by it for good."""
        if self.live is not None:
            self.live.release()
        if self.home is not None and self.app.screen_stack[0] is self:
            self.app.push_screen(self.home())
        else:
            self.dismiss(None)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="interview-body"):
            with Vertical(id="conversation"):
                yield SafetyBanner(id="banner")
                yield ChatLog(id="chat")
                yield ChoiceList(id="choices")
                yield AnswerInput(id="answer")
            yield ProgressPanel(id="progress")
        yield Static(id="footer-space")  # the Footer's line, until it is mounted after the first paint

    def on_mount(self) -> None:
        self._name_session()
        if self.live is not None and self.live.earlier:  # resumed: the conversation so far first
            self.query_one(ChatLog).show_earlier(self.live.earlier)
        self.query_one(ChatLog).show(self.opening.messages)
        if self.live is not None:
            self._follow()
        else:
            opening = self.opening
            self.query_one(AnswerInput).offer(opening.completions, opening.placeholder)
            self.query_one(ChoiceList).offer(opening.choices, opening.multiple)
            self.query_one(ProgressPanel).show_sections(opening.sections, finished=False)
        # at once, not after the queued messages (focus() waits for them): keys typed ahead of the
        # first paint are already queued, and would go to a screen with nothing focused
        self.set_focus(self.query_one(AnswerInput))
        self.call_after_refresh(self._mount_footer)

    async def _mount_footer(self) -> None:
        # The key hints take ~100 ms to build (a widget per key, laid out twice as the bindings
        # settle); the question is painted without waiting for them, on a blank line kept for them.
        from textual.widgets import Footer

        if not self.is_attached:  # closed already (quit at once)
            return
        with self.app.batch_update():
            await self.query_one("#footer-space").remove()
            if not self.is_attached:  # closed while the blank line was being removed
                return
            await self.mount(Footer(compact=True))
        self.refresh_bindings()  # a Footer draws its keys when told the bindings are current

    def _name_session(self) -> None:
        session = f"session {self.live.session_id}" if self.live else "new session"
        self.sub_title = f"{self.opening.title} · {self.patient_label or 'no label'} · {session}"

    # --- the engine arriving ------------------------------------------------------------------
    def attach(self, live: LiveSession, engine: Opening) -> None:
        """The engine is ready and the session stored: show its opening if it differs from the one
        painted, then do what was asked meanwhile, in order."""
        self.live = live
        self._name_session()
        if engine != self.opening:  # a stale opening (or none): the engine's words are the ones
            chat = self.query_one(ChatLog)
            chat.clear()
            chat.show(engine.messages)
            self.opening = engine
        self._follow()
        self.ready.set()
        while self._waiting and self.is_current:
            self._waiting.pop(0)()
        self._waiting.clear()  # an action that left or opened a dialog drops the rest, as keys would be

    def fail(self) -> None:
        """Give up while pending: the engine could not start this session (the app says why), or the
        person left or quit first. Nothing waits any more, and no session is stored."""
        self._waiting.clear()
        self.ready.set()

    @property
    def abandoned(self) -> bool:
        """Given up before the engine was ready (`fail`): its session is not to be stored."""
        return self.live is None and self.ready.is_set()

    def when_ready(self, action: Callable[[], object]) -> None:
        """Do this now if the engine is ready, else as soon as it is (after what is waiting already)."""
        if self.live is not None and not self._waiting:
            action()
        else:
            self._waiting.append(action)

    async def settled(self) -> None:
        """Wait for the engine when something is waiting for it (quitting must not lose an answer)."""
        if self.live is None and self._waiting:
            await self.ready.wait()

    # --- turns --------------------------------------------------------------------------------
    def say(self, text: str) -> Reply:
        """Send one line to the engine (committed first), then show the answer and the reply."""
        assert self.live is not None, "say() needs the engine: use when_ready"
        reply = self.live.say(text)
        chat = self.query_one(ChatLog)
        chat.show_answer(text, reply)
        chat.show(reply.messages)
        self._follow()
        return reply

    def _follow(self) -> None:
        assert self.live is not None
        conversation = self.live.conversation
        self.query_one(AnswerInput).follow(conversation)
        self.query_one(ChoiceList).follow(conversation)
        self.query_one(ProgressPanel).follow(conversation)
        alerts = conversation.alerts
        self.query_one(SafetyBanner).show_alerts([alerts[-1].banner] if alerts else [])

    def turn(self, text: str) -> None:
        """A typed or picked line; a typed 'pause' goes back to the home screen."""
        self.when_ready(lambda: self._turn(text))

    def _turn(self, text: str) -> None:
        self.say(text)
        if self.live is not None and self.live.conversation.paused:
            self.leave()

    def interrupt(self) -> None:
        """Stored as paused unless finished or paused already; while pending, no session is stored."""
        if self.live is None:
            self.fail()
        else:
            self.live.interrupt()

    def palette(self) -> Iterator[SystemCommand]:
        return interview_commands(self)

    # --- actions (keys and the command palette) -----------------------------------------------
    def action_command(self, name: str) -> None:
        """One of the engine's commands (back, skip, why, help, acknowledge) as if typed."""
        self.when_ready(lambda: self.say(name))

    def action_pause(self) -> None:
        """Pause: stored as the engine's pause, then back to the home screen."""
        self.when_ready(self._pause)

    def _pause(self) -> None:
        self.say("pause")
        self.leave()

    def action_review(self) -> None:
        """Open the review of every answer; a chosen answer is asked again through 'edit N'."""
        self.when_ready(self._review)

    def _review(self) -> None:
        from interview.tui.screens.review import ReviewScreen  # the engine's review: after the paint

        assert self.live is not None

        def edit(number: int | None) -> None:
            if number is not None:
                self.say(f"edit {number}")

        self.app.push_screen(ReviewScreen(self.live.conversation), edit)

    def action_report(self) -> None:
        """The report of this session so far (a partial record until the interview is complete)."""
        self.when_ready(self._report)

    def _report(self) -> None:
        assert self.live is not None
        self.post_message(SessionChosen(self.live.session_id, report=True))

    def action_leave(self) -> None:
        """Back to the home screen; leaving while pending with nothing asked stores no session."""
        if self.live is None and not self._waiting:
            self.interrupt()
            self.leave()
        else:
            self.when_ready(super().action_leave)
