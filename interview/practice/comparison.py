"""Item by item, the trainee's coding beside the expert's; agreement per section and overall."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from interview.engine.answers import AnswerBook
from interview.engine.prompts import item_heading, question_line
from interview.engine.slots import Slot
from interview.practice.agreement import Kappa, cohen_kappa, percent_agreement
from interview.practice.case import PracticeCase
from interview.practice.coding import Coding, ItemKind, agree, category, coding_of, kind_of
from interview.script.questions import Repeat

OFF_PATH_REASON = "The expert's coding of an earlier answer means this question does not apply."


@dataclass(frozen=True)
class ItemResult:
    """One question: what the patient said, both codings, and whether they agree."""

    key: str
    section_id: str
    section_title: str
    label: str
    kind: ItemKind
    says: str | None
    expert: Coding
    trainee: Coding
    agreed: bool | None
    """None for free text, which is shown but not scored."""
    reason: str | None
    """The expert's reason for the coding (from the case), when one is given."""


@dataclass(frozen=True)
class Agreement:
    """Agreement over a set of items: counts, percent and kappa (or why kappa is not given)."""

    title: str
    scored: int
    agreed: int
    percent: float | None
    kappa: Kappa


def compare(case: PracticeCase, expert: AnswerBook, trainee: AnswerBook) -> list[ItemResult]:
    """Every question either path asks, in interview order, with both codings."""
    keys = {slot.key: slot for book in (expert, trainee) for slot in book.slots()}
    ordered = sorted(keys.values(), key=lambda slot: _order(expert, slot))
    return [_item(case, expert, trainee, slot) for slot in ordered]


def agreement(title: str, items: Iterable[ItemResult]) -> Agreement:
    """Percent agreement over scored items; Cohen's kappa over the categorical ones."""
    scored = [item for item in items if item.agreed is not None]
    categorical = [
        (category(item.expert), category(item.trainee))
        for item in scored
        if item.kind is ItemKind.CATEGORICAL
    ]
    agreed = [bool(item.agreed) for item in scored]
    return Agreement(title, len(scored), sum(agreed), percent_agreement(agreed), cohen_kappa(categorical))


def by_section(items: list[ItemResult]) -> list[Agreement]:
    """Agreement for each section, in interview order."""
    titles = dict.fromkeys((item.section_id, item.section_title) for item in items)
    return [
        agreement(title, (item for item in items if item.section_id == section)) for section, title in titles
    ]


def _item(case: PracticeCase, expert: AnswerBook, trainee: AnswerBook, slot: Slot) -> ItemResult:
    book = expert if expert.applies(slot) else trainee
    placement = book.index.placements[slot.group or slot.qid]
    question = book.question(slot)
    expert_coding, trainee_coding = coding_of(expert, slot), coding_of(trainee, slot)
    kind = kind_of(question, expert_coding)
    answer = case.answer(slot.key)
    reason = answer.reason if answer is not None else None
    if not expert.applies(slot):
        reason = OFF_PATH_REASON
    return ItemResult(
        key=slot.key,
        section_id=placement.section.id,
        section_title=placement.section.title,
        label=_label(book, slot),
        kind=kind,
        says=answer.says if answer is not None else None,
        expert=expert_coding,
        trainee=trainee_coding,
        agreed=agree(kind, question, expert_coding, trainee_coding),
        reason=reason,
    )


def _order(book: AnswerBook, slot: Slot) -> tuple[int, int, int]:
    """Script order: the question (or its group), then the item, then the question within the item."""
    placements = book.index.placements
    outer = placements[slot.group or slot.qid].order
    if slot.group is None:
        return (outer, -1, -1)
    inner = placements[slot.qid].order if slot.qid in placements else len(placements)  # "another?" last
    return (outer, slot.item or 0, inner)


def _label(book: AnswerBook, slot: Slot) -> str:
    group = book.index.question(slot.group) if slot.group else None
    prefix = f"{item_heading(group, slot.item or 0)}: " if isinstance(group, Repeat) else ""
    return prefix + question_line(book, slot, width=80)
