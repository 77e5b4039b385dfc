"""What the conversation reads back to the person from the record so far: a protocol the caller fills.

The engine knows nothing of the record mapping or the macro-analysis; whoever starts a conversation
passes something that makes these lines (interview.session.read_backs does it from the record).
"""

from __future__ import annotations

from typing import Protocol

from interview.engine.answers import AnswerBook
from interview.script.questions import ItemSource

AreaNames = list[tuple[str, str, tuple[str, ...]]]
"""Every problem area as (id, label, other names), for understanding "add poor sleep -> low mood"."""


class ReadBacks(Protocol):
    """The read-backs of link_review and read_back questions, each made from the answers before `key`."""

    def link_lines(self, book: AnswerBook, key: str) -> list[str]:
        """The lines under a link_review question: the areas found and the links proposed, numbered."""
        ...

    def links(self, book: AnswerBook, key: str) -> list[tuple[str, str]]:
        """The links read back at `key` as (from area, to area), in the order they were numbered."""
        ...

    def area_names(self) -> AreaNames:
        """Every problem area of the catalogue, to resolve the areas a correction names."""
        ...

    def summary_lines(self, book: AnswerBook, key: str) -> list[str]:
        """The lines under a read_back question: the plain-language summary with review numbers."""
        ...

    def items(self, book: AnswerBook, source: ItemSource) -> list[tuple[str, str]]:
        """The entries an items_from group goes through, as (id, words), from the answers so far."""
        ...


class NoReadBacks:
    """For a conversation started without the record: says so instead of reading anything back."""

    UNAVAILABLE = "  (Nothing can be read back here: this conversation was started without the record.)"

    def link_lines(self, book: AnswerBook, key: str) -> list[str]:
        """One line saying that nothing can be read back."""
        return [self.UNAVAILABLE]

    def links(self, book: AnswerBook, key: str) -> list[tuple[str, str]]:
        """No links were read back."""
        return []

    def area_names(self) -> AreaNames:
        """No areas are known."""
        return []

    def summary_lines(self, book: AnswerBook, key: str) -> list[str]:
        """One line saying that nothing can be read back."""
        return [self.UNAVAILABLE]

    def items(self, book: AnswerBook, source: ItemSource) -> list[tuple[str, str]]:
        """Nothing is listed: an items_from group has no items."""
        return []
