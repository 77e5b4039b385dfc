"""The conversation's read-backs, made from the record of the answers so far.

It fills the engine's `ReadBacks` protocol by its shape alone (the mapping never imports the engine).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from interview.mapping.answers import Answers

if TYPE_CHECKING:
    from interview.script.model import Script

AreaNames = list[tuple[str, str, tuple[str, ...]]]


class ScriptAnswers(Answers, Protocol):
    """Answers that know their script, as the engine's AnswerBook does."""

    @property
    def script(self) -> Script: ...


class RecordReadBacks:
    """interview.engine.read_backs.ReadBacks over the record mapping and the macro-analysis.

    The modules that build the record are imported when a read-back is first needed, not here: they
    pull in the macro-analysis and staging (~70 ms), which no question needs before the first answer
    (the TUI warms them once its first screen is drawn).
    """

    def link_lines(self, book: ScriptAnswers, key: str) -> list[str]:
        """The areas found and the links proposed from the answers before `key`, numbered."""
        from interview.mapping.readback import read_back_lines

        return read_back_lines(book.script, book, key)

    def links(self, book: ScriptAnswers, key: str) -> list[tuple[str, str]]:
        """The links read back at `key`, as (from area, to area)."""
        from interview.mapping.readback import links_read_back_at

        return links_read_back_at(book.script, book, key)

    def area_names(self) -> AreaNames:
        """Every problem area of the catalogue."""
        from interview.mapping.readback import area_names

        return area_names()

    def items(self, book: ScriptAnswers, source: str) -> list[tuple[str, str]]:
        """The problem areas found, or the links proposed strongest first, from the answers so far;
        none when they cannot make a record yet."""
        from interview.mapping.build import MappingError, build_record
        from interview.mapping.links import area_items, link_items

        try:
            record = build_record(book.script, book)
        except MappingError:
            return []
        return area_items(record) if source == "problem_areas" else link_items(record)

    def summary_lines(self, book: ScriptAnswers, key: str) -> list[str]:
        """The plain-language summary of the record before `key`, with review numbers."""
        from interview.mapping.summary_readback import summary_read_back_lines

        return summary_read_back_lines(book.script, book, key)


READ_BACKS = RecordReadBacks()
"""The one instance every conversation of the product is given (it holds no state)."""
