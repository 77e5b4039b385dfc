"""Thase & Rush stages 0-V (1995/1997), strictly hierarchical (clinical-rules §1)."""

from __future__ import annotations

from collections.abc import Sequence

from interview.record.values import DrugClass
from interview.staging.counting import criterion, outcome_of, range_status, unique_paths
from interview.staging.courses import Course, failing_trials
from interview.staging.evidence import Evidence
from interview.staging.results import MethodResult, Status
from interview.staging.tristate import Tri, all_of, any_of

STAGES = ("Stage 0", "Stage I", "Stage II", "Stage III", "Stage IV", "Stage V")
KEYS = ("stage_0", "stage_1", "stage_2", "stage_3", "stage_4", "stage_5")
CATEGORIES = ("stage_0", "no_stage", *KEYS[1:])
"""Lowest to highest; no_stage (an adequate trial, none failed) sits between Stage 0 and Stage I."""
SOURCE = "Thase & Rush 1995/1997; stage 0 [S-GF]; stages I-V [W1]"
_TCA, _MAOI = DrugClass.TCA, DrugClass.MAOI
_LINKS = (
    ("I", "a failed adequate trial of one class", "[W1]"),
    ("II", "plus a failed adequate trial of a clearly different class", "[W1]"),
    ("III", "plus a failed adequate TCA trial (beyond the two classes above, 🛠)", "[W1]"),
    ("IV", "plus a failed adequate MAOI trial (beyond the classes above, 🛠)", "[W1]"),
    ("V", "plus a failed course of bilateral ECT", "[W1]"),
)


def _missing_slots(classes: set[DrugClass], stage: int) -> int:
    """How many more distinct failed classes stage `stage` needs (🛠 the chain as distinct slots)."""
    if stage <= 2:
        return max(0, stage - len(classes))
    specials = {_TCA} if stage == 3 else {_TCA, _MAOI}
    others = len(classes - specials)
    return sum(c not in classes for c in specials) + max(0, 2 - others)


def highest_stage(classes: set[DrugClass], wildcards: int, ect: bool) -> int:
    """The highest stage whose whole chain holds; wildcards are failures of unknown class."""
    stage = 0
    for candidate in range(1, 5):
        if _missing_slots(classes, candidate) > wildcards:
            break
        stage = candidate
    return 5 if stage == 4 and ect else stage


def _stage_range(ev: Evidence) -> tuple[int, int]:
    # augmentation does not count [W1]: a course counts by its drug's own trial (§16)
    sure = [c for c in ev.staged_courses if c.counts_alone is True]
    possible = [c for c in ev.staged_courses if c.counts_alone is not False]
    sure_classes = {m.drug_class for m in sure if m.drug_class is not None}
    if not sure_classes and sure:
        sure_classes = {DrugClass.OTHER_ANTIDEPRESSANT}  # an unknown class adds no second class
    ect_sure, ect_possible = _ect(ev)
    low = highest_stage(sure_classes, 0, ect_sure is True)
    classes = {m.drug_class for m in possible if m.drug_class is not None}
    wildcards = sum(m.drug_class is None for m in possible)
    return low, highest_stage(classes, wildcards, ect_possible is not False)


def _ect(ev: Evidence) -> tuple[Tri, Tri]:
    failed = [all_of((s.counts, s.bilateral)) for s in ev.staged_somatic if s.is_ect]
    return any_of(failed), any_of(failed)


def _unmet_link(stage: int) -> str:
    if stage == 5:
        return "every link of the chain is met"
    return f"next link not met: Stage {_LINKS[stage][0]} needs {_LINKS[stage][1]}"


NO_STAGE = "no stage: an adequate trial, none failed"
"""Not Stage 0, which is for a patient who has not yet had a single adequate trial [S-GF]."""


def _adequate(course: Course) -> Tri:
    """Whether the course's drug had an adequate antidepressant trial of its own: an entry that may
    be an add-on phase (strategy unknown) only possibly did, as augmentation does not count [W1]."""
    return all_of((course.own_trial, course.parent.adequate, course.parent.antidepressant))


def _adequate_trial(ev: Evidence) -> Tri:
    """Whether any staged antidepressant trial was adequate."""
    return any_of(_adequate(c) for c in ev.staged_courses)


def _labels(ev: Evidence) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Stage 0 only without a single adequate trial (clinical-rules §1, [S-GF]); an adequate trial
    that did not fail leaves the patient unstaged, not at Stage 0."""
    adequate = _adequate_trial(ev)
    if adequate is False:
        return STAGES, KEYS
    zero = NO_STAGE if adequate else f"Stage 0 or {NO_STAGE}"
    key = "no_stage" if adequate else "stage_0"  # the lowest the unknowns allow
    return (zero, *STAGES[1:]), (key, *KEYS[1:])


def evaluate(ev: Evidence) -> MethodResult:
    """Stage the current episode by Thase & Rush."""
    low, high = _stage_range(ev)
    criteria = [
        criterion(f"Stage {roman}", range_status(low, high, k + 1), text, source, derived=k >= 2)
        for k, (roman, text, source) in enumerate(_LINKS)
    ]
    for link in criteria[:4]:
        link.trials = failing_trials(ev.staged_courses, alone=True)
    criteria[0].reason += " (stage 0 = not yet a single adequate trial [S-GF])"
    notes = [
        _unmet_link(low) if low == high else "unknown inputs: see the range",
        "Augmentation does not count; adequacy is not defined by the model (§7 used); "
        "it assumes TCAs come after other classes and ranks TCAs/MAOIs above others [W1].",
        "🛠 our reading: stage III needs a TCA failure beyond two other failed classes, "
        "stage IV an MAOI beyond those; moclobemide (RIMA) is not counted as an MAOI.",
    ]
    outcome = outcome_of(low, high, *(_labels(ev) if low == 0 else (STAGES, KEYS)))
    if high == 0 and _adequate_trial(ev) is None:
        outcome.category_max = "no_stage"  # Stage 0 or no stage: whether a trial was adequate is unknown
    ranged = low != high or outcome.category_min != outcome.category_max
    return MethodResult(
        key="thase_rush",
        name="Thase & Rush staging",
        source=SOURCE,
        kind="category",
        categories=list(CATEGORIES),
        outcome=outcome,
        criteria=criteria,
        narrowing_inputs=_paths(ev, low == 0) if ranged else [],
        notes=notes,
    )


def _paths(ev: Evidence, zero_possible: bool) -> list[str]:
    """Inputs that may change a failure, or (when Stage 0 is possible and no trial is surely
    adequate) a trial's adequacy, which decides Stage 0 or no stage (§16: only those that matter)."""
    adequacy_open = zero_possible and _adequate_trial(ev) is None
    groups: Sequence[list[str]] = [
        c.parent.unknown_paths
        for c in ev.staged_courses
        if c.counts_alone is None or (adequacy_open and _adequate(c) is None)
    ]
    ect = [s.unknown_paths for s in ev.staged_somatic if s.is_ect]
    return unique_paths([*groups, *ect])


__all__ = ["STAGES", "Status", "evaluate", "highest_stage"]
