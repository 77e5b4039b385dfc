"""European Staging Method (Souery et al. 1999): non-responder, TRD1-5, CRD (clinical-rules §2)."""

from __future__ import annotations

from interview.record.missing import Missing
from interview.staging.counting import (
    criterion,
    distinct_range,
    outcome_of,
    range_status,
    unique_paths,
)
from interview.staging.courses import failing_trials
from interview.staging.evidence import Evidence
from interview.staging.results import MethodResult, Status
from interview.staging.tristate import Tri, all_of, any_of, count_range, status, word

LABELS = ("no failed adequate trial", "non-responder", "TRD1", "TRD2", "TRD3", "TRD4", "TRD5", "CRD")
KEYS = ("no_failed_adequate_trial", "non_responder", "trd1", "trd2", "trd3", "trd4", "trd5", "crd")
SOURCE = "Souery et al. 1999 via [S-GF], [W2] Panel 1, [W3]"
# TRDk by total duration [W2]: n failed 6-8 week trials give n*6 to n*8 weeks (🛠 §2).
_DURATIONS = {2: "12-16", 3: "18-24", 4: "24-32", 5: "30-40", 6: "36 weeks-1 year"}


def _level(count: int, classes: int, crd: bool) -> int:
    """0 none, 1 non-responder, 2-6 TRD1-5 by number of failures (🛠), 7 CRD."""
    if count == 0:
        return 0
    if classes < 2:
        return 1
    return 7 if crd else 1 + min(count, 6) - 1


def _long_episode(ev: Evidence) -> Tri:
    weeks = ev.record.current_episode.duration_weeks
    return None if isinstance(weeks, Missing) else weeks >= 52


def evaluate(ev: Evidence) -> MethodResult:
    """Stage the current episode by the ESM."""
    # §16: the sub-stage counts failed adequate antidepressant trials (courses); an add-on is not one
    items = [(c.counts, c.drug_class) for c in ev.staged_courses]
    low_n, high_n = count_range(c for c, _ in items)
    low_k, high_k = distinct_range(items)
    augmentation = any_of(c.augmentation_failed for c in ev.staged_courses)
    long_episode = _long_episode(ev)
    crd = all_of((long_episode, augmentation))
    low = _level(low_n, low_k, crd is True)
    high = _level(high_n, high_k, crd is not False)
    criteria = [
        criterion("non-responder", range_status(low, high, 1), "≥1 failed adequate trial", "[S-GF], [W3]"),
        criterion(
            "TRD",
            range_status(low, high, 2),
            f"{low_k}-{high_k} distinct classes among {low_n}-{high_n} failures; ≥2 classes",
            "[S-GF], [W3]",
        ),
        criterion(
            "TRD sub-stage",
            range_status(low, high, 2),
            "by number of failed adequate trials: 2 → TRD1 … 6 → TRD5",
            "durations [W2]; 🛠 assigned by count (ranges overlap)",
            derived=True,
        ),
        criterion(
            "CRD",
            status(crd),
            f"episode ≥12 months: {word(long_episode)}; failed augmentation: {word(augmentation)}",
            "[S-GF], [W3]; 🛠 precedence",
            derived=True,
        ),
    ]
    criteria[1].trials = criteria[2].trials = failing_trials(ev.staged_courses)
    criteria[3].trials = [m.index for m in ev.staged_meds if m.augmented is not False]
    return MethodResult(
        key="esm",
        name="European Staging Method",
        source=SOURCE,
        kind="category",
        categories=list(KEYS),
        outcome=outcome_of(low, high, LABELS, KEYS),
        criteria=criteria,
        narrowing_inputs=_paths(ev, long_episode, augmentation, high_n, high_k) if low != high else [],
        notes=_notes(ev, low),
    )


def _notes(ev: Evidence, low: int) -> list[str]:
    notes = ["⚠️ single-trial length in the ESM (6-8 weeks) is unconfirmed; §7 adequacy used."]
    sure = [c for c in ev.staged_courses if c.counts is True]
    if 2 <= low <= 6:
        weeks = sum(_weeks(ev, m.index) for c in sure for m in c.phases)
        published = _DURATIONS[min(len(sure), 6)]
        notes.append(f"cross-check: {weeks:g} weeks of failed trials vs published {published}")
    return notes


def _weeks(ev: Evidence, index: int) -> float:
    weeks = ev.record.medication_trials[index].weeks_at_dose
    return 0.0 if isinstance(weeks, Missing) else weeks


def _paths(ev: Evidence, long_episode: Tri, augmentation: Tri, most: int, classes: int) -> list[str]:
    groups = [c.unknown_paths for c in ev.staged_courses if c.counts is None]
    # the episode's length matters only for CRD, which also needs TRD and a failed augmentation
    if long_episode is None and augmentation is not False and most >= 2 and classes >= 2:
        groups.append(["current_episode.duration_weeks"])
    return unique_paths(groups)


__all__ = ["LABELS", "Status", "evaluate"]
