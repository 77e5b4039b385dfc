"""Guidi & Fava's differential: the response spectrum and the flags beside it (§13)."""

from __future__ import annotations

from itertools import product

from interview.record.missing import Missing
from interview.record.overrides import OverrideTarget, SpectrumCategory
from interview.record.values import ResponseJudgement
from interview.staging.counting import criterion
from interview.staging.evidence import Evidence
from interview.staging.flags import behavioural_toxicity, differential_flags
from interview.staging.partial import READINGS, disagreement_note, partial_trials
from interview.staging.refractoriness import refractory
from interview.staging.results import Criterion, Differential, Status
from interview.staging.tristate import Tri, all_of, any_of, status, word, yes

_ORDER = list(SpectrumCategory)
_SOURCE = "Guidi & Fava Fig. 2 [S-GF]; 🛠 our operationalisation (clinical-rules §13)"


def category(
    outcome: ResponseJudgement, residual: bool, refractory_: bool, counter_therapeutic: bool
) -> SpectrumCategory:
    """Refractory first; worse, or unchanged with behavioural toxicity or counter-therapeutic features,
    is resistance; unchanged otherwise is non-response, however many trials failed (§16, Fig. 2)."""
    if refractory_:
        return SpectrumCategory.REFRACTORINESS
    if outcome is ResponseJudgement.WORSE or (outcome is ResponseJudgement.NONE and counter_therapeutic):
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
    """The latest treatment's outcome, by the chronology (staging.chronology); unknown reads as any."""
    latest = ev.latest
    if latest is None:
        return (), "no treatment recorded in the current episode"
    outcomes = (latest.outcome,) if latest.outcome else tuple(ResponseJudgement)
    return outcomes, latest.reason


def possible_categories(ev: Evidence) -> tuple[list[SpectrumCategory], list[Criterion]]:
    """Every spectrum category consistent with the unknowns, with the inputs used."""
    outcomes, latest = _latest_outcome(ev)
    residual = yes(ev.record.current_episode.residual_symptoms_impair_functioning)
    refr = refractory(ev)
    features, features_reason = counter_therapeutic_features(ev)
    found = {
        category(o, r, f, t)
        for o, r, f, t in product(outcomes, _choices(residual), _choices(refr), _choices(features))
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
        criterion(
            "behavioural toxicity or counter-therapeutic features",
            status(features),
            features_reason,
            "Guidi & Fava §3, Fig. 2 [S-GF]; clinical-rules §16",
        ),
    ]
    return [c for c in _ORDER if c in found], criteria


def counter_therapeutic_features(ev: Evidence) -> tuple[Tri, str]:
    """What turns an unchanged picture into resistance (§16): deterioration on treatment, loss of
    effect during maintenance, re-challenge failure, psychological reactance."""
    meds = ev.staged_meds
    outcomes = [t.outcome for t in meds] + [t.outcome for t in ev.staged_psys]
    outcomes += [t.outcome for t in ev.staged_somatic]
    features = {
        "deterioration on treatment": any_of(
            None if o is None else o is ResponseJudgement.WORSE for o in outcomes
        ),
        # a drug from an earlier episode still taken when this one began lost its effect in this one
        "loss of effect during maintenance": True if ev.dated_losses else any_of(m.lost_effect for m in meds),
        "re-challenge failure": any_of(all_of((m.rechallenge, m.failed)) for m in meds),
        "psychological reactance": yes(ev.record.illness_behaviour.psychological_reactance),
    }
    present = [name for name, value in features.items() if value is True]
    unknown = [name for name, value in features.items() if value is None]
    value = any_of(features.values())
    if present:
        return value, "present: " + ", ".join(present)
    return value, "unknown: " + ", ".join(unknown) if unknown else "none"


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
    partial_meds, partial_psys = partial_trials(ev)
    disagreement = disagreement_note(ev)
    return Differential(
        spectrum_possible=[c.value for c in possible],
        spectrum=override.value if override else derived,
        override_applied=override is not None,
        derived_spectrum=derived if override else None,
        override_reason=override.reason if override else None,
        spectrum_criteria=criteria,
        flags=differential_flags(ev),
        behavioural_toxicity=behavioural_toxicity(ev),
        partial_response_readings=list(READINGS),
        partial_medication_trials=partial_meds,
        partial_psychotherapy_trials=partial_psys,
        notes=[
            *([disagreement] if disagreement else []),
            "🛠 Mapping of Kellner and percent fall to the spectrum is ours (clinical-rules §13).",
            "❌ The behavioural-toxicity staging was not found: features are listed, no stage.",
            "A partial response counts as a failure for the methods whose non-response is a fall "
            "under 50 %; Guidi & Fava route partial remission to the sequential model (Table 4) "
            "instead [S-GF].",
        ],
    )


__all__ = ["Missing", "assess_differential", "category", "possible_categories"]
