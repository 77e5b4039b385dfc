"""Guidi & Fava's criteria for refractoriness, A-E, all needed (Table 3, clinical-rules §6)."""

from __future__ import annotations

from interview.record.missing import Missing
from interview.record.model import ClinicalRecord
from interview.staging.counting import criterion, outcome_of, text_or_unknown, unique_paths
from interview.staging.evidence import Evidence
from interview.staging.results import Criterion, MethodResult
from interview.staging.tristate import Tri, all_of, any_of, at_least, count_range, status, yes

LABELS = ("not refractory by Guidi & Fava", "refractory by Guidi & Fava")
KEYS = ("not_refractory", "refractory")
SOURCE = "Guidi & Fava, Table 3 [S-GF]"


def criterion_a(ev: Evidence) -> tuple[Tri, str]:
    """≥2 adequate failed trials, at least one involving psychotherapy (4-8 wk drugs, 20-52 wk)."""
    drugs = count_range(c.counts_gf for c in ev.staged_courses)
    therapy = count_range(p.counts_gf for p in ev.staged_psys)
    total = (drugs[0] + therapy[0], drugs[1] + therapy[1])
    met = all_of((at_least(total, 2), at_least(therapy, 1)))
    return met, f"{total[0]}-{total[1]} failed adequate trials, {therapy[0]}-{therapy[1]} psychotherapy"


def criterion_c(record: ClinicalRecord) -> tuple[Tri, str]:
    """Clinimetric assessment: the clinician's answer, else 🛠 whether this record covers it."""
    answered = yes(record.appraisal.clinimetric_assessment_done)
    if answered is not None:
        return answered, f"clinician: {record.appraisal.clinimetric_assessment_done}"
    sections = {
        "stress load": record.stress_load,
        "lifestyle": record.lifestyle,
        "illness behaviour": record.illness_behaviour,
        "well-being": record.well_being,
        "interpersonal": record.interpersonal,
    }
    empty = [name for name, part in sections.items() if not _has_known_value(part)]
    if empty:
        return None, "not answered; record has nothing on: " + ", ".join(empty)
    return True, "🛠 this record covers all five areas"


def _has_known_value(part: object) -> bool:
    return any(not isinstance(value, Missing) and value != [] for value in vars(part).values())


def criterion_d(ev: Evidence) -> tuple[Tri, str]:
    """Not explained by loss of effect during maintenance or by a failed re-challenge."""
    explained = any_of(any_of((m.lost_effect, all_of((m.rechallenge, m.failed)))) for m in ev.staged_meds)
    word = {True: "present", False: "absent", None: "unknown"}[explained]
    return (None if explained is None else not explained), f"loss of effect / re-challenge: {word}"


def criterion_e(record: ClinicalRecord) -> tuple[Tri, str]:
    """An adequate appraisal with discussion, clarification and shared decision."""
    a, s = record.appraisal.appraisal_discussed, record.appraisal.shared_decision_made
    return all_of((yes(a), yes(s))), f"appraisal: {text_or_unknown(a)}; shared decision: {text_or_unknown(s)}"


def _criteria(ev: Evidence) -> tuple[list[Criterion], Tri]:
    b = ev.record.appraisal.trials_fit_indications
    rows = [
        ("A", *criterion_a(ev), "Table 3 A [S-GF]", False),
        ("B", yes(b), f"trials fit indications and complexity: {text_or_unknown(b)}", "Table 3 B", False),
        ("C", *criterion_c(ev.record), "Table 3 C [S-GF]", False),
        ("D", *criterion_d(ev), "Table 3 D [S-GF]", False),
        ("E", *criterion_e(ev.record), "Table 3 E [S-GF]", False),
    ]
    criteria = [criterion(n, status(v), reason, src, derived) for n, v, reason, src, derived in rows]
    return criteria, all_of(row[1] for row in rows)


def _refractoriness(ev: Evidence) -> tuple[list[Criterion], Tri]:
    """Criteria A-E and whether all hold, computed once per Evidence (the differential asks too)."""
    if ev.refractory_cache is None:
        ev.refractory_cache = _criteria(ev)
    return ev.refractory_cache


def refractory(ev: Evidence) -> Tri:
    """All of A-E."""
    return _refractoriness(ev)[1]


def evaluate(ev: Evidence) -> MethodResult:
    """Apply criteria A-E to the current episode."""
    criteria, met = _refractoriness(ev)
    low, high = int(met is True), int(met is not False)
    paths = [c.unknown_paths for c in ev.staged_courses if c.counts_gf is None]
    paths += [p.unknown_paths for p in ev.staged_psys if p.counts_gf is None]
    paths.append([f"appraisal.{c}" for c in _unanswered(ev.record)])
    return MethodResult(
        key="guidi_fava",
        name="Guidi & Fava refractoriness (A-E)",
        source=SOURCE,
        kind="category",
        categories=list(KEYS),
        outcome=outcome_of(low, high, LABELS, KEYS),
        criteria=criteria,
        narrowing_inputs=unique_paths(paths) if low != high else [],
        notes=[
            "Medication trials judged at ≥4 weeks (4-8), psychotherapy at ≥20 weeks "
            "(20-52) [S-GF]; 🛠 C counts this interview's own coverage when not answered."
        ],
    )


def _unanswered(record: ClinicalRecord) -> list[str]:
    fields = vars(record.appraisal)
    return [name for name, value in fields.items() if isinstance(value, Missing)]
