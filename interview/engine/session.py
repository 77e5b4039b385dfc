"""The model the state machine drives: where the interview stands, and the guards of the flow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from interview.engine.answers import AnswerBook
from interview.engine.machine import FINISHED, START, CompiledScript, another_state
from interview.engine.slots import Slot
from interview.script.questions import Repeat


class InterviewSession:
    """Position in the script (machine state plus repeat item) over an AnswerBook.

    The machine calls `arrive` after every transition; a state that does not apply or is already
    answered moves straight on, so `advance` always lands on the next question that needs an answer.
    """

    state: str

    def __init__(self, compiled: CompiledScript, book: AnswerBook) -> None:
        self.compiled = compiled
        self.book = book
        self.item: int | None = None
        self.on_listing: Callable[[Repeat], None] | None = None
        """Called on reaching an items_from group, to fix its entries before they are counted."""
        # Binding the triggers is all a session needs of the machine, which every session of the script
        # shares: removed again at once, the machine holds no reference to it (transitions documents that
        # a removed model keeps its triggers), so a closed conversation is freed with its last reference.
        self.compiled.machine.add_model(self, initial=START)
        self.compiled.machine.remove_model(self)

    # Bound by transitions (model_override=True binds only the triggers declared here).
    def advance(self) -> bool:
        """Move to the next question that needs an answer."""
        raise NotImplementedError

    def may_advance(self) -> bool:
        """Whether `advance` can fire from here."""
        raise NotImplementedError

    # --- where we are -------------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        """Whether the walk reached the end of the script."""
        return self.state == FINISHED

    @property
    def slot(self) -> Slot | None:
        """The slot of the current state (None at start, end, or a group's entry)."""
        info = self.compiled.states.get(self.state)
        if info is None or info.is_group_entry or self.state in (START, FINISHED):
            return None
        if info.group is None:
            return Slot(info.qid)
        return Slot(info.qid, info.group, self.item)

    def jump(self, slot: Slot) -> None:
        """Stand on a slot directly (going back, editing, replaying); no callbacks run."""
        state = another_state(slot.group) if slot.is_another and slot.group else slot.qid
        self.compiled.machine.set_state(state, model=self)
        self.item = slot.item

    # --- machine callbacks --------------------------------------------------------------------
    def arrive(self, _event: Any) -> None:
        """Skip past states that do not need asking; stop on the first that does."""
        if self.finished:
            return
        slot = self.slot
        info = self.compiled.states.get(self.state)
        if info is not None and info.is_group_entry and self.on_listing is not None:
            group = self._group(self.state)
            if group.items_from is not None and self.book.applies(Slot(group.id)):
                self.on_listing(group)
        if slot is None or not self.book.applies(slot) or self.book.answered(slot):
            self.advance()

    def group_has_items(self, event: Any) -> bool:
        """Guard: the group applies and has at least one item."""
        group = self._group(event.transition.source)
        return self.book.applies(Slot(group.id)) and self.book.item_count(group) > 0

    def group_has_more_items(self, event: Any) -> bool:
        """Guard: another item follows the current one."""
        group = self._group(event.transition.source)
        return self.item is not None and self.item + 1 < self.book.item_count(group)

    def start_items(self, _event: Any) -> None:
        """Before the first item."""
        self.item = 0

    def next_item(self, _event: Any) -> None:
        """Before each further item."""
        self.item = 0 if self.item is None else self.item + 1

    def leave_group(self, _event: Any) -> None:
        """After the last item."""
        self.item = None

    def _group(self, state: str) -> Repeat:
        info = self.compiled.states[state]
        group = self.book.index.question(info.group or info.qid)
        assert isinstance(group, Repeat)  # group transitions only leave group states
        return group
