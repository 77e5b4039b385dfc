"""What the mapping reads: the current answers, slot by slot, as the engine's AnswerBook holds them.

Declared as protocols so that the mapping does not import the engine (the engine's read-back
question imports the mapping); an AnswerBook, or a Conversation through its `book`, fits them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Protocol, runtime_checkable

from interview.record.missing import MissingReason


class SlotView(Protocol):
    """One place an answer goes: a question, or a question within one repeat item."""

    @property
    def qid(self) -> str: ...
    @property
    def group(self) -> str | None: ...
    @property
    def item(self) -> int | None: ...
    @property
    def key(self) -> str: ...


class EntryView(Protocol):
    """What is known for one slot: a value, or why there is none."""

    @property
    def value(self) -> object: ...
    @property
    def missing(self) -> MissingReason | None: ...
    @property
    def answered(self) -> bool: ...


class Answers(Protocol):
    """The answers of an interview, with the slots that apply now (branches decided)."""

    @property
    def entries(self) -> Mapping[str, EntryView]: ...
    @property
    def listed(self) -> Mapping[str, list[tuple[str, str]]]:
        """(id, words) of the entries each items_from group goes through, by group id."""
        ...

    def slots(self) -> Iterator[SlotView]:
        """Every slot that applies given the answers, in the order the interview asks them."""
        ...


@runtime_checkable
class HasAnswers(Protocol):
    """Anything holding an AnswerBook as `book`, e.g. a Conversation."""

    @property
    def book(self) -> Answers: ...


def answers_of(source: Answers | HasAnswers) -> Answers:
    """The answers themselves, from an AnswerBook or from a Conversation."""
    return source.book if isinstance(source, HasAnswers) else source
