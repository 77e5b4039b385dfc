"""The answer input: completes drug names from the catalogue and option labels from the question."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import events
from textual.suggester import SuggestFromList
from textual.widgets import Input

if TYPE_CHECKING:  # the engine and the script models load after the first paint
    from interview.engine import Conversation
    from interview.script.questions import QuestionBase

FINISHED = "Complete: 'review', 'edit N', or Escape for home"
CHOOSE = "Type the number or words of your answer (F1 help)"
TYPE = "Type the answer and press Enter (F1 help)"


def completions(question: QuestionBase | None) -> list[str]:
    """What the input may complete for this question (empty: no completion)."""
    from interview.record.catalogue import load_catalogue
    from interview.record.paths import is_drug_question
    from interview.script.questions import MultipleChoice, SingleChoice

    if is_drug_question(question):
        return load_catalogue().names()
    if isinstance(question, SingleChoice | MultipleChoice):
        return [option.label for option in question.options]
    return []


def placeholder(question: QuestionBase | None, finished: bool) -> str:
    """The hint in the empty input for this question."""
    from interview.script.questions import MultipleChoice, SingleChoice

    if finished:
        return FINISHED
    return CHOOSE if isinstance(question, SingleChoice | MultipleChoice) else TYPE


class AnswerInput(Input):
    """One line of answer; the suggester follows the question on screen (Tab or → accepts)."""

    _names: list[str] = []  # noqa: RUF012 (replaced, never mutated)

    async def _on_key(self, event: events.Key) -> None:
        # Enter submits here, in turn with the keys around it: as Input's binding it ran only after
        # the keys queued behind it, so typed-ahead "yes⏎2⏎" (a burst at launch) submitted "yes2" twice.
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            await self.action_submit()
            return
        await super()._on_key(event)

    async def action_submit(self) -> None:
        """Submit the line and empty the input at once (not when the screen gets round to it, which
        would also wipe whatever was typed after the Enter)."""
        value, self.value = self.value, ""
        self.post_message(self.Submitted(self, value))

    def follow(self, conversation: Conversation) -> None:
        """Set the completions and placeholder for the current question."""
        slot = conversation.current
        question = conversation.book.question(slot) if slot else None
        self.offer(completions(question), placeholder(question, conversation.finished))

    def offer(self, names: Sequence[str], hint: str) -> None:
        """Complete from these names (none: no completion), with this placeholder."""
        if list(names) != self._names:  # a new suggester only when the completions change
            self._names = list(names)
            self.suggester = SuggestFromList(names, case_sensitive=False) if names else None
        self.placeholder = hint
