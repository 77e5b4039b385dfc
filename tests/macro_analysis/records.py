"""Minimal record fragments, one per problem area, and a builder that merges them."""

from __future__ import annotations

from typing import Any

from interview.record import ClinicalRecord

FRAGMENT: dict[str, dict[str, Any]] = {
    "safety": {
        "safety": {"wish_to_be_dead": "yes", "suicidal_thoughts": "yes", "thoughts_with_method": "yes"}
    },
    "depression": {},
    "anxiety": {"comorbidity": {"anxiety": "disorder"}},
    "insomnia": {"lifestyle": {"poor_sleep": "yes"}},
    "substance_use": {"lifestyle": {"alcohol_units_per_week": 30}},
    "role_dispute": {"interpersonal": {"problem_areas": ["role_dispute"]}},
    "grief": {"interpersonal": {"problem_areas": ["grief"]}},
    "role_transition": {"interpersonal": {"problem_areas": ["role_transition"]}},
    "interpersonal_deficits": {"interpersonal": {"problem_areas": ["interpersonal_deficits"]}},
    "stress_overload": {"stress_load": {"stressor_exceeds_coping": "yes", "distress_manifestations": "yes"}},
    "demoralisation": {
        "illness_behaviour": {"demoralisation_helplessness": "yes", "demoralisation_month_or_longer": "yes"}
    },
    "illness_behaviour": {"illness_behaviour": {"psychological_reactance": "yes"}},
    "nonadherence": {"medication_trials": [{"drug": "sertraline", "adherence": "poor"}]},
    "medical_illness": {"comorbidity": {"medical_conditions": ["hypothyroidism"]}},
    "behavioural_toxicity": {"medication_trials": [{"drug": "paroxetine", "withdrawal_symptoms": "yes"}]},
    "lifestyle": {"lifestyle": {"physically_inactive": "yes"}},
    "well_being": {"well_being": {"environmental_mastery": "low"}},
}
"""The smallest record part that makes each area appear."""


def merge(*parts: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge record fragments; lists are concatenated."""
    out: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            if isinstance(value, dict) and isinstance(out.get(key), dict):
                out[key] = merge(out[key], value)
            elif isinstance(value, list) and isinstance(out.get(key), list):
                out[key] = out[key] + value
            else:
                out[key] = value
    return out


def record_with(*areas: str, **extra: Any) -> ClinicalRecord:
    """A record holding exactly the named areas (and the depression), plus extra fields."""
    return ClinicalRecord.model_validate(merge(*(FRAGMENT[a] for a in areas), extra))


ILLUSTRATION: dict[str, Any] = {
    "case_label": "clinical-rules §12 constructed illustration (not published)",
    "current_episode": {"severity_clinician": "moderate", "functional_impairment": "moderate"},
    "interpersonal": {"problem_areas": ["role_dispute"]},
    "lifestyle": {"poor_sleep": "yes", "alcohol_units_per_week": 30},
    "stress_load": {
        "stressors": ["sick leave", "financial strain"],
        "stressor_exceeds_coping": "yes",
        "distress_manifestations": "yes",
    },
    "illness_behaviour": {"demoralisation_helplessness": "yes", "demoralisation_month_or_longer": "yes"},
    "medication_trials": [{"drug": "sertraline"}, {"drug": "venlafaxine", "adherence": "poor"}],
    "preferences": {"priorities": ["sleep through the night", "stop arguing with my wife"]},
}
"""Marital conflict -> insomnia & alcohol -> depressive symptoms -> sick leave -> marital conflict;
depressive symptoms -> demoralisation -> poor adherence -> 'non-response' to drug 2 (§12, 🛠)."""
