"""The current depressive episode and the earlier ones."""

from __future__ import annotations

from typing import Self

from pydantic import Field, model_validator

from interview.record.base import RecordModel
from interview.record.dates import PartialDate, Start
from interview.record.values import (
    SKIPPED,
    GradedLevel,
    Missing,
    NonNegFloat,
    NonNegInt,
    ResponseJudgement,
    SeverityLevel,
    SeverityScale,
    YesNo,
)


class CurrentEpisode(RecordModel):
    """The episode being assessed now."""

    onset_date: Start = SKIPPED
    """When the current episode began (as far as known); it has no end yet."""
    duration_weeks: NonNegFloat | Missing = SKIPPED
    """Length of the current episode from its onset, including time before any treatment."""
    severity_scale: SeverityScale | Missing = SKIPPED
    """The rating scale used for severity_score."""
    severity_score: NonNegInt | Missing = SKIPPED
    """Baseline severity score on severity_scale."""
    severity_clinician: SeverityLevel | Missing = SKIPPED
    """Severity as judged by the clinician (used first by the MSM)."""
    psychotic_features: YesNo | Missing = SKIPPED
    """Psychotic features in the current episode."""
    functional_impairment: GradedLevel | Missing = SKIPPED
    """Functional impairment now (a DM-TRD item)."""
    intensified_treatment: YesNo | Missing = SKIPPED
    """Day-clinic or inpatient treatment in this episode (a DM-TRD item)."""
    mood_improved: YesNo | Missing = SKIPPED
    """Mood is better than at the worst of the episode."""
    residual_symptoms_impair_functioning: YesNo | Missing = SKIPPED
    """Residual symptoms still affect quality of life and functioning."""


class EarlierEpisode(RecordModel):
    """An earlier depressive episode."""

    onset_year: NonNegInt | Missing = SKIPPED
    """Year the episode began (records before onset_date; read into onset_date when that is unknown)."""
    onset_date: Start = SKIPPED
    """When the episode began."""
    end_date: Start = SKIPPED
    """When the episode ended (the person was well again)."""
    duration_weeks: NonNegFloat | Missing = SKIPPED
    """How long the episode lasted."""
    treatment: str | Missing = SKIPPED
    """What it was treated with, in the patient's words."""
    response: ResponseJudgement | Missing = SKIPPED
    """How the episode responded to that treatment."""
    drugs_that_helped: list[str] = Field(default_factory=list)
    """Drugs that worked in that episode (for re-challenge questions)."""

    @model_validator(mode="after")
    def _year_as_date(self) -> Self:
        # record_version 1 held only the year; the chronology reads onset_date alone.
        if isinstance(self.onset_date, Missing) and isinstance(self.onset_year, int):
            self.onset_date = PartialDate(year=self.onset_year)
        return self
