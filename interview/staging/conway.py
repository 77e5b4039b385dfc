"""Conway, George & Sackeim 2017: stage 1/2 TRD counting psychotherapy (clinical-rules §6)."""

from __future__ import annotations

from collections.abc import Hashable

from interview.staging.counting import Item, criterion, distinct_range, outcome_of, range_status, unique_paths
from interview.staging.courses import failing_trials
from interview.staging.evidence import Evidence
from interview.staging.results import MethodResult
from interview.staging.tristate import count_range

LABELS = ("not TRD by Conway 2017", "Stage 1 TRD", "Stage 2 TRD")
KEYS = ("not_trd", "stage_1", "stage_2")
SOURCE = "Conway, George & Sackeim, JAMA Psychiatry 2017, as quoted in [S-MK]"


def _items(ev: Evidence) -> list[Item]:
    """Medication failures by drug class; psychotherapy failures as their own class (🛠)."""
    items: list[Item] = [(c.counts, c.drug_class) for c in ev.staged_courses]
    for p in ev.staged_psys:
        cls: Hashable | None = f"psychotherapy:{p.modality.value}" if p.modality else None
        items.append((p.counts_conway, cls))
    return items


def _level(count: int, classes: int) -> int:
    if count >= 2 and classes >= 2:
        return 2 if count >= 3 else 1
    return 0


def evaluate(ev: Evidence) -> MethodResult:
    """Stage the current episode by Conway 2017."""
    items = _items(ev)
    low_n, high_n = count_range(c for c, _ in items)
    low_k, high_k = distinct_range(items)
    low, high = _level(low_n, low_k), _level(high_n, high_k)
    psy = [p.counts_conway for p in ev.staged_psys]
    criteria = [
        criterion(
            "Stage 1",
            range_status(low, high, 1),
            f"{low_n}-{high_n} failed adequate treatments in {low_k}-{high_k} classes; "
            "two from different classes needed",
            "[S-MK]",
        ),
        criterion("Stage 2", range_status(low, high, 2), "a third failed adequate treatment", "[S-MK]"),
        criterion(
            "psychotherapy counted",
            range_status(*count_range(psy), 1),
            "≥8 attended sessions of an evidence-based psychotherapy",
            "[S-MK]",
        ),
    ]
    criteria[0].trials = criteria[1].trials = failing_trials(ev.staged_courses)
    return MethodResult(
        key="conway",
        name="Conway et al. 2017",
        source=SOURCE,
        kind="category",
        categories=list(KEYS),
        outcome=outcome_of(low, high, LABELS, KEYS),
        criteria=criteria,
        narrowing_inputs=_paths(ev) if low != high else [],
        notes=[
            "❌ Conway's antidepressant dose-duration bar is not in the excerpts read; §7 used.",
            "🛠 a psychotherapy counts as its own class; two different psychotherapies count "
            "as different classes (⚠️ our reading).",
        ],
    )


def _paths(ev: Evidence) -> list[str]:
    groups = [c.unknown_paths for c in ev.staged_courses if c.counts is None]
    groups += [p.unknown_paths for p in ev.staged_psys if p.counts_conway is None]
    return unique_paths(groups)
