"""The answer input: completes drug names from the catalogue and option labels from the question."""

from __future__ import annotations

from textual.suggester import SuggestFromList
from textual.widgets import Input

from interview.engine import Conversation
from interview.record.catalogue import load_catalogue
from interview.script.questions import MultipleChoice, QuestionBase, SingleChoice, Text

DRUG_WORD = "drug"


def expects_drug_name(question: QuestionBase | None) -> bool:
    """A free-text question about a medicine: its id or its record field names a drug."""
    if not isinstance(question, Text):
        return False
    return DRUG_WORD in question.id or DRUG_WORD in (question.record or "").rsplit(".", 1)[-1]


def completions(question: QuestionBase | None) -> list[str]:
    """What the input may complete for this question (empty: no completion)."""
    if expects_drug_name(question):
        return load_catalogue().names()
    if isinstance(question, SingleChoice | MultipleChoice):
        return [option.label for option in question.options]
    return []


class AnswerInput(Input):
    """One line of answer; the suggester follows the question on screen (Tab or → accepts)."""

    _names: list[str] = []  # noqa: RUF012 (replaced, never mutated)

    def follow(self, conversation: Conversation) -> None:
        """Set the completions and placeholder for the current question."""
        slot = conversation.current
        question = conversation.book.question(slot) if slot else None
        names = completions(question)
        if names != self._names:  # a new suggester only when the completions change
            self._names = names
            self.suggester = SuggestFromList(names, case_sensitive=False) if names else None
        if conversation.finished:
            self.placeholder = "Complete: 'review', 'edit N', or Escape for home"
        elif isinstance(question, SingleChoice | MultipleChoice):
            self.placeholder = "Type the number or words of your answer (F1 help)"
        else:
            self.placeholder = "Type the answer and press Enter (F1 help)"
