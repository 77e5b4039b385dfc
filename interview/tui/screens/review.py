"""The review: every answer grouped by section; choosing one asks it again through the engine's 'edit N'."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from interview.engine import Conversation
from interview.engine.prompts import item_heading, question_line
from interview.engine.review import describe, reviewable_slots, set_aside_keys
from interview.script.questions import Repeat


def review_options(conversation: Conversation) -> list[Option | None]:
    """Section headings (disabled) and one option per answer, its id being its review number."""
    book = conversation.book
    options: list[Option | None] = []
    section_id = ""
    for number, slot in enumerate(reviewable_slots(book), start=1):
        placement = book.index.placements[slot.group or slot.qid]
        if placement.section.id != section_id:
            section_id = placement.section.id
            options.append(Option(Text(placement.section.title, style="bold underline"), disabled=True))
        group = book.index.question(slot.group) if slot.group else None
        prefix = f"{item_heading(group, slot.item or 0)} · " if isinstance(group, Repeat) else ""
        question = question_line(book, slot)
        line = Text(f"{number:>3}. {prefix}{question}\n     ")
        line.append(describe(book.entries[slot.key]), style="bold")
        options.append(Option(line, id=str(number)))
    aside = set_aside_keys(book)
    if aside:
        heading = Text("Set aside (no longer apply; kept in the log)", style="dim")
        options.append(Option(heading, disabled=True))
        options += [
            Option(Text(f"  {k}: {book.entries[k].shown}", style="dim"), disabled=True) for k in aside
        ]
    return options


class ReviewScreen(ModalScreen[int | None]):
    """Pick an answer to change (its number), or Escape to go back unchanged."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_review", "Back to the interview", id="review.close"),
    ]

    def __init__(self, conversation: Conversation) -> None:
        super().__init__()
        self.conversation = conversation

    def compose(self) -> ComposeResult:
        yield Static("Review: choose an answer to change it (Enter), Escape to go back", id="review-title")
        options = review_options(self.conversation)
        yield OptionList(*options, id="review-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    def action_dismiss_review(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)
