"""The export dialog: where to write the report, in which format and for whom."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from interview.formats import REPORT_FORMATS

FORMAT_CHOICES: list[tuple[str, str]] = [
    (f"{f.name} ({f.suffix})", f.id) for f in REPORT_FORMATS if f.for_reading
]
"""The report formats a person reads, as the registry lists them."""
AUDIENCE_CHOICES: list[tuple[str, Literal["clinician", "patient"]]] = [
    ("Clinician report", "clinician"),
    ("Patient report (plain words)", "patient"),
]


@dataclass(frozen=True)
class ExportRequest:
    """What the dialog returns."""

    path: Path
    format: str
    """One of the readable REPORT_FORMATS."""
    audience: Literal["clinician", "patient"]


class ExportDialog(ModalScreen[ExportRequest | None]):
    """Choose a file, a format and an audience; Enter or Export writes, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    def __init__(self, suggested: Path) -> None:
        super().__init__()
        self.suggested = suggested

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Label("Export the report", id="export-title")
            yield Label("File (readable by you only)")
            yield Input(str(self.suggested), id="export-path")
            yield Select(FORMAT_CHOICES, value="md", allow_blank=False, id="export-format")
            yield Select(AUDIENCE_CHOICES, value="clinician", allow_blank=False, id="export-audience")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-go")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(Select.Changed, "#export-format")
    def _format_changed(self, event: Select.Changed) -> None:
        field = self.query_one("#export-path", Input)
        field.value = str(Path(field.value).with_suffix(f".{event.value}"))

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-go")
    def _export(self) -> None:
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            self.notify("Give a file name for the report.", severity="error")
            return
        chosen_format = self.query_one("#export-format", Select).value
        suffix = Path(text).suffix.lstrip(".").lower()
        readable = [choice for _, choice in FORMAT_CHOICES]
        if suffix in readable:  # a typed .html or .md name says which format is meant
            chosen_format = suffix
        audience = self.query_one("#export-audience", Select).value
        assert isinstance(chosen_format, str) and chosen_format in readable  # allow_blank=False
        assert audience in ("clinician", "patient")
        self.dismiss(ExportRequest(Path(text).expanduser(), chosen_format, audience))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        """Close without writing anything."""
        self.dismiss(None)
