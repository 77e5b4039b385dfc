"""The side panel: the script's sections, where the interview stands, and how far through it is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

if TYPE_CHECKING:  # the engine loads after the first paint
    from interview.engine import Conversation


@dataclass(frozen=True)
class SectionProgress:
    """One section as the panel shows it."""

    title: str
    answered: int
    total: int
    current: bool


def section_progress(conversation: Conversation) -> list[SectionProgress]:
    """Answered and applicable questions per section, read from the engine's answer book."""
    book = conversation.book
    current = conversation.current
    counts: dict[str, list[int]] = {section.id: [0, 0] for section in conversation.script.sections}
    current_section = None
    for slot in book.slots():
        section_id = book.index.placements[slot.group or slot.qid].section.id
        counts[section_id][1] += 1
        counts[section_id][0] += book.answered(slot)
        if slot == current:
            current_section = section_id
    return [
        SectionProgress(section.title, *_pair(counts[section.id]), current=section.id == current_section)
        for section in conversation.script.sections
    ]


def _pair(count: list[int]) -> tuple[int, int]:
    return count[0], count[1]


def progress_text(sections: Sequence[SectionProgress], finished: bool) -> Text:
    """The panel's content: a mark per section and an overall count."""
    text = Text()
    for section in sections:
        if section.current:
            mark, style = "▶", "bold"
        elif section.total and section.answered == section.total:
            mark, style = "✓", "green"
        elif not section.total:
            mark, style = "–", "dim"  # does not apply given the answers so far
        else:
            mark, style = "·", ""
        text.append(f"{mark} {section.title}", style=style)
        text.append(f"  {section.answered}/{section.total}\n" if section.total else "\n", style="dim")
    answered = sum(s.answered for s in sections)
    total = sum(s.total for s in sections)
    text.append("\nComplete" if finished else f"\n{answered} of {total} answered", style="bold")
    return text


class ProgressPanel(Static):
    """Sections and progress, redrawn a moment after each turn, off the path to the next question.

    Counting applicable questions walks every slot of the script, which grows with the length of the
    interview (about 45 ms at turn 500 of a 500-question interview); the next question must not wait
    for it, and a hidden panel (80 columns) need not count at all.
    """

    DELAY = 0.25
    """Seconds after a turn before the panel is redrawn (turns in quick succession redraw once)."""

    _shown = ""
    _conversation: Conversation | None = None
    _timer: Timer | None = None

    def follow(self, conversation: Conversation) -> None:
        """Redraw soon from the engine's state."""
        self._conversation = conversation
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.DELAY, self.show)

    def show(self) -> None:
        """Redraw now (when displayed)."""
        self._timer = None
        conversation = self._conversation
        if conversation is None or not self.display:
            return
        self.show_sections(section_progress(conversation), conversation.finished)

    def show_sections(self, sections: Sequence[SectionProgress], finished: bool) -> None:
        """Draw these sections now (a stored opening's, before the engine has loaded)."""
        text = progress_text(sections, finished)
        if text.plain != self._shown:
            self._shown = text.plain
            self.update(text)

    def on_resize(self) -> None:
        self.show()  # shown again after a narrow terminal was widened
