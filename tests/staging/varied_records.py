"""Seeded, varied records and settings that reach every branch of staging (for the golden test)."""

from __future__ import annotations

import random
from typing import Any

from interview.record import ClinicalRecord
from interview.staging import StagingSettings

UNKNOWN = {"missing": "dont_know"}
YES_NO = ("yes", "no")
RESPONSES = ("response", "partial", "none", "worse")
DRUGS = (
    "sertraline",
    "Prozac",
    "venlafaxine",
    "duloxetine",
    "bupropion",
    "mirtazapine",
    "amitriptyline",
    "imipramine",
    "phenelzine",
    "moclobemide",
    "lithium",
    "quetiapine",
    "unknownium",
)
SETTINGS = (
    StagingSettings(),
    StagingSettings(mghs_split_dose_duration_optimisation=True, count_earlier_episode_trials=True),
    StagingSettings(msm_severity_source="clinician_only", adequate_medication_weeks=4),
    StagingSettings(dose_threshold_overrides_mg={"sertraline": 150.0, "venlafaxine": 150.0}),
)


class _Maker:
    """A record generator; each value is unknown one time in five."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def maybe(self, value: object) -> object:
        return UNKNOWN if self.rng.random() < 0.2 else value

    def pick(self, *values: object) -> object:
        return self.maybe(self.rng.choice(values))

    def int_(self, low: int, high: int) -> object:
        return self.maybe(self.rng.randint(low, high))

    def episode(self) -> dict[str, Any]:
        return {
            "duration_weeks": self.int_(2, 300),
            "severity_scale": self.pick("hamd17", "madrs", "phq9", "qids_sr16", "cgi_s"),
            "severity_score": self.int_(0, 27),
            "severity_clinician": self.pick("subsyndromal", "mild", "moderate", "severe"),
            "psychotic_features": self.pick("yes", "no", "no"),
            "functional_impairment": self.pick("none", "mild", "moderate", "severe"),
            "intensified_treatment": self.pick(*YES_NO),
            "mood_improved": self.pick(*YES_NO),
            "residual_symptoms_impair_functioning": self.pick(*YES_NO),
        }

    def medication(self) -> dict[str, Any]:
        rng = self.rng
        trial = {
            "drug": rng.choice(DRUGS),
            "drug_class": self.pick("ssri", "tca", "maoi", "snri", "antipsychotic"),
            "episode": rng.choice(("current", "current", "earlier")),
            "strategy": self.pick("monotherapy", "monotherapy", "augmentation", "combination"),
            "add_on_drugs": rng.choice(([], [], ["lithium"], ["aripiprazole", "T3"])),
            "add_on_weeks": self.int_(0, 12),
            "dose_mg_per_day": self.pick(5, 10, 20, 37.5, 50, 75, 100, 150, 200, 300),
            "weeks_at_dose": self.int_(1, 30),
            "dose_optimised": self.pick(*YES_NO),
            "duration_optimised": self.pick(*YES_NO),
            "adherence": self.pick("good", "partial", "poor"),
            "response_clinician": self.maybe(rng.choice(RESPONSES)) if rng.random() < 0.4 else UNKNOWN,
            "kellner_rating": self.int_(1, 9),
            "percent_improvement": self.int_(-30, 95) if rng.random() < 0.6 else UNKNOWN,
            "withdrawal_symptoms": self.pick(*YES_NO),
            "loss_of_effect_during_maintenance": self.pick("yes", "no", "no"),
            "rechallenge_after_drug_free_period": self.pick("yes", "no", "no"),
            "behavioural_toxicity": {
                "paradoxical_reaction": self.pick(*YES_NO),
                "switch_to_hypomania_or_mania": self.pick("yes", "no", "no"),
                "persistent_post_withdrawal_disorder": self.pick("yes", "no", "no"),
            },
        }
        if rng.random() < 0.4:  # a surely adequate, failed trial, so the higher stages are reached
            trial.update(dose_mg_per_day=300, weeks_at_dose=12, adherence="good", percent_improvement=0)
            trial.update(response_clinician=UNKNOWN, strategy="monotherapy", episode="current")
        return trial

    def therapy(self) -> dict[str, Any]:
        return {
            "modality": self.pick("cbt", "ipt", "supportive", "cbasp", "mbct", "behavioural_activation"),
            "episode": self.rng.choice(("current", "earlier")),
            "evidence_based": self.pick(*YES_NO) if self.rng.random() < 0.5 else UNKNOWN,
            "therapist_trained": self.pick(*YES_NO),
            "sessions_attended": self.int_(0, 30),
            "weeks": self.int_(2, 60),
            "homework": self.pick("good", "partial", "poor"),
            "alliance": self.pick("good", "fair", "poor"),
            "expectations": self.pick("positive", "neutral", "negative"),
            "outcome": self.pick(*RESPONSES) if self.rng.random() < 0.6 else UNKNOWN,
            "kellner_rating": self.int_(1, 9),
        }

    def somatic(self) -> dict[str, Any]:
        kind = self.rng.choice(("ect", "ect", "tms", "ketamine"))
        return {
            "kind": kind,
            "name": self.pick("bitemporal ECT", "rTMS"),
            "episode": self.rng.choice(("current", "earlier")),
            "sessions": self.int_(2, 14),
            "ect_laterality": self.pick("bilateral", "right_unilateral"),
            "response_clinician": self.pick(*RESPONSES),
            "percent_improvement": self.int_(-10, 80),
        }

    def override(self, meds: int, psys: int, soms: int) -> dict[str, Any]:
        options: list[tuple[str, int, tuple[str, ...]]] = [
            ("differential_category", 1, ("resistance", "partial_response", "refractoriness")),
        ]
        for target, count, values in (
            ("medication_adequacy", meds, ("adequate", "inadequate")),
            ("medication_response", meds, RESPONSES),
            ("psychotherapy_adequacy", psys, ("adequate", "inadequate")),
            ("psychotherapy_response", psys, RESPONSES),
            ("somatic_adequacy", soms, ("adequate", "inadequate")),
            ("somatic_response", soms, RESPONSES),
        ):
            if count:
                options.append((target, count, values))
        target, count, values = self.rng.choice(options)
        chosen: dict[str, Any] = {
            "target": target,
            "value": self.rng.choice(values),
            "reason": "seen in the notes",
        }
        if target != "differential_category":
            chosen["trial_index"] = self.rng.randrange(count)
        return chosen

    def concurrent(self) -> list[dict[str, Any]]:
        drug = {"name": "carbamazepine", "enzyme_inducer_or_inhibitor": self.pick(*YES_NO)}
        return [drug] * self.rng.randint(0, 1)

    def record(self) -> ClinicalRecord:
        rng = self.rng
        meds = [self.medication() for _ in range(rng.randint(0, 7))]
        psys = [self.therapy() for _ in range(rng.randint(0, 3))]
        soms = [self.somatic() for _ in range(rng.choice((0, 0, 0, 1, 2)))]
        counts = (len(meds), len(psys), len(soms))
        overrides = [self.override(*counts) for _ in range(rng.choice((0, 0, 0, 1, 2)))]
        data = {
            "case_label": self.pick("a varied case"),
            "current_episode": self.episode(),
            "earlier_episodes": [{"duration_weeks": 20}] * rng.randint(0, 3),
            "medication_trials": meds,
            "psychotherapy_trials": psys,
            "somatic_treatments": soms,
            "lifestyle": {"poor_sleep": self.pick(*YES_NO), "smoking": self.pick(*YES_NO)},
            "interpersonal": {"problem_areas": self.maybe(rng.choice(([], ["grief"], ["role_dispute"])))},
            "illness_behaviour": {
                "demoralisation_helplessness": self.pick(*YES_NO),
                "demoralisation_month_or_longer": self.pick(*YES_NO),
                "hopelessness": self.pick(*YES_NO),
                "psychological_reactance": self.pick(*YES_NO),
            },
            "stress_load": {
                "stressor_exceeds_coping": self.pick(*YES_NO),
                "distress_manifestations": self.pick(*YES_NO),
                "psychosocial_stressors_level": self.pick("none", "mild", "severe"),
            },
            "well_being": {"autonomy": self.pick("low", "balanced", "excessive")},
            "comorbidity": {
                "anxiety": self.pick("none", "symptoms", "disorder"),
                "personality_disorder": self.pick("none", "traits"),
                "concurrent_drugs": self.concurrent(),
                "untreated_comorbidity": self.pick(*YES_NO),
                "bipolar_features": self.pick("yes", "no", "no"),
                "other_misdiagnosis_concern": self.pick("yes", "no", "no"),
            },
            "appraisal": {
                "trials_fit_indications": self.pick(*YES_NO),
                "clinimetric_assessment_done": self.pick(*YES_NO),
                "appraisal_discussed": self.pick(*YES_NO),
                "shared_decision_made": self.pick(*YES_NO),
            },
            "safety": {
                "wish_to_be_dead": self.pick(*YES_NO),
                "suicidal_thoughts": self.pick("yes", "no", "no"),
                "thoughts_with_method": self.pick("yes", "no", "no"),
                "intent_without_plan": self.pick("yes", "no", "no", "no"),
                "suicidal_behaviour_lifetime": self.pick("yes", "no", "no"),
                "suicidal_behaviour_past_3_months": self.pick("yes", "no", "no"),
            },
            "overrides": overrides,
        }
        return ClinicalRecord.model_validate(data)


def varied_cases(count: int, seed: int = 20240401) -> list[tuple[ClinicalRecord, StagingSettings]]:
    """`count` seeded records, each paired with one of the SETTINGS variants in turn."""
    maker = _Maker(seed)
    return [(maker.record(), SETTINGS[i % len(SETTINGS)]) for i in range(count)]
