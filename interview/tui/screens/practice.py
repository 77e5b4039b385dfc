"""Practice: pick a synthetic case, code what the patient says question by question, then see agreement."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Footer, Header, Input, Label, Select, Static

from interview.practice import CaseError, Feedback, PracticeResults, case_files, load_case
from interview.practice.agreement import MIN_KAPPA_ITEMS
from interview.practice.render import INSTRUCTIONS
from interview.practice.session import OFF_PATH
from interview.session.practice import StoredPractice
from interview.tui.commands import practice_commands
from interview.tui.screens.review import ReviewScreen
from interview.tui.screens.turns import TurnScreen
from interview.tui.widgets.answer import AnswerInput
from interview.tui.widgets.chat import ChatLog
from interview.tui.widgets.choices import ChoiceList

KAPPA_NOTE = (
    "Kappa is Cohen's, chance-corrected, over the yes/no, choice and rating items; it is given where "
    f"there are at least {MIN_KAPPA_ITEMS} of them and more than one category in use (n/a otherwise). "
    "Durations, doses and estimates agree within a tolerance and count in percent only."
)
PATIENT_STYLE = "italic magenta"
"""The patient's words in the conversation log (the current ones also stand in #patient-says)."""


@dataclass(frozen=True)
class PracticeChoice:
    """What the case picker returns."""

    case_path: Path
    trainee: str


def available_cases() -> list[tuple[str, Path]]:
    """(title, path) of each bundled case that loads, for the picker; broken cases are left out."""
    found: list[tuple[str, Path]] = []
    for path in case_files():
        try:
            found.append((f"{load_case(path).title} ({path.stem})", path))
        except CaseError:
            continue
    return found


class CasePickerDialog(ModalScreen[PracticeChoice | None]):
    """Choose a case and (optionally) a trainee pseudonym; Enter or Start begins, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="practice-pick.cancel"),
    ]

    def __init__(self, cases: list[tuple[str, Path]]) -> None:
        super().__init__()
        self.cases = cases

    def compose(self) -> ComposeResult:
        with Vertical(id="practice-dialog"):
            yield Label("Practice a case (synthetic patients; never real people)", id="practice-pick-title")
            yield Label("Case")
            yield Select(self.cases, value=self.cases[0][1], allow_blank=False, id="practice-case")
            yield Label("Trainee (a pseudonym, for your progress over attempts; may be left empty)")
            yield Input(placeholder="e.g. trainee-3", id="practice-trainee")
            with Horizontal(id="practice-buttons"):
                yield Button("Start", variant="primary", id="practice-start")
                yield Button("Cancel", id="practice-cancel")

    def on_mount(self) -> None:
        self.query_one("#practice-trainee", Input).focus()

    @on(Input.Submitted, "#practice-trainee")
    @on(Button.Pressed, "#practice-start")
    def _start(self) -> None:
        path = self.query_one("#practice-case", Select).value
        assert isinstance(path, Path)  # allow_blank=False: always one of the cases
        self.dismiss(PracticeChoice(path, self.query_one("#practice-trainee", Input).value.strip()))

    @on(Button.Pressed, "#practice-cancel")
    def action_cancel(self) -> None:
        """Close without starting anything."""
        self.dismiss(None)


class PracticeScreen(TurnScreen):
    """One practice attempt: every turn is stored as plain mode stores it; the results replace the input."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "command('back')", "Back", id="practice.back"),
        Binding("f3", "command('skip')", "Skip", id="practice.skip"),
        Binding("f4", "command('why')", "Why", id="practice.why"),
        Binding("f6", "review", "Review", id="practice.review"),
        Binding("f9", "results", "Results", id="practice.results"),
        Binding("escape", "leave", "Home", id="practice.home"),
    ]

    def __init__(self, practice: StoredPractice) -> None:
        super().__init__()
        self.practice = practice
        self.results: PracticeResults | None = None
        """Set once the results are shown (stored as an attempt when the case was completed)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="practice-body"):
            yield ChatLog(id="chat")
            yield Static("", id="patient-says")
            yield ChoiceList(id="choices")
            yield AnswerInput(id="answer")
            with VerticalScroll(id="practice-results"):
                yield Static("", id="results-title")
                yield DataTable(id="agreement", cursor_type="none", zebra_stripes=True)
                yield Static(KAPPA_NOTE, id="kappa-note")
                yield Static("", id="disagreements")
                yield DataTable(id="staging", cursor_type="none", zebra_stripes=True)
                yield Static("", id="teaching")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        case = self.practice.session.case
        trainee = self.practice.trainee or "no trainee name"
        self.sub_title = f"Practice · {case.title} · {trainee}"
        self.query_one("#practice-results").display = False
        chat = self.query_one(ChatLog)
        chat.write(Text(case.patient, style="bold"))
        chat.write(Text(" ".join(case.summary.split())))
        chat.write(Text(INSTRUCTIONS, style="dim"))
        self._show(self.practice.open())
        self.query_one(AnswerInput).focus()

    # --- turns --------------------------------------------------------------------------------
    def code(self, text: str) -> Feedback:
        """Send one line (a coding or a command); its events are stored before the feedback shows."""
        feedback = self.practice.code(text)
        self.query_one(ChatLog).show_answer(text, feedback.reply)
        self._show(feedback)
        return feedback

    def _show(self, feedback: Feedback) -> None:
        chat = self.query_one(ChatLog)
        chat.show(feedback.reply.messages)
        if feedback.patient_says is not None or feedback.off_path:  # a new question was asked
            chat.write(Text(_patient_line(feedback.patient_says), style=PATIENT_STYLE))
        conversation = self.practice.session.conversation
        self.query_one(AnswerInput).follow(conversation)
        self.query_one(ChoiceList).follow(conversation)
        self._follow_patient(feedback.key)
        if self.practice.session.finished:
            self.show_results()

    def _follow_patient(self, key: str | None) -> None:
        """The patient's words to the question waiting for a coding (hidden when there is none)."""
        panel = self.query_one("#patient-says", Static)
        panel.display = key is not None
        if key is not None:
            panel.update(Text(_patient_line(self.practice.session.says(key))))

    def show_results(self) -> None:
        """Agreement per section and overall, the disagreements, and both stagings side by side."""
        self.results = results = self.practice.finish()
        for hidden in ("#patient-says", "#choices", "#answer"):
            self.query_one(hidden).display = False
        self.query_one("#practice-results").display = True
        self.add_class("-results")  # the conversation shrinks to give the results the room
        title = _title(results, self.practice.attempt_stored)
        self.query_one("#results-title", Static).update(Text(title))
        agreement = self.query_one("#agreement", DataTable)
        agreement.clear(columns=True)
        agreement.add_columns("Section", "Items", "Agreed", "Percent", "Kappa")
        for row in [*results.sections, results.overall]:
            percent = f"{row.percent:.0f}%" if row.percent is not None else "-"
            agreement.add_row(row.title, row.scored, row.agreed, percent, row.kappa.short())
        self.query_one("#disagreements", Static).update(Text(_disagreements(results)))
        staging = self.query_one("#staging", DataTable)
        staging.clear(columns=True)
        staging.add_columns("", "Staging", "Expert", "Yours")
        for item in results.staging:
            staging.add_row("" if item.same else "≠", item.label, item.expert, item.trainee)
        staging.display = bool(results.staging)
        self.query_one("#teaching", Static).update(Text(_notes(results)))
        self.query_one("#practice-results").focus()

    # --- actions (keys and the command palette) -----------------------------------------------
    def action_command(self, name: str) -> None:
        """One of the engine's commands (back, skip, why, help) as if typed."""
        if not self.practice.session.finished:
            self.code(name)

    def action_review(self) -> None:
        """Every coding so far; a chosen one is asked again through 'edit N'."""

        def edit(number: int | None) -> None:
            if number is not None and not self.practice.session.finished:
                self.code(f"edit {number}")

        self.app.push_screen(ReviewScreen(self.practice.session.conversation), edit)

    def action_results(self) -> None:
        """The results now (before the end they are partial and not added to the progress)."""
        self.show_results()

    def turn(self, text: str) -> None:
        self.code(text)

    def interrupt(self) -> None:
        """An unfinished attempt is stored as paused (its codings are kept)."""
        self.practice.interrupt()

    def palette(self) -> Iterator[SystemCommand]:
        return practice_commands(self)


def _patient_line(says: str | None) -> str:
    """The patient's words to a question, or OFF_PATH when the case has none for it."""
    return f'The patient says: "{says.strip()}"' if says is not None else OFF_PATH


def _title(results: PracticeResults, stored: bool) -> str:
    if not results.completed:
        return (
            f"Results so far: {results.case.title}\nThe practice is not finished: unanswered questions "
            "count as disagreements, and this is not added to your progress."
        )
    saved = "Stored in your progress (interview practice --history)." if stored else ""
    return f"Results: {results.case.title}\n{saved}"


def _disagreements(results: PracticeResults) -> str:
    items = results.disagreements
    if not items:
        return "No disagreements: every scored item was coded as the expert coded it."
    lines = [f"Disagreements ({len(items)}):"]
    for number, item in enumerate(items, start=1):
        lines.append(f"{number}. {item.label}")
        if item.says:
            lines.append(f'   The patient said: "{item.says.strip()}"')
        lines.append(f"   You coded: {item.trainee.shown}")
        lines.append(f"   The expert coded: {item.expert.shown}")
        if item.reason:
            lines.append(f"   Why: {' '.join(item.reason.split())}")
    return "\n".join(lines)


def _notes(results: PracticeResults) -> str:
    """Why there is no staging (if so), then the case's teaching points."""
    lines = [] if results.staging else [f"Staging: {results.staging_note or 'not available'}.", ""]
    if results.case.teaching_points:
        lines += ["What this case teaches:", *(f"  - {p}" for p in results.case.teaching_points)]
    return "\n".join(lines)
