"""Help (F1): the keys, the answer formats, and what the product does and does not do."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from interview.engine.prompts import ACCEPTED_FORMS, COMMANDS_HELP

KEYS = """\
| key | where | does |
|---|---|---|
| F1 | everywhere | this help |
| Ctrl+P | everywhere | command palette: every action by name |
| Enter | interview | send the answer |
| Tab or → | interview | accept the suggested completion (drug names, option labels) |
| F2 / F3 / F4 | interview | back / skip / why we ask |
| F6 | interview | review every answer and change one |
| F7 | interview | pause (resume later from Home) |
| F8 | interview | acknowledge a safety alert (the interviewer has read it and acted on it) |
| F9 | interview | this session's report so far |
| Escape | interview | back to Home (the session is paused, nothing is lost) |
| n / Enter / r | home | new interview / resume the selected session / its report |
| e | report | export the report to a file |
| Ctrl+Q | everywhere | quit |
"""

ABOUT = """\
## What this does
Leads a structured interview about depression that has not yet remitted, stores every line typed
at once (killing the terminal loses nothing), and shows staging by the published methods, the
differential, and a macro-analysis of linked problem areas, each with its reasons and sources.

## What this does not do
It does not diagnose, prescribe or replace clinical judgement. Its staging and targets are
prompts for the clinician's own assessment. It sends nothing over the network. A safety alert
asks for the clinician's attention; it is not a risk assessment.
"""


def help_markdown() -> str:
    """The whole help page as Markdown."""
    forms = "\n".join(f"| {kind.__name__} | {form} |" for kind, form in ACCEPTED_FORMS.items())
    return (
        f"# Help\n\n## Keys\n{KEYS}\n## Answers\n| question | you can answer with |\n|---|---|\n{forms}\n\n"
        f'Anywhere you may also type "don\'t know" or "prefer not to say" where the question allows.\n\n'
        f"{COMMANDS_HELP}\n\n{ABOUT}"
    )


class HelpScreen(ModalScreen[None]):
    """The help page over whatever screen was open; Escape or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close", "Close help", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(help_markdown())

    def action_close(self) -> None:
        """Back to the screen below."""
        self.dismiss(None)
