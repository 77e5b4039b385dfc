"""Clinician overrides: a derived judgement replaced by the clinician's, always with a reason."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from interview.record.base import RecordModel
from interview.record.values import SKIPPED, Missing, NonNegInt, ResponseJudgement


class SpectrumCategory(StrEnum):
    """The response spectrum of one episode, Guidi & Fava Fig. 2, left to right."""

    FULL_RESPONSE = "full_response"
    RESPONSE_WITH_RESIDUAL_SYMPTOMS = "response_with_residual_symptoms"
    PARTIAL_RESPONSE = "partial_response"
    NON_RESPONSE = "non_response"
    RESISTANCE = "resistance"
    REFRACTORINESS = "refractoriness"


class OverrideTarget(StrEnum):
    """Which derived judgement an override replaces."""

    MEDICATION_ADEQUACY = "medication_adequacy"
    MEDICATION_RESPONSE = "medication_response"
    PSYCHOTHERAPY_ADEQUACY = "psychotherapy_adequacy"
    PSYCHOTHERAPY_RESPONSE = "psychotherapy_response"
    SOMATIC_ADEQUACY = "somatic_adequacy"
    SOMATIC_RESPONSE = "somatic_response"
    DIFFERENTIAL_CATEGORY = "differential_category"


ADEQUACY_VALUES = ("adequate", "inadequate")
_TRIAL_TARGETS = {
    OverrideTarget.MEDICATION_ADEQUACY: ADEQUACY_VALUES,
    OverrideTarget.PSYCHOTHERAPY_ADEQUACY: ADEQUACY_VALUES,
    OverrideTarget.SOMATIC_ADEQUACY: ADEQUACY_VALUES,
    OverrideTarget.MEDICATION_RESPONSE: tuple(ResponseJudgement),
    OverrideTarget.PSYCHOTHERAPY_RESPONSE: tuple(ResponseJudgement),
    OverrideTarget.SOMATIC_RESPONSE: tuple(ResponseJudgement),
}


class ClinicianOverride(RecordModel):
    """One judgement the clinician set by hand; the derivation stays visible in the report."""

    target: OverrideTarget
    """What is overridden."""
    trial_index: NonNegInt | None = None
    """Position of the trial in its list (0-based); not used for the differential category."""
    value: str
    """The clinician's value: adequate/inadequate, a response judgement, or a spectrum category."""
    reason: str = Field(min_length=1)
    """Why the clinician overrode the derived judgement."""
    clinician: str | Missing = SKIPPED
    """Who made the override."""

    @model_validator(mode="after")
    def _value_fits_target(self) -> ClinicianOverride:
        allowed = _TRIAL_TARGETS.get(self.target, tuple(SpectrumCategory))
        if self.value not in {str(a) for a in allowed}:
            choices = ", ".join(str(a) for a in allowed)
            raise ValueError(f"value {self.value!r} is not one of: {choices}")
        needs_index = self.target is not OverrideTarget.DIFFERENTIAL_CATEGORY
        if needs_index and self.trial_index is None:
            raise ValueError(f"trial_index is needed for target {self.target.value}")
        return self
