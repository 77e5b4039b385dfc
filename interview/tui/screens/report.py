"""The report of one session: the clinician report, staging detail, treatment timeline and macro-analysis."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown, Static, TabbedContent, TabPane

from interview.commands.common import UserError
from interview.commands.outcome import SessionOutcome
from interview.commands.report import outcome_report_input, write_private
from interview.macro_analysis import render as render_macro
from interview.report import render_report
from interview.report.timeline import build_timeline
from interview.report.timeline_text import LEGEND, draw_timeline
from interview.staging import render_markdown as staging_markdown
from interview.tui.screens.export import ExportDialog, ExportRequest

if TYPE_CHECKING:
    from interview.tui.app import InterviewApp


class ReportScreen(Screen[None]):
    """Tabs over one session's outcome; `e` exports the report to a file."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "export", "Export", id="report.export"),
        Binding("escape", "close", "Back", id="report.close"),
    ]

    def __init__(self, outcome: SessionOutcome, generated_at: datetime) -> None:
        super().__init__()
        self.outcome = outcome
        self.data = outcome_report_input(outcome)
        self.generated_at = generated_at

    def compose(self) -> ComposeResult:
        outcome = self.outcome
        timeline = draw_timeline(build_timeline(outcome.record, outcome.staging))
        report = render_report(self.data, "md", "clinician", self.generated_at)
        yield Header()
        with TabbedContent(id="report-tabs"):
            with TabPane("Report", id="tab-report"), VerticalScroll():
                yield Markdown(report, id="report-markdown")
            with TabPane("Staging", id="tab-staging"), VerticalScroll():
                yield Markdown(staging_markdown(outcome.staging), id="staging-markdown")
            with TabPane("Timeline", id="tab-timeline"), VerticalScroll():
                yield Static(f"{timeline}\n\n{LEGEND}", id="timeline", markup=False)
            with TabPane("Macro-analysis", id="tab-macro"), VerticalScroll():
                yield Static(render_macro(outcome.macro, "text"), id="macro", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        state = "complete" if self.outcome.finished else "not finished: a partial record"
        self.sub_title = f"Report · {self.outcome.summary.patient_label or 'no label'} · {state}"

    def action_export(self) -> None:
        """Ask where to write the report, then write it (owner-readable only)."""
        name = f"interview-report-{self.outcome.session_id}.md"
        suggested = Path(name) if self._served_app() else Path.cwd() / name  # served: a download's name
        self.app.push_screen(ExportDialog(suggested), self._write)

    def _write(self, request: ExportRequest | None) -> None:
        if request is None:
            return
        text = render_report(self.data, request.format, request.audience, self.generated_at)
        served = self._served_app()
        if served is not None:  # to the person's browser, never into a file on the server
            mime = "text/html" if request.format == "html" else "text/markdown"
            name = request.path.name
            served.deliver_text(io.StringIO(text), save_filename=name, open_method="download", mime_type=mime)
            served.audit("report_downloaded", {"session": self.outcome.session_id, "to": "browser"})
            self.notify(f"Report sent to your browser as {name}")
            return
        try:
            write_private(request.path, text)
        except UserError as error:
            self.notify(str(error), severity="error")
            return
        self.notify(f"Report written to {request.path}")

    def _served_app(self) -> InterviewApp | None:
        """The app when `interview serve` runs it for a signed-in account (whose paths on the server
        are not theirs to write); None at a terminal."""
        from interview.tui.app import InterviewApp  # here: the app module imports this screen

        app = self.app
        return app if isinstance(app, InterviewApp) and app.account is not None else None

    def action_close(self) -> None:
        """Back to where the report was opened from."""
        self.dismiss(None)
