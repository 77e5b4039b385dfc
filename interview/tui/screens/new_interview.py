"""The new-interview dialog: pick a script and a patient label (a pseudonym, never a real name)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from interview.locations import bundled_scripts_dir


@dataclass(frozen=True)
class NewInterview:
    """What the dialog returns."""

    script_path: Path
    patient_label: str


def available_scripts(folder: Path | None = None) -> list[tuple[str, Path]]:
    """(title, path) of each script that loads, for the picker; broken scripts are left out."""
    # when the dialog opens, not at launch; through the script cache (as starting one does), which
    # keeps each file's parse: ~300 ms for the bundled scripts otherwise, every time the dialog opens
    from interview.script import ScriptError
    from interview.script.cache import load_script_cached

    found: list[tuple[str, Path]] = []
    for path in sorted((folder or bundled_scripts_dir()).glob("*.yaml")):
        try:
            found.append((f"{load_script_cached(path).title} ({path.stem})", path))
        except ScriptError:
            continue
    return found


class NewInterviewDialog(ModalScreen[NewInterview | None]):
    """Start an interview: Enter in the label field or the Start button; Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="new.cancel"),
    ]

    def __init__(self, scripts: list[tuple[str, Path]]) -> None:
        super().__init__()
        self.scripts = scripts

    def compose(self) -> ComposeResult:
        with Vertical(id="new-dialog"):
            yield Label("New interview", id="new-title")
            yield Label("Script")
            yield Select(self.scripts, value=self.scripts[0][1], allow_blank=False, id="new-script")
            yield Label("Patient label (a pseudonym, never a real name)")
            yield Input(placeholder="e.g. P-017", id="new-label")
            with Horizontal(id="new-buttons"):
                yield Button("Start", variant="primary", id="new-start")
                yield Button("Cancel", id="new-cancel")

    def on_mount(self) -> None:
        self.query_one("#new-label", Input).focus()

    @on(Input.Submitted, "#new-label")
    @on(Button.Pressed, "#new-start")
    def _start(self) -> None:
        path = self.query_one("#new-script", Select).value
        assert isinstance(path, Path)  # allow_blank=False: always one of the scripts
        self.dismiss(NewInterview(path, self.query_one("#new-label", Input).value.strip()))

    @on(Button.Pressed, "#new-cancel")
    def action_cancel(self) -> None:
        """Close without starting anything."""
        self.dismiss(None)
