"""Maudsley Staging Method (Fekadu et al. 2009): score 3-15 and band (clinical-rules §4)."""

from __future__ import annotations

from interview.record.missing import Missing
from interview.record.values import YesNo
from interview.staging.counting import criterion, span, unique_paths
from interview.staging.evidence import Evidence
from interview.staging.results import Criterion, MethodResult, Outcome, Status
from interview.staging.tristate import Tri, any_of, at_least

SOURCE = "Fekadu et al. 2009; points and bands Fekadu 2018 Table 3 [W5]; [W2], [W6]"
BANDS = ((6, "mild"), (10, "moderate"), (15, "severe"))  # [W5]


def duration_points(weeks: float) -> int:
    """≤12 months 1, 13-24 months 2, >24 months 3 [W5]; 🛠 12 months read as 52 weeks."""
    if weeks <= 52:
        return 1
    return 2 if weeks <= 104 else 3


def failure_points(drugs: int) -> int:
    """1-2 drugs 1, 3-4 2, 5-6 3, 7-10 4, >10 5 [W2], [W6]; 0 drugs has no level."""
    for upper, points in ((2, 1), (4, 2), (6, 3), (10, 4)):
        if drugs <= upper:
            return points
    return 5


def band_of(score: float) -> str:
    """Mild 3-6, moderate 7-10, severe 11-15 [W5]."""
    return next(name for upper, name in BANDS if score <= upper)


def _duration(ev: Evidence) -> tuple[int, int, str]:
    weeks = ev.record.current_episode.duration_weeks
    if isinstance(weeks, Missing):
        return 1, 3, "duration unknown"
    points = duration_points(weeks)
    return points, points, f"{weeks:g} weeks"


def _severity(ev: Evidence) -> tuple[int, int, str]:
    """Severe with psychosis 5 [W5]; 🛠 any psychotic features read as level 5."""
    low, high, reason = ev.severity
    psychosis = ev.record.current_episode.psychotic_features
    if psychosis is YesNo.YES:
        return 5, 5, reason + "; psychotic features"
    if isinstance(psychosis, Missing):
        return low, 5, reason + "; psychotic features unknown"
    return low, high, reason


def _yes_no_points(value: Tri) -> tuple[int, int]:
    return (1 if value is True else 0, 0 if value is False else 1)


def evaluate(ev: Evidence) -> MethodResult:
    """Score the current episode by the MSM, or say it does not apply."""
    low_n, high_n = ev.failed_drugs
    applicable = at_least((low_n, high_n), 1)
    duration, severity = _duration(ev), _severity(ev)
    treatment = (failure_points(max(low_n, 1)), failure_points(max(high_n, 1)))
    augmentation = _yes_no_points(any_of(c.augmentation_failed for c in ev.staged_courses))
    ect = _yes_no_points(any_of(s.counts for s in ev.staged_somatic if s.is_ect))
    parts = [duration[:2], severity[:2], treatment, augmentation, ect]
    low, high = sum(p[0] for p in parts), sum(p[1] for p in parts)
    criteria = [
        criterion("duration", _fixed(duration), f"{span(*duration[:2])} points: {duration[2]}", "[W5]"),
        criterion(
            "severity",
            _fixed(severity),
            f"{span(*severity[:2])} points: {severity[2]}",
            "[W5]; 🛠 scale mapping",
            derived=True,
        ),
        criterion(
            "antidepressant failures",
            _fixed(treatment) if low_n else _fixed((0, min(high_n, 1))),  # no failed drug: not met
            f"{span(low_n, high_n)} drugs → {span(*treatment)} points",
            "[W2], [W6]",
        ),
        criterion(
            "augmentation",
            _fixed(augmentation),
            f"{span(*augmentation)} points",
            "[W2], [W6]; ⚠️ 'used' read as used and failed",
        ),
        criterion("ECT", _fixed(ect), f"{span(*ect)} points", "[W2], [W6]; ⚠️ used and failed"),
    ]
    return _result(ev, applicable, low, high, criteria)


def _fixed(points: tuple[int, int] | tuple[int, int, str]) -> Status:
    """Met when the item surely adds points, not met when it surely adds none, else unknown: a
    dimension scored 0 (no augmentation, no ECT) is not a criterion met."""
    if points[0] != points[1]:
        return Status.UNKNOWN
    return Status.MET if points[0] > 0 else Status.NOT_MET


def _result(ev: Evidence, applicable: Tri, low: int, high: int, criteria: list[Criterion]) -> MethodResult:
    notes = ["Range 3-15; bands mild 3-6, moderate 7-10, severe 11-15 [W5]."]
    if applicable is False:
        outcome = Outcome(
            value_min=None, value_max=None, label="not applicable: no failed antidepressant trial"
        )
        notes.append("🛠 MSM stages resistance; no level 0 is invented.")
        return MethodResult(
            key="msm",
            name="Maudsley Staging Method",
            source=SOURCE,
            applicable=Status.NOT_MET,
            outcome=outcome,
            criteria=criteria,
            notes=notes,
        )
    bands = band_of(low) if band_of(low) == band_of(high) else f"{band_of(low)} to {band_of(high)}"
    if applicable is None:
        notes.append("may not apply: whether any antidepressant trial failed is unknown")
    return MethodResult(
        key="msm",
        name="Maudsley Staging Method",
        source=SOURCE,
        applicable=Status.MET if applicable else Status.UNKNOWN,
        outcome=Outcome(value_min=low, value_max=high, label=span(low, high) + " points", band=bands),
        criteria=criteria,
        narrowing_inputs=_paths(ev) if low != high or not applicable else [],
        notes=notes,
    )


def _paths(ev: Evidence) -> list[str]:
    episode = ev.record.current_episode
    groups = [c.unknown_paths for c in ev.staged_courses if c.counts is None]
    groups += [s.unknown_paths for s in ev.staged_somatic if s.is_ect and s.counts is None]
    own = []
    if isinstance(episode.duration_weeks, Missing):
        own.append("current_episode.duration_weeks")
    if isinstance(episode.severity_clinician, Missing):
        own.append("current_episode.severity_clinician")
    if isinstance(episode.psychotic_features, Missing):
        own.append("current_episode.psychotic_features")
    return unique_paths([own, *groups])
