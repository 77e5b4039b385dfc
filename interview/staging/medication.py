"""Adequacy and outcome of one medication trial (ATRQ/MGH-S dose and duration, clinical-rules §7)."""

from __future__ import annotations

from dataclasses import dataclass, field

from interview.record.catalogue import Drug, DrugCatalogue
from interview.record.missing import Missing
from interview.record.overrides import ClinicianOverride, OverrideTarget
from interview.record.treatments import MedicationTrial
from interview.record.values import (
    ANTIDEPRESSANT_CLASSES,
    Adherence,
    DrugClass,
    Episode,
    ResponseJudgement,
    Strategy,
)
from interview.staging.counting import text_or_unknown
from interview.staging.response import classify, did_not_respond, gf_failure, override_outcome
from interview.staging.results import Criterion, TrialCriterion
from interview.staging.settings import StagingSettings
from interview.staging.tristate import Tri, all_of, reaches, status, yes


@dataclass(slots=True)
class MedAssessment:
    """What staging needs to know about one medication trial."""

    index: int
    label: str
    generic: str | None
    drug_key: str
    """Which drug this is, whatever the dose: the generic name, else the name as typed (case-folded)."""
    drug_class: DrugClass | None
    antidepressant: Tri
    current: bool
    augmented: Tri
    add_on_ok: Tri
    """The add-on (if any) was given long enough to count as an augmentation trial."""
    adequate: Tri
    """The drug's own trial was adequate (dose, duration, adherence); the add-on is judged apart."""
    adequate_gf: Tri
    outcome: ResponseJudgement | None
    failed: Tri
    counts: Tri
    counts_gf: Tri
    dose_ok: Tri
    duration_ok: Tri
    lost_effect: Tri
    rechallenge: Tri
    dose_optimised: Tri
    duration_optimised: Tri
    poor_adherence: Tri
    criteria: list[Criterion] = field(default_factory=list)
    unknown_paths: list[str] = field(default_factory=list)
    overrides: list[str] = field(default_factory=list)


def _criterion(
    id_: TrialCriterion, label: str, value: Tri, reason: str, source: str, derived: bool = False
) -> Criterion:
    return Criterion(label=label, status=status(value), reason=reason, source=source, derived=derived, id=id_)


def dose_verdict(dose: float | Missing, drug: Drug | None, settings: StagingSettings) -> tuple[Tri, str, str]:
    """Whether the daily dose reaches the adequacy proxy: (verdict, reason, source)."""
    if isinstance(dose, Missing):
        return None, "dose unknown", ""
    checked = settings.dose_threshold_overrides_mg.get(drug.generic) if drug else None
    if checked is not None:
        return dose >= checked, f"{dose:g} mg vs checked threshold {checked:g} mg", "settings"
    if drug is None:
        return None, "drug not in the catalogue, so its minimum dose is unknown", ""
    source = f"catalogue: {drug.dose_source} (clinical-rules §7d, {drug.dose_status.value})"
    if drug.min_usual_dose_mg is None:
        return None, f"no minimum dose known for {drug.generic} (❌ unconfirmed)", source
    if drug.inadequate_at_or_below_mg is not None and dose <= drug.inadequate_at_or_below_mg:
        limit = drug.inadequate_at_or_below_mg
        return False, f"{dose:g} mg: the ATRQ judged ≤{limit:g} mg/d too low", source
    if dose < drug.min_usual_dose_mg:
        return False, f"{dose:g} mg < lowest usual dose {drug.min_usual_dose_mg:g} mg", source
    if drug.uncertain_below_mg is not None and dose < drug.uncertain_below_mg:
        return None, f"{dose:g} mg: {drug.notes}", source
    return True, f"{dose:g} mg ≥ lowest usual dose {drug.min_usual_dose_mg:g} mg", source


def _augmented(trial: MedicationTrial) -> Tri:
    if isinstance(trial.strategy, Missing):
        return True if trial.add_on_drugs else None
    return trial.strategy is not Strategy.MONOTHERAPY


def _add_on_ok(trial: MedicationTrial, augmented: Tri, settings: StagingSettings) -> Tri:
    """An add-on counts after augmentation_min_weeks (ATHF lithium ≥2 wk [R1], 🛠 for all)."""
    if augmented is False:
        return True
    verdict = reaches(trial.add_on_weeks, settings.augmentation_min_weeks)
    if augmented is None and verdict is not True:
        return None  # a short or unknown add-on matters only if there was an add-on
    return verdict


def _drug_class(trial: MedicationTrial, drug: Drug | None) -> DrugClass | None:
    if drug is not None:
        return drug.drug_class
    return None if isinstance(trial.drug_class, Missing) else trial.drug_class


def assess_medication(
    index: int,
    trial: MedicationTrial,
    catalogue: DrugCatalogue,
    settings: StagingSettings,
    overrides: list[ClinicianOverride],
) -> MedAssessment:
    """Judge one trial's adequacy and outcome, then apply the clinician's overrides."""
    path = f"medication_trials[{index}]"
    drug = catalogue.find(trial.drug)
    drug_class = _drug_class(trial, drug)
    dose_ok, dose_reason, dose_source = dose_verdict(trial.dose_mg_per_day, drug, settings)
    duration_ok = reaches(trial.weeks_at_dose, settings.adequate_medication_weeks)
    duration_gf = reaches(trial.weeks_at_dose, settings.guidi_fava_medication_min_weeks)
    poor_adherence = None if isinstance(trial.adherence, Missing) else trial.adherence is Adherence.POOR
    augmented = _augmented(trial)
    add_on_ok = _add_on_ok(trial, augmented, settings)
    # a short add-on is an inadequate augmentation, not an inadequate trial of the drug (§16)
    adequate = all_of((dose_ok, duration_ok, poor_adherence is not True))
    outcome, outcome_criterion = classify(
        trial.response_clinician, trial.kellner_rating, trial.percent_improvement, settings, path
    )
    assessment = MedAssessment(
        index=index,
        label=_label(trial, drug),
        generic=drug.generic if drug else None,
        drug_key=drug.generic if drug else " ".join(trial.drug.split()).casefold(),
        drug_class=drug_class,
        antidepressant=None if drug_class is None else drug_class in ANTIDEPRESSANT_CLASSES,
        current=trial.episode is Episode.CURRENT,
        augmented=augmented,
        add_on_ok=add_on_ok,
        adequate=adequate,
        adequate_gf=all_of((dose_ok, duration_gf, poor_adherence is not True)),
        outcome=outcome,
        failed=None,
        counts=None,
        counts_gf=None,
        dose_ok=dose_ok,
        duration_ok=duration_ok,
        lost_effect=yes(trial.loss_of_effect_during_maintenance),
        rechallenge=yes(trial.rechallenge_after_drug_free_period),
        dose_optimised=yes(trial.dose_optimised),
        duration_optimised=yes(trial.duration_optimised),
        poor_adherence=poor_adherence,
    )
    assessment.criteria = [
        _criterion(TrialCriterion.DOSE, "dose", dose_ok, dose_reason, dose_source),
        _duration_criterion(trial, duration_ok, settings),
        _criterion(
            TrialCriterion.ADHERENCE,
            "adherence",
            poor_adherence is not True,
            f"adherence: {text_or_unknown(trial.adherence)}",
            "ATHF: lower the level for non-adherence [W14]; 🛠 poor adherence = not adequate",
            derived=True,
        ),
        outcome_criterion,
    ]
    if augmented is not False:
        assessment.criteria.insert(3, _add_on_criterion(trial, add_on_ok, settings))
    assessment.unknown_paths = _unknown_paths(
        trial, path, dose_ok, duration_ok, outcome, augmented, drug is not None
    )
    if drug_class is None:  # its class decides Thase & Rush, the ESM and Conway, and whether it counts
        assessment.unknown_paths.insert(0, f"{path}.drug_class")
    _apply_overrides(assessment, overrides)
    _finish(assessment)
    return assessment


def _label(trial: MedicationTrial, drug: Drug | None) -> str:
    name = drug.generic if drug else trial.drug
    if trial.add_on_drugs:
        name += " + " + " + ".join(trial.add_on_drugs)
    dose = "" if isinstance(trial.dose_mg_per_day, Missing) else f" {trial.dose_mg_per_day:g} mg/d"
    return name + dose


def _duration_criterion(trial: MedicationTrial, ok: Tri, settings: StagingSettings) -> Criterion:
    needed = settings.adequate_medication_weeks
    reason = f"{text_or_unknown(trial.weeks_at_dose)} weeks at dose; ≥{needed:g} needed"
    return _criterion(
        TrialCriterion.DURATION, "duration", ok, reason, "≥6 weeks MGH-S/ATRQ [W2] (configurable)"
    )


def _add_on_criterion(trial: MedicationTrial, ok: Tri, settings: StagingSettings) -> Criterion:
    reason = f"add-on given {text_or_unknown(trial.add_on_weeks)} weeks; ≥{settings.augmentation_min_weeks:g}"
    source = "ATHF lithium augmentation ≥2 weeks [R1]; 🛠 applied to every add-on"
    return _criterion(
        TrialCriterion.AUGMENTATION_LENGTH, "augmentation length", ok, reason, source, derived=True
    )


def _unknown_paths(
    trial: MedicationTrial,
    path: str,
    dose_ok: Tri,
    duration_ok: Tri,
    outcome: ResponseJudgement | None,
    augmented: Tri,
    known_drug: bool,
) -> list[str]:
    paths = []
    if isinstance(trial.dose_mg_per_day, Missing):
        paths.append(f"{path}.dose_mg_per_day")
    if duration_ok is None:
        paths.append(f"{path}.weeks_at_dose")
    if outcome is None:
        paths.append(f"{path}.kellner_rating")  # the primary outcome (§16)
    if augmented is None:
        paths.append(f"{path}.strategy")
    elif augmented and isinstance(trial.add_on_weeks, Missing):
        paths.append(f"{path}.add_on_weeks")
    if dose_ok is None and not isinstance(trial.dose_mg_per_day, Missing):
        # an unknown drug: its catalogue name settles the threshold; a catalogue drug whose
        # threshold is unconfirmed: only the clinician's adequacy override does
        paths.append(f"{path}.drug" if not known_drug else "overrides")
    return paths


def _apply_overrides(assessment: MedAssessment, overrides: list[ClinicianOverride]) -> None:
    """Replace derived adequacy/outcome by the clinician's, keeping what was derived."""
    for override in overrides:
        if override.trial_index != assessment.index:
            continue
        if override.target is OverrideTarget.MEDICATION_ADEQUACY:
            derived = _tri_word(assessment.adequate)
            assessment.adequate = assessment.adequate_gf = override.value == "adequate"
            assessment.overrides.append(
                f"adequacy set to {override.value} (derived: {derived}); reason: {override.reason}"
            )
        elif override.target is OverrideTarget.MEDICATION_RESPONSE:
            override_outcome(assessment, override)


def _tri_word(value: Tri) -> str:
    return {True: "adequate", False: "inadequate", None: "unknown"}[value]


def _finish(assessment: MedAssessment) -> None:
    """Failure = an outcome short of response; it counts only on an adequate antidepressant."""
    failed = did_not_respond(assessment.outcome)
    assessment.failed = failed
    assessment.counts = all_of((assessment.adequate, failed, assessment.antidepressant))
    assessment.counts_gf = all_of(
        (assessment.adequate_gf, gf_failure(assessment.outcome), assessment.antidepressant)
    )


__all__ = ["MedAssessment", "assess_medication", "dose_verdict"]
