"""The current answers, and which questions apply given them: the one place branching is decided.

An answer recorded on a branch that no longer applies (because an earlier answer was changed) stays
in the event log but is "set aside": it is not applicable, so it is neither read by conditions nor
put in the record, and it comes back if the branch applies again.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from interview.engine.slots import ANOTHER, Slot
from interview.record.missing import MissingReason
from interview.script.conditions import Condition
from interview.script.evaluation import Absent, AnswerValue, evaluate
from interview.script.model import Script
from interview.script.questions import QuestionBase, Repeat


@dataclass
class Entry:
    """What is known for one slot."""

    value: object = None
    display: str = ""
    missing: MissingReason | None = None
    approximate: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def shown(self) -> str:
        """The answer as people read it: the understood value, or the missing reason in words."""
        return self.display if self.missing is None else self.missing.value.replace("_", " ")

    @property
    def answered(self) -> bool:
        """Whether the slot has an answer or a missing reason (notes alone are not an answer)."""
        return self.missing is not None or self.display != ""


class AnswerBook:
    """Answers by slot key, with applicability derived from the script's conditions."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.index = script.index
        self.entries: dict[str, Entry] = {}
        self._applies: dict[Slot, bool] = {}
        self._counts: dict[str, int] = {}
        """item_count by group id: slots() asks it per group on every walk (quadratic in a long repeat)."""
        self._visiting: set[Slot] = set()
        self.listed: dict[str, list[tuple[str, str]]] = {}
        """(id, words) of each entry an items_from group goes through, by group id (ItemsListed)."""

    # --- changes -------------------------------------------------------------------------------
    def entry(self, slot: Slot) -> Entry:
        """The entry for a slot, created empty on first use."""
        return self.entries.setdefault(slot.key, Entry())

    def set_answer(self, slot: Slot, value: object, display: str, approximate: bool) -> None:
        """Record a value, replacing any earlier answer or missing reason."""
        entry = self.entry(slot)
        entry.value, entry.display, entry.missing, entry.approximate = value, display, None, approximate
        self._changed()

    def set_missing(self, slot: Slot, reason: MissingReason) -> None:
        """Record why there is no value."""
        entry = self.entry(slot)
        entry.value, entry.display, entry.missing, entry.approximate = None, "", reason, False
        self._changed()

    def set_listed(self, group_id: str, items: list[tuple[str, str]]) -> None:
        """Fix the entries an items_from group goes through."""
        self.listed[group_id] = list(items)
        self._changed()

    def item_words(self, slot: Slot) -> str | None:
        """The words of the entry an items_from item stands for (None outside such an item)."""
        items = self.listed.get(slot.group or "", [])
        return items[slot.item][1] if slot.item is not None and slot.item < len(items) else None

    def clear(self, slot: Slot) -> None:
        """Set an answer aside so the question is asked again (notes stay; the event log keeps the old)."""
        entry = self.entries.get(slot.key)
        if entry is not None:
            entry.value, entry.display, entry.missing, entry.approximate = None, "", None, False
            self._changed()

    def _changed(self) -> None:
        """Forget what was derived from the answers (applicability, item counts)."""
        self._applies.clear()
        self._counts.clear()

    # --- reading -------------------------------------------------------------------------------
    def answered(self, slot: Slot) -> bool:
        """Whether the slot holds an answer or a missing reason."""
        entry = self.entries.get(slot.key)
        return entry is not None and entry.answered

    def value(self, slot: Slot) -> AnswerValue:
        """The value conditions see: Absent when not applicable, unanswered or missing."""
        entry = self.entries.get(slot.key)
        if entry is None or not entry.answered or not self.applies(slot):
            return Absent(None)
        if entry.missing is not None:
            return Absent(entry.missing.value)
        return entry.value

    def question(self, slot: Slot) -> QuestionBase | None:
        """The script question behind a slot (None for the implicit "another?" question)."""
        return None if slot.is_another else self.index.question(slot.qid)

    def item_count(self, group: Repeat) -> int:
        """How many items the group has now: from `count_from`, or 1 plus each "yes, another"."""
        count = self._counts.get(group.id)
        if count is None:
            count = self._counts[group.id] = self._compute_item_count(group)
        return count

    def _compute_item_count(self, group: Repeat) -> int:
        if group.items_from is not None:
            return self._listed_count(group)
        if group.count_from is not None:
            value = self.value(Slot(group.count_from))
            count = value if isinstance(value, int) and not isinstance(value, bool) else 0
            return max(0, min(count, group.max_items))
        count = 1
        while count < group.max_items:
            entry = self.entries.get(Slot(ANOTHER, group.id, count - 1).key)
            if entry is None or entry.value is not True or entry.missing is not None:
                break
            count += 1
        return count

    def _listed_count(self, group: Repeat) -> int:
        """All listed entries, or with page_size the pages reached: a yes to "more?" adds a page."""
        listed = min(len(self.listed.get(group.id, [])), group.max_items)
        if group.page_size is None:
            return listed
        count = min(listed, group.page_size)
        while count < listed:
            entry = self.entries.get(Slot(ANOTHER, group.id, count - 1).key)
            if entry is None or entry.value is not True or entry.missing is not None:
                break
            count = min(listed, count + group.page_size)
        return count

    def _offers_more(self, group: Repeat, item: int) -> bool:
        """Whether "more?" is asked after this item of an items_from group: at a page's end, more left."""
        if group.page_size is None:
            return False
        listed = min(len(self.listed.get(group.id, [])), group.max_items)
        return (item + 1) % group.page_size == 0 and item + 1 < listed

    def applies(self, slot: Slot) -> bool:
        """Whether the slot should be asked given the answers so far."""
        if slot in self._applies:
            return self._applies[slot]
        if slot in self._visiting:
            return False  # a cycle (the validator reports it); never loop at run time
        self._visiting.add(slot)
        try:
            result = self._compute_applies(slot)
        finally:
            self._visiting.discard(slot)
        self._applies[slot] = result
        return result

    def _compute_applies(self, slot: Slot) -> bool:
        placement = self.index.placements.get(slot.group or slot.qid)
        if placement is None:
            return False
        if placement.section.when is not None and not self.holds(placement.section.when, Slot("")):
            return False
        if slot.group is None:
            return placement.question.when is None or self.holds(placement.question.when, slot)
        group = placement.question
        assert isinstance(group, Repeat)  # a key with a group part always names a group
        if not self.applies(Slot(group.id)) or slot.item is None or slot.item >= self.item_count(group):
            return False
        if slot.is_another and group.items_from is not None:
            return self._offers_more(group, slot.item)
        question = self.question(slot)
        return question is None or question.when is None or self.holds(question.when, slot)

    def holds(self, condition: Condition, context: Slot) -> bool:
        """Evaluate a condition where `context` is asked (sibling answers are the same item's)."""
        return evaluate(condition, lambda qid: self.value(self._resolve(qid, context)), self._count)

    def _resolve(self, qid: str, context: Slot) -> Slot:
        placement = self.index.placements.get(qid)
        if placement is not None and placement.group is not None and placement.group.id == context.group:
            return context.sibling(qid)
        return Slot(qid)

    def _count(self, group_id: str, where: Condition | None) -> int:
        placement = self.index.placements.get(group_id)
        if placement is None or not isinstance(placement.question, Repeat):
            return 0
        group = placement.question
        if not self.applies(Slot(group.id)):
            return 0
        items = range(self.item_count(group))
        return sum(1 for i in items if where is None or self.holds(where, Slot("", group.id, i)))

    # --- walking -------------------------------------------------------------------------------
    def slots(self) -> Iterator[Slot]:
        """Every answerable slot that applies now, in the order the interview asks them."""
        for section in self.script.sections:
            for question in section.questions:
                slot = Slot(question.id)
                if not self.applies(slot):
                    continue
                if not isinstance(question, Repeat):
                    yield slot
                    continue
                for item in range(self.item_count(question)):
                    for inner in question.questions:
                        inner_slot = Slot(inner.id, question.id, item)
                        if self.applies(inner_slot):
                            yield inner_slot
                    if question.ask_another is not None and self.applies(Slot(ANOTHER, question.id, item)):
                        yield Slot(ANOTHER, question.id, item)
