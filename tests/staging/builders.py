"""Small builders for staging tests: a record from a few keyword arguments."""

from __future__ import annotations

from typing import Any

from interview.record import ClinicalRecord


def failed(drug: str = "sertraline", dose: float = 100, weeks: float = 8, **extra: Any) -> dict[str, Any]:
    """An adequate monotherapy trial that did not help (0 % fall)."""
    return {
        "drug": drug,
        "strategy": "monotherapy",
        "dose_mg_per_day": dose,
        "weeks_at_dose": weeks,
        "percent_improvement": 0,
        "dose_optimised": "no",
        "duration_optimised": "no",
        **extra,
    }


def therapy(modality: str = "cbt", sessions: int = 16, weeks: float = 24, **extra: Any) -> dict[str, Any]:
    """An evidence-based psychotherapy with a trained therapist that did not help."""
    return {
        "modality": modality,
        "evidence_based": "yes",
        "therapist_trained": "yes",
        "sessions_attended": sessions,
        "weeks": weeks,
        "outcome": "none",
        **extra,
    }


def record(**data: Any) -> ClinicalRecord:
    """A validated record; the episode defaults to 40 weeks, moderate, no psychosis."""
    episode = {"duration_weeks": 40, "severity_clinician": "moderate", "psychotic_features": "no"}
    episode.update(data.pop("episode", {}))
    return ClinicalRecord.model_validate({"current_episode": episode, **data})
