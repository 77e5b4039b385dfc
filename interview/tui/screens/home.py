"""Home: the sessions (filter as you type), a new interview, resume, and reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from interview.tui.messages import NewInterviewRequested, SessionChosen

if TYPE_CHECKING:  # storage is imported when Home is built, not at launch
    from interview.storage import SessionStore, SessionSummary

COLUMNS = ("Patient", "Script", "Started", "Last activity", "Status", "Session")


def matches(summary: SessionSummary, words: str, status: str) -> bool:
    """Whether every word of the filter appears in the session's label, script, status or id."""
    haystack = " ".join(
        (summary.patient_label, summary.script_id, status, summary.id, summary.started_at)
    ).casefold()
    return all(word in haystack for word in words.casefold().split())


def when(iso: str) -> str:
    """A stored UTC timestamp as 'YYYY-MM-DD HH:MM'."""
    return iso[:16].replace("T", " ")


class HomeScreen(Screen[None]):
    """Every session, newest first; the rows follow the filter as it is typed."""

    class PracticeRequested(Message):
        """Start a practice case (the app asks which, and for the trainee's pseudonym)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New interview", id="home.new"),
        Binding("enter", "resume", "Resume", id="home.resume", show=True),
        Binding("r", "report", "Report", id="home.report"),
        Binding("p", "practice", "Practice", id="home.practice"),
        Binding("slash", "filter", "Filter", id="home.filter"),
    ]

    def __init__(
        self, store: SessionStore, statuses: Callable[[list[SessionSummary]], dict[str, str]]
    ) -> None:
        super().__init__()
        self.store = store
        self.statuses_of = statuses
        """The status shown per session id: in progress, paused or finished, led by any alert."""
        self.summaries: list[SessionSummary] = []
        self.statuses: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(
            placeholder="Filter: type part of a label, script or status (/ to come here)", id="filter"
        )
        yield DataTable(cursor_type="row", zebra_stripes=True, id="sessions")
        yield Static("", id="home-empty")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Sessions · Enter resumes the highlighted one"
        self.query_one(DataTable).add_columns(*COLUMNS)
        self.reload()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the sessions again (after an interview, or on resume of this screen)."""
        self.summaries = self.store.summaries()
        self.statuses = self.statuses_of(self.summaries)
        self._fill(self.query_one("#filter", Input).value)

    def _fill(self, words: str) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for s in self.summaries:
            status = self.statuses[s.id]
            if matches(s, words, status):
                script = f"{s.script_id} v{s.script_version}"
                row = (
                    s.patient_label or "—",
                    script,
                    when(s.started_at),
                    when(s.last_activity),
                    status,
                    s.id,
                )
                table.add_row(*row, key=s.id)
        empty = self.query_one("#home-empty", Static)
        if not self.summaries:
            empty.update("No sessions yet. Press n to start a new interview.")
        elif not table.row_count:
            empty.update("No session matches the filter.")
        empty.display = not table.row_count

    @on(Input.Changed, "#filter")
    def _filtered(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_resume()

    @property
    def selected(self) -> str | None:
        """The session id of the highlighted row, if any."""
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def action_new(self) -> None:
        """Ask for a script and a label, then start the interview."""
        self.post_message(NewInterviewRequested())

    def action_resume(self) -> None:
        """Continue the highlighted session where it stopped."""
        if self.selected is not None:
            self.post_message(SessionChosen(self.selected, report=False))

    def action_report(self) -> None:
        """The report of the highlighted session."""
        if self.selected is not None:
            self.post_message(SessionChosen(self.selected, report=True))

    def action_practice(self) -> None:
        """Pick a synthetic practice case and code it (the app opens the picker)."""
        self.post_message(self.PracticeRequested())

    def action_filter(self) -> None:
        """Move to the filter field."""
        self.query_one("#filter", Input).focus()
