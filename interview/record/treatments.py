"""Medication trials and somatic treatments (ECT, TMS, ketamine and others)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from interview.record.base import RecordModel
from interview.record.dates import End, Start
from interview.record.values import (
    SKIPPED,
    Adherence,
    DrugClass,
    Episode,
    KellnerScore,
    Missing,
    NonNegFloat,
    NonNegInt,
    Percent,
    ResponseJudgement,
    Strategy,
    YesNo,
)
from interview.record.workup import StopManner


class BehaviouralToxicity(RecordModel):
    """Possible behavioural-toxicity features of one trial (clinical-rules §13; no stage)."""

    paradoxical_reaction: YesNo | Missing = SKIPPED
    """Symptoms got paradoxically worse on the drug."""
    switch_to_hypomania_or_mania: YesNo | Missing = SKIPPED
    """A switch to hypomania or mania while on the drug."""
    persistent_post_withdrawal_disorder: YesNo | Missing = SKIPPED
    """Symptoms that persisted long after the drug was stopped."""


class MedicationTrial(RecordModel):
    """One trial of a drug (alone, or with another drug added) for depression."""

    drug: str
    """The main drug, as named (generic or brand); its class comes from the catalogue."""
    drug_class: DrugClass | Missing = SKIPPED
    """Only needed for a drug the catalogue does not know."""
    episode: Episode = Episode.CURRENT
    """Which episode the trial was given in."""
    strategy: Strategy | Missing = SKIPPED
    """Monotherapy, or augmentation/combination with add_on_drugs."""
    add_on_drugs: list[str] = Field(default_factory=list)
    """Drugs added to the main drug (augmentation or combination)."""
    add_on_weeks: NonNegFloat | Missing = SKIPPED
    """Weeks the add-on was given."""
    start_date: Start = SKIPPED
    """When the trial started (month and year, a year, or an estimate)."""
    stop_date: End = SKIPPED
    """When the trial stopped, or Ongoing while it is still taken."""
    dose_mg_per_day: NonNegFloat | Missing = SKIPPED
    """The highest daily dose of the main drug, in mg."""
    weeks_at_dose: NonNegFloat | Missing = SKIPPED
    """Weeks taken at that dose."""
    dose_optimised: YesNo | Missing = SKIPPED
    """The dose was raised to optimise the trial."""
    duration_optimised: YesNo | Missing = SKIPPED
    """The trial was extended to optimise it."""
    adherence: Adherence | Missing = SKIPPED
    """How regularly the drug was taken."""
    response_clinician: ResponseJudgement | Missing = SKIPPED
    """The clinician's judgement of the effect."""
    kellner_rating: KellnerScore | Missing = SKIPPED
    """Kellner's change rating of this trial, 1 (a lot better) to 9 (a lot worse)."""
    percent_improvement: Percent | Missing = SKIPPED
    """Percent fall on a rating scale from baseline, if known."""
    side_effects: list[str] = Field(default_factory=list)
    """Side effects named."""
    stopped_for_side_effects: YesNo | Missing = SKIPPED
    """The trial was stopped because of side effects."""
    withdrawal_symptoms: YesNo | Missing = SKIPPED
    """New withdrawal symptoms or rebound when tapering or stopping."""
    how_stopped: StopManner | Missing = SKIPPED
    """How it was stopped (taper speed), if it was: withdrawal can be mistaken for relapse."""
    loss_of_effect_during_maintenance: YesNo | Missing = SKIPPED
    """The drug had worked, then symptoms returned during maintenance."""
    rechallenge_after_drug_free_period: YesNo | Missing = SKIPPED
    """A drug that had worked before, restarted after a drug-free period."""
    behavioural_toxicity: BehaviouralToxicity = Field(default_factory=BehaviouralToxicity)
    """Other possible behavioural-toxicity features."""


class SomaticKind(StrEnum):
    """Kinds of somatic (non-drug or procedural) treatment."""

    ECT = "ect"
    TMS = "tms"
    KETAMINE = "ketamine"
    ESKETAMINE = "esketamine"
    OTHER = "other"


class EctLaterality(StrEnum):
    """Electrode placement of an ECT course."""

    BILATERAL = "bilateral"
    RIGHT_UNILATERAL = "right_unilateral"
    BIFRONTAL = "bifrontal"


class SomaticTreatment(RecordModel):
    """One course of a somatic treatment."""

    kind: SomaticKind
    """ECT, TMS, ketamine, esketamine or other."""
    name: str | Missing = SKIPPED
    """Name of an 'other' treatment."""
    episode: Episode = Episode.CURRENT
    """Which episode the course was given in."""
    start_date: Start = SKIPPED
    """When the course started."""
    stop_date: End = SKIPPED
    """When the course ended, or Ongoing while it goes on."""
    sessions: NonNegInt | Missing = SKIPPED
    """Number of sessions given."""
    ect_laterality: EctLaterality | Missing = SKIPPED
    """Electrode placement, for ECT."""
    weeks: NonNegFloat | Missing = SKIPPED
    """Length of the course."""
    response_clinician: ResponseJudgement | Missing = SKIPPED
    """The clinician's judgement of the effect."""
    kellner_rating: KellnerScore | Missing = SKIPPED
    """Kellner's change rating of this course."""
    percent_improvement: Percent | Missing = SKIPPED
    """Percent fall on a rating scale from baseline, if known."""
