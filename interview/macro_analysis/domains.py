"""The domain of each problem area ([S-GF] Table 2 and §3; clinical-rules §12 point 7)."""

from __future__ import annotations

from interview.macro_analysis.model import Domain

DOMAIN_OF: dict[str, Domain] = {
    "safety": Domain.SYMPTOM,
    "depression": Domain.SYMPTOM,
    "anxiety": Domain.SYMPTOM,
    "insomnia": Domain.LIFESTYLE,
    "substance_use": Domain.LIFESTYLE,
    "role_dispute": Domain.INTERPERSONAL,
    "grief": Domain.INTERPERSONAL,
    "role_transition": Domain.INTERPERSONAL,
    "interpersonal_deficits": Domain.INTERPERSONAL,
    "stress_overload": Domain.STRESS,
    "demoralisation": Domain.ILLNESS_BEHAVIOUR,
    "illness_behaviour": Domain.ILLNESS_BEHAVIOUR,
    "nonadherence": Domain.ILLNESS_BEHAVIOUR,
    "medical_illness": Domain.MEDICAL,
    "behavioural_toxicity": Domain.IATROGENIC,
    "lifestyle": Domain.LIFESTYLE,
    "well_being": Domain.WELL_BEING,
}
"""Insomnia and alcohol sit under lifestyle as in the §12 constructed illustration."""
