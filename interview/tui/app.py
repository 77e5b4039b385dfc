"""The Textual app: Home, interview, review, report and help screens; `make_app` builds it.

`interview run` paints a new session's first question from its stored opening (interview.tui.opening)
and loads the engine on a thread right after; the store is opened, and the session created, on the
app's own thread once the engine is ready. Under `run`, `resume` and `practice CASE`, Home is built
only when the person leaves to it.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

from interview.tui.commands import screen_commands
from interview.tui.messages import SessionChosen
from interview.tui.opening import StoredOpening, keep_opening, kept_for, opening_of, stored_opening
from interview.tui.screens.interview import InterviewScreen
from interview.tui.screens.turns import TurnScreen

if TYPE_CHECKING:  # the engine, storage, Home and practice are imported after the first paint
    from interview.accounts import Account
    from interview.engine import Conversation, Reply
    from interview.script.cache import ScriptSource
    from interview.storage import SessionStore, SessionSummary
    from interview.tui.screens.home import HomeScreen
    from interview.tui.screens.new_interview import NewInterview
    from interview.tui.screens.practice import PracticeChoice

Clock = Callable[[], datetime]
StoreOpener = Callable[[], "SessionStore"]
"""Opens the store when it is first needed (`interview run` opens it once the engine is ready)."""
WARM_MODULES = ("interview.mapping",)
"""Left out of the launch (~70 ms) but needed by the first answer to a drug question or a read-back."""


def import_warm_modules() -> None:
    """Import WARM_MODULES (on a thread: the engine's, or one of their own)."""
    for name in WARM_MODULES:
        importlib.import_module(name)


def warm_imports() -> None:
    """Import WARM_MODULES on a thread once the first screen is drawn, while the person reads it."""
    threading.Thread(target=import_warm_modules, name="warm imports", daemon=True).start()


def prepare_new(source: ScriptSource, patient_label: str) -> tuple[Conversation, Reply]:
    """On the engine thread: import the engine and storage, load the script (from the bytes read
    before the first paint), begin the conversation."""
    import interview.storage.sessions  # noqa: F401 (imported here, so opening the store later is quick)
    from interview.script.cache import load_source_cached
    from interview.tui.live import begin

    return begin(load_source_cached(source), patient_label, source.path.resolve())


def now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class Start:
    """What to open at launch instead of Home: a new interview, a session to resume, or a practice case
    (Home is built when the person leaves it)."""

    script_path: Path | None = None
    patient_label: str = ""
    resume: str | None = None
    practice: PracticeChoice | None = None


class InterviewApp(App[None]):
    """The whole TUI; screens are thin and every turn goes through LiveSession."""

    CSS_PATH = "app.tcss"
    TITLE = "interview"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 (Textual declares it so)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="app.help"),
    ]

    def __init__(
        self,
        store: SessionStore | StoreOpener,
        start: Start | None = None,
        clock: Clock = now,
        account: Account | None = None,
    ) -> None:
        super().__init__()
        self._store = store
        self.account = account
        """The signed-in account when `interview serve` runs the app for one (its store sees only
        that account's sessions); None at the terminal, where the app is the machine user's."""
        if account is not None:
            self.title = f"interview · {account.name} ({account.role.value})"
        self._pending: tuple[InterviewScreen, StoredOpening, str] | None = None
        """`interview run` painted from a stored opening: the screen, the opening and the script file
        it was kept for, the patient label."""
        self.start = start
        self.clock = clock
        """When reports say they were generated (tests pin it)."""

    @property
    def store(self) -> SessionStore:
        """The session store, opened on first use when the app was given an opener."""
        if callable(self._store):
            self._store = self._store()
        return self._store

    def get_default_screen(self) -> Screen[None]:
        """Home; or, for `interview run` with a stored opening, the interview painted from it (no
        screen under it: one screen less to build before the first paint); else a backdrop."""
        start = self.start
        if start is None:
            return self.home_screen()
        if start.script_path is not None:
            stored = stored_opening(start.script_path)
            if stored is not None and stored.opening is not None:
                screen = InterviewScreen.pending(stored.opening, start.patient_label, self.home_screen)
                self._pending = (screen, stored, start.patient_label)
                return screen
        return Backdrop()

    def home_screen(self) -> HomeScreen:
        """Home, built now (it lists every session and reads their safety events)."""
        from interview.tui.screens.home import HomeScreen

        return HomeScreen(self.store, self.statuses)

    def show_home(self) -> None:
        """Build Home over the backdrop (the first time the person leaves to it); it stays from then."""
        if isinstance(self.screen, Backdrop):
            self.push_screen(self.home_screen())

    def on_mount(self) -> None:
        if self._pending is not None:  # painted from the opening: load the engine once it is on screen
            self.call_after_refresh(self._load_engine, *self._pending)
            return
        self.call_after_refresh(warm_imports)
        if self.start is None:
            return
        if self.start.resume is not None:
            self.open_session(self.start.resume)
        elif self.start.script_path is not None:  # no opening kept yet: start as Home does
            self.start_interview(self.start.script_path, self.start.patient_label)
        elif self.start.practice is not None:
            self.start_practice(self.start.practice)
        self.show_home()  # nothing opened (the app said why): Home, as when started from there

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from screen_commands(screen)
        yield SystemCommand(
            "Help", "Keys, answer formats, what this does and does not do (F1)", self.action_help
        )

    # --- what the screens ask for -------------------------------------------------------------
    def statuses(self, summaries: list[SessionSummary]) -> dict[str, str]:
        """The status Home shows per session, led by its safety alert when it raised one."""
        from interview.safety.state import SAFETY_EVENT_KINDS, alert_state

        safety = self.store.events_of_kinds(SAFETY_EVENT_KINDS)  # one query, not every whole log
        shown: dict[str, str] = {}
        for summary in summaries:
            alert = alert_state(safety.get(summary.id, [])).current
            if alert is None:
                shown[summary.id] = summary.status
            else:
                waiting = "" if alert.acknowledged_at else " (unacknowledged)"
                shown[summary.id] = f"alert {alert.level.value}{waiting} · {summary.status}"
        return shown

    def _load_engine(self, screen: InterviewScreen, stored: StoredOpening, patient_label: str) -> None:
        """Load the engine on a thread (the screen stays live); the session is stored on this thread."""

        def run() -> None:
            prepared: tuple[Conversation, Reply] | BaseException
            try:
                prepared = prepare_new(stored.source, patient_label)
            except BaseException as error:  # handed to the app's thread, which decides
                prepared = error
            try:
                self.post_message(EngineReady(screen, stored, prepared))  # thread-safe
            except RuntimeError:  # the app has closed already: nothing is stored
                return
            import_warm_modules()  # after the engine: the first answer must not wait for these

        threading.Thread(target=run, name="engine", daemon=True).start()

    def on_engine_ready(self, message: EngineReady) -> None:
        from interview.script import ScriptError
        from interview.storage import StorageError
        from interview.tui.live import LiveSession

        screen, prepared = message.screen, message.prepared
        if screen.abandoned:  # left or quit before this: no session is stored
            return
        if isinstance(prepared, ScriptError):  # the script no longer loads behind its opening
            screen.fail()
            self.notify(f"The script has problems: {prepared.problems[0]}", severity="error")
            screen.leave()
            return
        if isinstance(prepared, BaseException):
            raise prepared
        conversation, first = prepared
        try:
            live = LiveSession.stored(self.store, conversation, first)
        except StorageError as error:
            screen.fail()
            self.exit(return_code=1, message=f"interview: {error}")
            return
        opening = opening_of(conversation, first, sections=True)
        screen.attach(live, opening)
        keep_opening(message.stored, opening)

    def refused_to_trainee(self) -> bool:
        """A trainee account practises on synthetic cases only: say so, and refuse a real interview."""
        if self.account is None or self.account.conducts_interviews:
            return False
        self.notify(
            "Trainee accounts practise on synthetic cases only: press p for a practice case.",
            severity="warning",
        )
        return True

    def audit(self, action: str, detail: dict[str, str]) -> None:
        """Who did what, for a signed-in account (the terminal's own use is not audited)."""
        if self.account is not None:
            self.store.audit(action, detail)

    def start_interview(self, script_path: Path, patient_label: str) -> None:
        """Start a stored session with the chosen script and open it; keep its opening for next time."""
        from interview.script import ScriptError
        from interview.script.cache import load_source_cached, read_source
        from interview.tui.live import LiveSession

        try:
            source = read_source(script_path)  # read and hashed once: the cache and the opening
            script = load_source_cached(source)  # the parsed YAML is kept by digest
        except ScriptError as error:
            self.notify(f"The script has problems: {error.problems[0]}", severity="error")
            return
        live, first = LiveSession.start(self.store, script, patient_label, script_path.resolve())
        opening = opening_of(live.conversation, first, sections=True)  # shown, and kept for next time
        self.push_screen(InterviewScreen(live, opening, patient_label))
        keep_opening(kept_for(source), opening)

    def open_session(self, session_id: str) -> None:
        """Resume a stored session at the question where it stopped."""
        from interview.script import ScriptError
        from interview.storage import SessionBusy, UnknownSession
        from interview.tui.live import LiveSession

        if self.refused_to_trainee():
            return
        try:
            live, first = LiveSession.resume(self.store, self.store.resolve(session_id))
        except (UnknownSession, ScriptError, SessionBusy) as error:
            self.notify(str(error.args[0] if error.args else error), severity="error")
            return
        self.audit("session_opened", {"session": live.session_id})
        self.push_screen(InterviewScreen.started(live, first))

    def start_practice(self, choice: PracticeChoice) -> None:
        """Open a practice attempt at a case, stored as plain mode stores it."""
        from interview.practice import CaseError
        from interview.session.practice import StoredPractice, load_practice
        from interview.tui.screens.practice import PracticeScreen

        try:
            session = load_practice(str(choice.case_path))
        except CaseError as error:
            self.notify(str(error.args[0] if error.args else error), severity="error")
            return
        # a signed-in trainee's progress follows their account, whatever pseudonym was typed
        trainee = choice.trainee if self.account is None else self.account.name
        self.audit("practice_started", {"case": choice.case_path.stem})
        self.push_screen(PracticeScreen(StoredPractice(session, self.store, trainee)))

    def open_report(self, session_id: str) -> None:
        """The report of a session (finished or not: an unfinished one gives a partial record)."""
        # Imported here: reports bring jinja2, staging and macro-analysis (~130 ms at launch).
        from interview.session.outcome import OutcomeError, load_outcome
        from interview.storage import UnknownSession
        from interview.tui.screens.report import ReportScreen

        try:
            outcome = load_outcome(self.store, session_id)
        except (UnknownSession, OutcomeError) as error:
            self.notify(str(error.args[0] if error.args else error), severity="error")
            return
        self.audit("report_viewed", {"session": session_id})
        self.push_screen(ReportScreen(outcome, self.clock()))

    def on_session_chosen(self, message: SessionChosen) -> None:
        if message.report:
            self.open_report(message.session_id)
        else:
            self.open_session(message.session_id)

    def on_new_interview_requested(self) -> None:
        self.action_new_interview()

    def on_home_screen_practice_requested(self) -> None:
        self.action_practice()

    # --- actions ------------------------------------------------------------------------------
    def action_new_interview(self) -> None:
        """Ask for a script and a patient label, then start."""
        from interview.tui.screens.new_interview import NewInterviewDialog, available_scripts

        if self.refused_to_trainee():
            return
        scripts = available_scripts()
        if not scripts:
            self.notify("No question scripts found.", severity="error")
            return

        def chosen(choice: NewInterview | None) -> None:
            if choice is not None:
                self.start_interview(choice.script_path, choice.patient_label)

        self.push_screen(NewInterviewDialog(scripts), chosen)

    def action_practice(self) -> None:
        """Ask for a practice case and a trainee pseudonym, then start the practice."""
        from interview.tui.screens.practice import CasePickerDialog, available_cases

        cases = available_cases()
        if not cases:
            self.notify("No practice cases found.", severity="error")
            return

        def chosen(choice: PracticeChoice | None) -> None:
            if choice is not None:
                self.start_practice(choice)

        self.push_screen(CasePickerDialog(cases), chosen)

    def action_help(self) -> None:
        """The help page (F1 again or Escape closes it)."""
        from interview.tui.screens.help import HelpScreen  # here: markdown-it, ~30 ms at launch

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        """Quit; an open interview or practice is paused first (every turn is already stored)."""
        for screen in self.screen_stack:
            if isinstance(screen, TurnScreen):
                await screen.settled()  # an answer given before the engine was ready is stored first
                screen.interrupt()
        await super().action_quit()


class EngineReady(Message):
    """From the engine thread: a new session's conversation has begun (or could not)."""

    def __init__(
        self,
        screen: InterviewScreen,
        stored: StoredOpening,
        prepared: tuple[Conversation, Reply] | BaseException,
    ) -> None:
        super().__init__()
        self.screen = screen
        self.stored = stored
        self.prepared = prepared


class Backdrop(Screen[None]):
    """Under what `run`, `resume` or `practice CASE` opens: becomes Home when the person leaves to it
    (Home lists every session and reads their safety events; nobody sees it under an interview)."""

    _covered = False

    def on_screen_suspend(self) -> None:
        self._covered = True

    def on_screen_resume(self) -> None:
        if self._covered and isinstance(self.app, InterviewApp):
            self.app.show_home()


def make_app(
    store: SessionStore | StoreOpener,
    start: Start | None = None,
    clock: Clock = now,
    account: Account | None = None,
) -> InterviewApp:
    """The app as the CLI, `interview serve` and every test build it (an opener: opened when needed)."""
    return InterviewApp(store, start, clock, account)
