"""ClinicalRecord: the hand-off between the interview and the analysis."""

from __future__ import annotations

from pydantic import Field, model_validator

from interview.record.base import RecordModel
from interview.record.comorbidity import Comorbidity
from interview.record.context import (
    Appraisal,
    IllnessBehaviour,
    Interpersonal,
    Lifestyle,
    Preferences,
    StressLoad,
    WellBeing,
)
from interview.record.episode import CurrentEpisode, EarlierEpisode
from interview.record.macro import LinkDecisions
from interview.record.overrides import ClinicianOverride, OverrideTarget
from interview.record.psychotherapy import PsychotherapyTrial
from interview.record.safety import SafetyScreen
from interview.record.treatments import MedicationTrial, SomaticTreatment
from interview.record.values import SKIPPED, Missing
from interview.record.workup import WorkUp

_LIST_OF_TARGET = {
    OverrideTarget.MEDICATION_ADEQUACY: "medication_trials",
    OverrideTarget.MEDICATION_RESPONSE: "medication_trials",
    OverrideTarget.PSYCHOTHERAPY_ADEQUACY: "psychotherapy_trials",
    OverrideTarget.PSYCHOTHERAPY_RESPONSE: "psychotherapy_trials",
    OverrideTarget.SOMATIC_ADEQUACY: "somatic_treatments",
    OverrideTarget.SOMATIC_RESPONSE: "somatic_treatments",
}


class ClinicalRecord(RecordModel):
    """Everything the interview collected about one case.

    Every field that can be unknown holds a `Missing` with its reason when it is; a field the
    interview never filled reads as Missing(skipped). Unknown is never read as no or zero.
    """

    record_version: str = "2"
    """Version of this record format: 2 added the chronology (interview.record.dates); 1 still loads."""
    case_label: str | Missing = SKIPPED
    """A pseudonymous label for the case; never a real name."""
    current_episode: CurrentEpisode = Field(default_factory=CurrentEpisode)
    """The episode being assessed."""
    earlier_episodes: list[EarlierEpisode] = Field(default_factory=list)
    """Earlier depressive episodes."""
    medication_trials: list[MedicationTrial] = Field(default_factory=list)
    """Every medication trial, oldest first."""
    somatic_treatments: list[SomaticTreatment] = Field(default_factory=list)
    """ECT, TMS, ketamine/esketamine and other somatic courses, oldest first."""
    psychotherapy_trials: list[PsychotherapyTrial] = Field(default_factory=list)
    """Every psychotherapy, oldest first."""
    lifestyle: Lifestyle = Field(default_factory=Lifestyle)
    """Health-related behaviours."""
    interpersonal: Interpersonal = Field(default_factory=Interpersonal)
    """Family and interpersonal relationships."""
    illness_behaviour: IllnessBehaviour = Field(default_factory=IllnessBehaviour)
    """Illness behaviour and demoralisation."""
    stress_load: StressLoad = Field(default_factory=StressLoad)
    """Current stress and allostatic overload."""
    well_being: WellBeing = Field(default_factory=WellBeing)
    """Psychological well-being (Ryff)."""
    comorbidity: Comorbidity = Field(default_factory=Comorbidity)
    """Medical and psychiatric comorbidity and concurrent drugs."""
    preferences: Preferences = Field(default_factory=Preferences)
    """The patient's preferences and priorities."""
    appraisal: Appraisal = Field(default_factory=Appraisal)
    """Appraisal and shared decision (Guidi & Fava B, C, E)."""
    workup: WorkUp = Field(default_factory=WorkUp)
    """The comorbidity and iatrogenic work-up: medical drugs, brand changes, investigations, prescriber."""
    safety: SafetyScreen = Field(default_factory=SafetyScreen)
    """The suicide-risk screen."""
    overrides: list[ClinicianOverride] = Field(default_factory=list)
    """Clinician overrides of derived judgements."""
    macro_decisions: LinkDecisions = Field(default_factory=LinkDecisions)
    """The macro-analysis links confirmed, removed or added in the interview, and the patient's priorities."""

    @model_validator(mode="after")
    def _overrides_point_at_trials(self) -> ClinicalRecord:
        for position, override in enumerate(self.overrides):
            list_name = _LIST_OF_TARGET.get(override.target)
            if list_name is None or override.trial_index is None:
                continue
            if override.trial_index >= len(getattr(self, list_name)):
                raise ValueError(
                    f"overrides[{position}].trial_index {override.trial_index} "
                    f"has no matching entry in {list_name}"
                )
        return self
