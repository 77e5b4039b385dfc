"""Psychotherapy trials, with what decides whether each was an adequate trial."""

from __future__ import annotations

from enum import StrEnum

from interview.record.base import RecordModel
from interview.record.dates import End, Start
from interview.record.values import (
    SKIPPED,
    Adherence,
    Alliance,
    Episode,
    Expectations,
    KellnerScore,
    Missing,
    NonNegFloat,
    NonNegInt,
    Percent,
    ResponseJudgement,
    YesNo,
)


class Modality(StrEnum):
    """Kinds of psychotherapy."""

    CBT = "cbt"
    BEHAVIOURAL_ACTIVATION = "behavioural_activation"
    IPT = "ipt"
    CBASP = "cbasp"
    MBCT = "mbct"
    PROBLEM_SOLVING = "problem_solving"
    SHORT_TERM_PSYCHODYNAMIC = "short_term_psychodynamic"
    WELL_BEING_THERAPY = "well_being_therapy"
    SUPPORTIVE = "supportive"
    COUNSELLING = "counselling"
    OTHER = "other"


class PsychotherapyTrial(RecordModel):
    """One course of psychotherapy."""

    modality: Modality | Missing = SKIPPED
    """The kind of therapy."""
    modality_other: str | Missing = SKIPPED
    """Its name when modality is 'other'."""
    episode: Episode = Episode.CURRENT
    """Which episode the therapy was given in."""
    start_date: Start = SKIPPED
    """When the therapy started."""
    stop_date: End = SKIPPED
    """When the therapy ended, or Ongoing while it goes on."""
    evidence_based: YesNo | Missing = SKIPPED
    """An evidence-based therapy for depression, given as such."""
    therapist_trained: YesNo | Missing = SKIPPED
    """The therapist was trained in this therapy."""
    sessions_attended: NonNegInt | Missing = SKIPPED
    """Sessions the patient attended."""
    weeks: NonNegFloat | Missing = SKIPPED
    """Length of the therapy."""
    homework: Adherence | Missing = SKIPPED
    """How much of the between-session work was done."""
    alliance: Alliance | Missing = SKIPPED
    """The working relationship with the therapist."""
    expectations: Expectations | Missing = SKIPPED
    """What the patient expected of it."""
    combined_with_medication: YesNo | Missing = SKIPPED
    """Given together with a medication trial."""
    outcome: ResponseJudgement | Missing = SKIPPED
    """The clinician's judgement of the effect."""
    kellner_rating: KellnerScore | Missing = SKIPPED
    """Kellner's change rating of this therapy."""
    percent_improvement: Percent | Missing = SKIPPED
    """Percent fall on a rating scale from baseline, if known."""
