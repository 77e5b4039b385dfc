"""Massachusetts General Hospital staging (Fava 2003): points, no bands (clinical-rules §3)."""

from __future__ import annotations

from interview.staging.counting import criterion, span, unique_paths
from interview.staging.courses import Course
from interview.staging.evidence import Evidence
from interview.staging.medication import MedAssessment
from interview.staging.results import MethodResult, Outcome, Status
from interview.staging.tristate import Tri, any_of, count_range

SOURCE = "Fava M 2003 via [S-GF] §2 and [W2] Panel 1"


def _half(value: Tri) -> tuple[float, float]:
    return (0.5 if value is True else 0.0, 0.0 if value is False else 0.5)


def _optimisation(c: Course, split: bool) -> tuple[float, float]:
    """+0.5 per optimised trial; with the split reading, dose and duration 0.5 each (⚠️, 🛠 flag)."""
    dose_opt = any_of(m.dose_optimised for m in c.phases)
    duration_opt = any_of(m.duration_optimised for m in c.phases)
    if split:
        dose, duration = _half(dose_opt), _half(duration_opt)
        return dose[0] + duration[0], dose[1] + duration[1]
    return _half(any_of((dose_opt, duration_opt)))


def _trial_points(c: Course, split: bool) -> tuple[float, float]:
    """+1 per failed adequate antidepressant trial, plus its optimisation and, once, +0.5 for what
    was added to it (§16: an add-on is never a fresh +1)."""
    if c.counts is False:
        return 0.0, 0.0
    opt = _optimisation(c, split)
    aug = _half(c.augmentation_failed)
    high = 1 + opt[1] + aug[1]
    low = 1 + opt[0] + aug[0] if c.counts else 0.0
    return low, high


def evaluate(ev: Evidence) -> MethodResult:
    """Score the current episode by MGH-S."""
    split = ev.settings.mghs_split_dose_duration_optimisation
    per_trial = [(c, _trial_points(c, split)) for c in ev.staged_courses]
    failed_ect = count_range(s.counts for s in ev.staged_somatic if s.is_ect)
    ect_low, ect_high = 3.0 * failed_ect[0], 3.0 * failed_ect[1]
    low = sum(p[0] for _, p in per_trial) + ect_low
    high = sum(p[1] for _, p in per_trial) + ect_high
    criteria = [
        criterion(
            f"trial: {m.label}",
            _points_status(points),
            f"{span(*points)} points (1 failed adequate trial, +0.5 optimisation, "
            "+0.5 augmentation/combination)",
            "[S-GF], [W2]",
        )
        for m, points in per_trial
    ]
    for course_criterion, (course, _) in zip(criteria, per_trial, strict=True):
        course_criterion.id, course_criterion.trials = "trial", course.indices
    criteria.append(
        criterion(
            "ECT",
            _points_status((ect_low, ect_high)),
            f"{span(ect_low, ect_high)} points (+3 per failed course)",
            "[S-GF], [W2]",
        )
    )
    reading = "dose and duration optimisation 0.5 each" if split else "one 0.5 for any optimisation"
    return MethodResult(
        key="mghs",
        name="MGH staging (MGH-S)",
        source=SOURCE,
        outcome=Outcome(value_min=low, value_max=high, label=span(low, high) + " points"),
        criteria=criteria,
        narrowing_inputs=_paths(ev) if low != high else [],
        notes=[
            f"Optimisation reading used: {reading} (mghs_split_dose_duration_optimisation="
            f"{split}; ⚠️ Fava 2003 wording unclear).",
            "❌ No categorical bands for MGH-S were found in the original: raw score only. "
            "A register adaptation [W2] calls ≥4 'TRD'; not applied.",
            "Adequacy: ≥6 weeks at an adequate dose [W2]; no class hierarchy [S-GF].",
        ],
    )


def _points_status(points: tuple[float, float]) -> Status:
    if points[0] == points[1]:
        return Status.MET if points[0] > 0 else Status.NOT_MET
    return Status.UNKNOWN


def _paths(ev: Evidence) -> list[str]:
    groups = []
    for c in ev.staged_courses:
        if c.counts is not False:
            groups.append(c.unknown_paths)
            groups += [_optimisation_paths(m) for m in c.phases]
    groups += [s.unknown_paths for s in ev.staged_somatic if s.is_ect]
    return unique_paths(groups)


def _optimisation_paths(m: MedAssessment) -> list[str]:
    base = f"medication_trials[{m.index}]"
    unknown = {"dose_optimised": m.dose_optimised, "duration_optimised": m.duration_optimised}
    return [f"{base}.{name}" for name, value in unknown.items() if value is None]
