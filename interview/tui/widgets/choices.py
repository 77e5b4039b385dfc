"""The options of the current question, to pick with the mouse (or by typing their number)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:  # the engine and the script models load after the first paint
    from interview.engine import Conversation
    from interview.script.questions import QuestionBase


@dataclass(frozen=True)
class Choice:
    """One pickable answer: what is shown and what is typed for it."""

    label: str
    typed: str


def choices_for(question: QuestionBase | None, is_another: bool) -> list[Choice]:
    """The pickable answers of a question; none for questions answered in words or numbers."""
    from interview.script.questions import MultipleChoice, ReadBack, SingleChoice, YesNo

    if isinstance(question, YesNo | ReadBack) or (question is None and is_another):  # read-back: confirm
        return [Choice("Yes", "yes"), Choice("No", "no")]
    if isinstance(question, SingleChoice | MultipleChoice):
        numbers = question.option_numbers()  # the numbers typed: positions, or scores (PHQ-9 0-3)
        return [Choice(f"{n}. {o.label}", str(n)) for n, o in zip(numbers, question.options, strict=True)]
    return []


def is_multiple(question: QuestionBase | None) -> bool:
    """Whether picking an option adds it to the others (several answers) rather than answering."""
    from interview.script.questions import MultipleChoice

    return isinstance(question, MultipleChoice)


class ChoiceList(OptionList):
    """Options under the conversation; a click answers (or, for several answers, adds to the input)."""

    class Picked(Message):
        """An option was picked: `typed` is what answering it by keyboard would type."""

        def __init__(self, typed: str, adds: bool) -> None:
            super().__init__()
            self.typed = typed
            """The answer text for this option."""
            self.adds = adds
            """True for a multiple-choice question: the pick joins the others in the input."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's own parameter name)
        super().__init__(id=id)
        self._choices: list[Choice] = []
        self._multiple = False

    def follow(self, conversation: Conversation) -> None:
        """Show the options of the question on screen (hidden when it has none)."""
        slot = conversation.current
        question = conversation.book.question(slot) if slot else None
        self.offer(choices_for(question, slot is not None and slot.is_another), is_multiple(question))

    def offer(self, choices: Sequence[Choice], multiple: bool) -> None:
        """Show these options (hidden when there are none); `multiple`: a pick adds to the input."""
        self._multiple = multiple
        if list(choices) == self._choices:  # same options as the last question: no relayout
            return
        self._choices = list(choices)
        self.clear_options()
        self.add_options([Option(choice.label) for choice in self._choices])
        self.display = bool(self._choices)

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked(self._choices[event.option_index].typed, self._multiple))
