"""Guidi & Fava's differential: the response spectrum and the flags beside it (§13)."""

from __future__ import annotations

from itertools import product

from interview.record.missing import Missing
from interview.record.overrides import OverrideTarget, SpectrumCategory
from interview.record.values import ResponseJudgement
from interview.staging.counting import criterion
from interview.staging.evidence import Evidence
from interview.staging.flags import behavioural_toxicity, differential_flags
from interview.staging.medication import MedAssessment
from interview.staging.psychotherapy import PsyAssessment
from interview.staging.refractoriness import refractory
from interview.staging.results import Criterion, Differential, Status
from interview.staging.tristate import Tri, at_least, count_range, status, word, yes

_ORDER = list(SpectrumCategory)
_SOURCE = "Guidi & Fava Fig. 2 [S-GF]; 🛠 our operationalisation (clinical-rules §13)"


def category(
    outcome: ResponseJudgement, residual: bool, refractory_: bool, two_failures: bool
) -> SpectrumCategory:
    """🛠 refractory first; worse, or no change after ≥2 failures, is resistance."""
    if refractory_:
        return SpectrumCategory.REFRACTORINESS
    if outcome is ResponseJudgement.WORSE or (outcome is ResponseJudgement.NONE and two_failures):
        return SpectrumCategory.RESISTANCE
    if outcome is ResponseJudgement.NONE:
        return SpectrumCategory.NON_RESPONSE
    if outcome is ResponseJudgement.PARTIAL:
        return SpectrumCategory.PARTIAL_RESPONSE
    if residual:
        return SpectrumCategory.RESPONSE_WITH_RESIDUAL_SYMPTOMS
    return SpectrumCategory.FULL_RESPONSE


def _choices(value: Tri) -> tuple[bool, ...]:
    return (False, True) if value is None else (value,)


def _latest_outcome(ev: Evidence) -> tuple[tuple[ResponseJudgement, ...], str]:
    """The latest medication trial's outcome (else the latest psychotherapy's); unknown reads as any."""
    trials: list[MedAssessment] | list[PsyAssessment] = ev.staged_meds or ev.staged_psys
    if not trials:
        return (), "no treatment recorded in the current episode"
    latest = trials[-1]
    outcomes = (latest.outcome,) if latest.outcome else tuple(ResponseJudgement)
    return outcomes, f"latest treatment: {latest.label}"


def possible_categories(ev: Evidence) -> tuple[list[SpectrumCategory], list[Criterion]]:
    """Every spectrum category consistent with the unknowns, with the inputs used."""
    outcomes, latest = _latest_outcome(ev)
    residual = yes(ev.record.current_episode.residual_symptoms_impair_functioning)
    refr = refractory(ev)
    two = at_least(count_range(c.counts for c in ev.staged_courses), 2)
    found = {
        category(o, r, f, t)
        for o, r, f, t in product(outcomes, _choices(residual), _choices(refr), _choices(two))
    }
    criteria = [
        criterion(
            "latest outcome",
            Status.MET if len(outcomes) == 1 else Status.UNKNOWN,
            f"{latest}: {'/'.join(o.value for o in outcomes) or 'none'}",
            _SOURCE,
            True,
        ),
        criterion("residual symptoms impair functioning", status(residual), word(residual), _SOURCE),
        criterion("refractoriness A-E", status(refr), word(refr), "Table 3 [S-GF]"),
        criterion("≥2 failed adequate trials", status(two), word(two), _SOURCE, True),
    ]
    return [c for c in _ORDER if c in found], criteria


def _shown(possible: list[SpectrumCategory]) -> str:
    if not possible:
        return "cannot be placed: no treatment in the current episode"
    if len(possible) == 1:
        return possible[0].value
    return f"{possible[0].value} to {possible[-1].value}"


def assess_differential(ev: Evidence) -> Differential:
    """The spectrum (with any override), the differential flags and behavioural toxicity."""
    possible, criteria = possible_categories(ev)
    derived = _shown(possible)
    override = next(
        (o for o in ev.record.overrides if o.target is OverrideTarget.DIFFERENTIAL_CATEGORY), None
    )
    return Differential(
        spectrum_possible=[c.value for c in possible],
        spectrum=override.value if override else derived,
        override_applied=override is not None,
        derived_spectrum=derived if override else None,
        override_reason=override.reason if override else None,
        spectrum_criteria=criteria,
        flags=differential_flags(ev),
        behavioural_toxicity=behavioural_toxicity(ev),
        notes=[
            "🛠 Mapping of Kellner and percent fall to the spectrum is ours (clinical-rules §13).",
            "❌ The behavioural-toxicity staging was not found: features are listed, no stage.",
            "Partially remitted depression is routed to the sequential model (Table 4) "
            "rather than counted as a failure [S-GF].",
        ],
    )


__all__ = ["Missing", "assess_differential", "category", "possible_categories"]
