"""Medical and psychiatric comorbidity, concurrent drugs and possible misdiagnosis."""

from __future__ import annotations

from pydantic import Field

from interview.record.base import RecordModel
from interview.record.values import (
    SKIPPED,
    AnxietyLevel,
    Missing,
    PersonalityLevel,
    YesNo,
)


class ConcurrentDrug(RecordModel):
    """A drug taken for something other than depression."""

    name: str
    """The drug as named."""
    purpose: str | Missing = SKIPPED
    """What it is taken for."""
    enzyme_inducer_or_inhibitor: YesNo | Missing = SKIPPED
    """Known to change the metabolism of antidepressants (a pharmacokinetic concern)."""


class Comorbidity(RecordModel):
    """Conditions beside the depression (Feinstein's broad sense, Guidi & Fava Fig. 1)."""

    medical_conditions: list[str] = Field(default_factory=list)
    """Medical conditions named."""
    psychiatric_conditions: list[str] = Field(default_factory=list)
    """Psychiatric conditions named, other than the depression."""
    anxiety: AnxietyLevel | Missing = SKIPPED
    """Comorbid anxiety (a DM-TRD item)."""
    personality_disorder: PersonalityLevel | Missing = SKIPPED
    """Personality pathology (a DM-TRD item)."""
    concurrent_drugs: list[ConcurrentDrug] = Field(default_factory=list)
    """Other drugs taken now."""
    untreated_comorbidity: YesNo | Missing = SKIPPED
    """A medical or psychiatric condition that could sustain the depression is untreated."""
    substance_misuse: YesNo | Missing = SKIPPED
    """Harmful use of alcohol or drugs."""
    bipolar_features: YesNo | Missing = SKIPPED
    """Past hypomania or mania, or other signs the illness may be bipolar."""
    other_misdiagnosis_concern: YesNo | Missing = SKIPPED
    """Another reason to doubt the diagnosis (e.g. vascular dementia, a primary anxiety disorder)."""
