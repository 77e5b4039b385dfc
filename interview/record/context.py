"""The clinimetric context of the case: lifestyle, relationships, illness behaviour, stress, well-being."""

from __future__ import annotations

from pydantic import Field

from interview.record.base import RecordModel
from interview.record.values import (
    SKIPPED,
    GradedLevel,
    IptArea,
    Missing,
    NonNegFloat,
    RyffBalance,
    YesNo,
)


class Lifestyle(RecordModel):
    """Health-related behaviours (allostatic-load model, Guidi & Fava §2.4)."""

    physically_inactive: YesNo | Missing = SKIPPED
    """Little or no regular physical activity."""
    poor_sleep: YesNo | Missing = SKIPPED
    """Sleep is poor or irregular."""
    unhealthy_eating: YesNo | Missing = SKIPPED
    """Eating is irregular or unhealthy."""
    smoking: YesNo | Missing = SKIPPED
    """Smokes tobacco or nicotine."""
    alcohol_units_per_week: NonNegFloat | Missing = SKIPPED
    """Alcohol, in units per week."""
    drug_use: YesNo | Missing = SKIPPED
    """Uses recreational drugs."""


class Interpersonal(RecordModel):
    """Family and interpersonal relationships, in IPT's problem areas (clinical-rules §11)."""

    problem_areas: list[IptArea] | Missing = SKIPPED
    """IPT problem areas that fit; an empty list means none fit."""
    notes: str | Missing = SKIPPED
    """Free-text observations."""


class IllnessBehaviour(RecordModel):
    """Illness behaviour and demoralisation (DCPR-R, clinical-rules §10)."""

    demoralisation_helplessness: YesNo | Missing = SKIPPED
    """DCPR-R demoralisation A: unable to cope with pressing problems or lacking support."""
    demoralisation_month_or_longer: YesNo | Missing = SKIPPED
    """DCPR-R demoralisation B: prolonged and generalised, at least one month."""
    hopelessness: YesNo | Missing = SKIPPED
    """DCPR-R specifier C: convinced there are no solutions."""
    psychological_reactance: YesNo | Missing = SKIPPED
    """Oppositional reaction to a feared loss of control, e.g. refusing advice."""
    poor_self_management: YesNo | Missing = SKIPPED
    """Poor self-management of the illness."""
    illness_denial_notes: str | Missing = SKIPPED
    """Observations only: the DCPR-R criteria are unconfirmed, so this is not scored."""
    irritable_mood_notes: str | Missing = SKIPPED
    """Observations only: the DCPR-R criteria are unconfirmed, so this is not scored."""


class StressLoad(RecordModel):
    """Current stress and allostatic overload (Fava et al. 2010)."""

    stressors: list[str] = Field(default_factory=list)
    """Current stressors named (work, money, housing, care duties...)."""
    stressor_exceeds_coping: YesNo | Missing = SKIPPED
    """Allostatic overload A: a current stressor taxes or exceeds coping resources."""
    distress_manifestations: YesNo | Missing = SKIPPED
    """Allostatic overload B: clinical manifestations of distress linked to it."""
    psychosocial_stressors_level: GradedLevel | Missing = SKIPPED
    """Overall weight of current psychosocial stressors (a DM-TRD item)."""


class WellBeing(RecordModel):
    """Ryff's six dimensions of psychological well-being, each low, balanced or excessive."""

    autonomy: RyffBalance | Missing = SKIPPED
    """Self-determination and independence."""
    environmental_mastery: RyffBalance | Missing = SKIPPED
    """Feeling able to manage daily life."""
    personal_growth: RyffBalance | Missing = SKIPPED
    """A sense of continued development."""
    positive_relations: RyffBalance | Missing = SKIPPED
    """Warm, trusting relationships."""
    purpose_in_life: RyffBalance | Missing = SKIPPED
    """Goals and a sense of direction."""
    self_acceptance: RyffBalance | Missing = SKIPPED
    """A positive attitude to oneself."""


class Preferences(RecordModel):
    """What the patient wants from treatment."""

    priorities: list[str] = Field(default_factory=list)
    """The patient's own priorities, in their words, most important first."""
    open_to_psychotherapy: YesNo | Missing = SKIPPED
    """Would consider (more) psychotherapy."""
    open_to_medication_change: YesNo | Missing = SKIPPED
    """Would consider a change of medication."""
    treatments_to_avoid: list[str] = Field(default_factory=list)
    """Treatments the patient does not want."""


class Appraisal(RecordModel):
    """Guidi & Fava refractoriness criteria B, C and E as the clinician judges them."""

    trials_fit_indications: YesNo | Missing = SKIPPED
    """B: the trials fitted the evidence-based indications and the complexity of the case."""
    clinimetric_assessment_done: YesNo | Missing = SKIPPED
    """C: allostatic load, lifestyle, illness behaviour, well-being and relationships assessed."""
    appraisal_discussed: YesNo | Missing = SKIPPED
    """E: the patient received an adequate appraisal, with discussion and clarification."""
    shared_decision_made: YesNo | Missing = SKIPPED
    """E: the treatment plan was a shared decision."""
