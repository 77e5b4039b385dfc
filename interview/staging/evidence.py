"""Evidence: the record with every trial judged once, shared by all the methods."""

from __future__ import annotations

from dataclasses import dataclass

from interview.record.catalogue import load_catalogue
from interview.record.model import ClinicalRecord
from interview.record.overrides import OverrideTarget
from interview.staging.chronology import Latest, dated_medication_flags, latest_treatment
from interview.staging.courses import Course, group_courses
from interview.staging.medication import MedAssessment, assess_medication
from interview.staging.psychotherapy import PsyAssessment, assess_psychotherapy
from interview.staging.results import Criterion
from interview.staging.settings import StagingSettings
from interview.staging.severity import msm_level
from interview.staging.somatic import SomaticAssessment, assess_somatic
from interview.staging.tristate import Tri

_MEDICATION = {OverrideTarget.MEDICATION_ADEQUACY, OverrideTarget.MEDICATION_RESPONSE}
_PSYCHOTHERAPY = {OverrideTarget.PSYCHOTHERAPY_ADEQUACY, OverrideTarget.PSYCHOTHERAPY_RESPONSE}
_SOMATIC = {OverrideTarget.SOMATIC_ADEQUACY, OverrideTarget.SOMATIC_RESPONSE}


@dataclass(slots=True)
class Evidence:
    """Judged trials; `staged_*` are those the methods count (the current episode by default)."""

    record: ClinicalRecord
    settings: StagingSettings
    meds: list[MedAssessment]
    psys: list[PsyAssessment]
    somatic: list[SomaticAssessment]
    staged_meds: list[MedAssessment]
    staged_psys: list[PsyAssessment]
    staged_somatic: list[SomaticAssessment]
    staged_courses: list[Course]
    """The staged medication trials grouped with what was added to them (what methods count)."""
    overridden: bool
    severity: tuple[int, int, str]
    """MSM severity level range 1-4 without psychosis, and its reason (MSM and DM-TRD use it)."""
    failed_drugs: tuple[int, int]
    """How many distinct drugs surely / possibly failed adequately (MSM and DM-TRD use it)."""
    dated_losses: tuple[int, ...] = ()
    """Medication trials (positions) the dates show lost their effect: still taken, having worked, when
    the current episode began (counted for this episode whichever episode the trial was entered in)."""
    latest: Latest | None = None
    """The current episode's latest treatment by the chronology (none when nothing was given)."""
    refractory_cache: tuple[list[Criterion], Tri] | None = None
    """Guidi & Fava criteria A-E and their verdict, computed once and shared by two results."""


def build_evidence(
    record: ClinicalRecord, settings: StagingSettings, apply_overrides: bool = True
) -> Evidence:
    """Judge every trial of the record (with or without the clinician's overrides)."""
    catalogue = load_catalogue()
    overrides = record.overrides if apply_overrides else []
    med_overrides = [o for o in overrides if o.target in _MEDICATION]
    psy_overrides = [o for o in overrides if o.target in _PSYCHOTHERAPY]
    som_overrides = [o for o in overrides if o.target in _SOMATIC]
    meds = [
        assess_medication(i, trial, catalogue, settings, med_overrides)
        for i, trial in enumerate(record.medication_trials)
    ]
    meds, dated_losses = dated_medication_flags(record, meds)  # what the dates show
    psys = [
        assess_psychotherapy(i, trial, settings, psy_overrides)
        for i, trial in enumerate(record.psychotherapy_trials)
    ]
    somatic = [
        assess_somatic(i, course, settings, som_overrides)
        for i, course in enumerate(record.somatic_treatments)
    ]
    every = settings.count_earlier_episode_trials
    staged_meds = [m for m in meds if every or m.current]
    staged_psys = [p for p in psys if every or p.current]
    staged_somatic = [s for s in somatic if every or s.current]
    return Evidence(
        record=record,
        settings=settings,
        meds=meds,
        psys=psys,
        somatic=somatic,
        staged_meds=staged_meds,
        staged_psys=staged_psys,
        staged_somatic=staged_somatic,
        staged_courses=[c for c in group_courses(meds) if every or c.parent.current],
        overridden=bool(med_overrides or psy_overrides or som_overrides),
        severity=msm_level(record.current_episode, settings),
        failed_drugs=failed_drug_counts(staged_meds),
        dated_losses=dated_losses,
        latest=latest_treatment(record, staged_meds, staged_psys, staged_somatic),
    )


def failed_drug_counts(meds: list[MedAssessment]) -> tuple[int, int]:
    """Distinct antidepressant drugs with a failed adequate trial (augmented rows count the drug)."""
    sure = {m.drug_key for m in meds if m.counts is True}
    possible = {m.drug_key for m in meds if m.counts is not False}
    return len(sure), len(possible)
