"""Shared value types of the clinical record: yes/no, the closed choice lists and bounded numbers."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from interview.record.missing import SKIPPED, Missing

__all__ = [
    "SKIPPED",
    "Adherence",
    "Alliance",
    "AnxietyLevel",
    "DrugClass",
    "Episode",
    "Expectations",
    "GradedLevel",
    "IptArea",
    "KellnerScore",
    "Missing",
    "NonNegFloat",
    "NonNegInt",
    "Percent",
    "PersonalityLevel",
    "ResponseJudgement",
    "RyffBalance",
    "SeverityLevel",
    "SeverityScale",
    "Strategy",
    "YesNo",
]

NonNegInt = Annotated[int, Field(ge=0)]
NonNegFloat = Annotated[float, Field(ge=0)]
KellnerScore = Annotated[int, Field(ge=1, le=9)]
"""Kellner's global change rating: 1 a lot better, 5 no change, 9 a lot worse (Kellner 1972)."""
Percent = Annotated[float, Field(ge=-100, le=100)]
"""Percent improvement from baseline; negative means worse."""


class YesNo(StrEnum):
    """A yes/no answer; 'unknown' is never a YesNo, it is a Missing."""

    YES = "yes"
    NO = "no"


class Episode(StrEnum):
    """Which episode a trial belongs to."""

    CURRENT = "current"
    EARLIER = "earlier"


class SeverityScale(StrEnum):
    """The scale a severity score was taken on (bands: clinical-rules §8)."""

    HAMD17 = "hamd17"
    MADRS = "madrs"
    PHQ9 = "phq9"
    QIDS_SR16 = "qids_sr16"
    CGI_S = "cgi_s"


class SeverityLevel(StrEnum):
    """Clinician-judged severity, the MSM's levels without psychosis (Fekadu 2009)."""

    SUBSYNDROMAL = "subsyndromal"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class GradedLevel(StrEnum):
    """A four-step grading used for impairment and stressors."""

    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class AnxietyLevel(StrEnum):
    """Comorbid anxiety as the DM-TRD collects it (levels unconfirmed, clinical-rules §5)."""

    NONE = "none"
    SYMPTOMS = "symptoms"
    DISORDER = "disorder"


class PersonalityLevel(StrEnum):
    """Personality pathology as the DM-TRD collects it (levels unconfirmed, clinical-rules §5)."""

    NONE = "none"
    TRAITS = "traits"
    DISORDER = "disorder"


class Adherence(StrEnum):
    """How regularly the treatment was taken or attended."""

    GOOD = "good"
    PARTIAL = "partial"
    POOR = "poor"


class ResponseJudgement(StrEnum):
    """The clinician's judgement of a trial's effect (the spectrum of Guidi & Fava Fig. 2)."""

    RESPONSE = "response"
    PARTIAL = "partial"
    NONE = "none"
    WORSE = "worse"


class Strategy(StrEnum):
    """Whether a medication trial was a single drug or had another drug added."""

    MONOTHERAPY = "monotherapy"
    AUGMENTATION = "augmentation"
    COMBINATION = "combination"


class DrugClass(StrEnum):
    """Drug classes of the catalogue (clinical-rules §7d)."""

    SSRI = "ssri"
    SNRI = "snri"
    NDRI = "ndri"
    NASSA = "nassa"
    SEROTONIN_MODULATOR_STIMULATOR = "serotonin_modulator_stimulator"
    SARI = "sari"
    MELATONERGIC = "melatonergic"
    NRI = "nri"
    TCA = "tca"
    MAOI = "maoi"
    RIMA = "rima"
    OTHER_ANTIDEPRESSANT = "other_antidepressant"
    MOOD_STABILISER = "mood_stabiliser"
    ANTIPSYCHOTIC = "antipsychotic"
    THYROID_HORMONE = "thyroid_hormone"
    OTHER = "other"


ANTIDEPRESSANT_CLASSES = frozenset(
    {
        DrugClass.SSRI,
        DrugClass.SNRI,
        DrugClass.NDRI,
        DrugClass.NASSA,
        DrugClass.SEROTONIN_MODULATOR_STIMULATOR,
        DrugClass.SARI,
        DrugClass.MELATONERGIC,
        DrugClass.NRI,
        DrugClass.TCA,
        DrugClass.MAOI,
        DrugClass.RIMA,
        DrugClass.OTHER_ANTIDEPRESSANT,
    }
)
"""Classes that count as an antidepressant trial in the staging methods."""


class Alliance(StrEnum):
    """The therapeutic alliance as the patient or therapist saw it."""

    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


class Expectations(StrEnum):
    """What the patient expected of the treatment before it started."""

    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class IptArea(StrEnum):
    """The four IPT problem areas (clinical-rules §11)."""

    GRIEF = "grief"
    ROLE_DISPUTE = "role_dispute"
    ROLE_TRANSITION = "role_transition"
    INTERPERSONAL_DEFICITS = "interpersonal_deficits"


class RyffBalance(StrEnum):
    """Where a Ryff dimension sits; the dimensions are bipolar (Guidi & Fava, euthymia)."""

    LOW = "low"
    BALANCED = "balanced"
    EXCESSIVE = "excessive"
