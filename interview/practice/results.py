"""The results of one attempt: agreement per item, per section and overall, and both stagings."""

from __future__ import annotations

from dataclasses import dataclass

from interview.engine import Conversation
from interview.practice.case import PracticeCase
from interview.practice.comparison import Agreement, ItemResult, agreement, by_section, compare
from interview.practice.outcome import stage_answers
from interview.practice.staging_view import StagingRow, side_by_side
from interview.script.model import Script


@dataclass(frozen=True)
class PracticeResults:
    """Everything the trainee sees at the end, and what is stored for their progress."""

    case: PracticeCase
    completed: bool
    """Whether the trainee coded every question on their path."""
    items: list[ItemResult]
    overall: Agreement
    sections: list[Agreement]
    staging: list[StagingRow]
    staging_note: str
    """Empty, or why the staging could not be produced (e.g. the script maps nothing into the record)."""

    @property
    def disagreements(self) -> list[ItemResult]:
        """Scored items coded differently from the expert, in interview order."""
        return [item for item in self.items if item.agreed is False]

    @property
    def unscored(self) -> list[ItemResult]:
        """Free-text items, shown side by side but not scored."""
        return [item for item in self.items if item.agreed is None]


def build_results(
    case: PracticeCase, script: Script, expert: Conversation, trainee: Conversation
) -> PracticeResults:
    """Compare the trainee's conversation with the expert's, item by item and in staging."""
    items = compare(case, expert.book, trainee.book)
    expert_report, expert_note = stage_answers(script, expert)
    trainee_report, trainee_note = stage_answers(script, trainee)
    rows: list[StagingRow] = []
    if expert_report is not None and trainee_report is not None:
        rows = side_by_side(expert_report, trainee_report)
    return PracticeResults(
        case=case,
        completed=trainee.finished,
        items=items,
        overall=agreement("All sections", items),
        sections=by_section(items),
        staging=rows,
        staging_note=expert_note or trainee_note,
    )
