"""StagingSettings: every configurable threshold, with the source of its default."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from interview.record.dm_trd_table import DmTrdTable


class MsmSeveritySource(StrEnum):
    """Where the MSM severity item comes from."""

    CLINICIAN_THEN_SCALE = "clinician_then_scale"
    """Clinician judgement first; else our mapping of the scale bands (🛠 derived)."""
    CLINICIAN_ONLY = "clinician_only"
    """Only the clinician's judgement; a scale score alone leaves the item unknown."""


class StagingSettings(BaseModel):
    """Thresholds the staging methods use; defaults and their sources are in SETTING_SOURCES."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    adequate_medication_weeks: float = Field(default=6.0, gt=0)
    """Weeks at an adequate dose for a medication trial to count."""
    guidi_fava_medication_min_weeks: float = Field(default=4.0, gt=0)
    """Guidi & Fava refractoriness A: medication trials of 4-8 weeks."""
    guidi_fava_psychotherapy_min_weeks: float = Field(default=20.0, gt=0)
    """Guidi & Fava refractoriness A: psychotherapy trials of 20-52 weeks."""
    conway_psychotherapy_min_sessions: int = Field(default=8, ge=1)
    """Conway 2017: at least 8 attended sessions of an evidence-based psychotherapy."""
    markowitz_psychotherapy_min_sessions: int = Field(default=9, ge=1)
    """Markowitz 2022: a trained therapist and 9-16 sessions completed."""
    augmentation_min_weeks: float = Field(default=2.0, ge=0)
    """Weeks an add-on must run to count as an augmentation trial."""
    ect_min_sessions: int = Field(default=7, ge=1)
    """Sessions for an ECT course to count as adequate."""
    response_percent: float = 50.0
    """A fall of at least this percent is a response."""
    partial_response_percent: float = 25.0
    """A fall of at least this percent (and below response_percent) is a partial response."""
    mghs_split_dose_duration_optimisation: bool = False
    """MGH-S: count dose and duration optimisation as 0.5 each (True) or one 0.5 for any (False)."""
    msm_severity_source: MsmSeveritySource = MsmSeveritySource.CLINICIAN_THEN_SCALE
    """MSM severity: clinician judgement, or also our mapping of scale bands."""
    count_earlier_episode_trials: bool = False
    """Count trials from earlier episodes in the staging methods (the methods stage the current one)."""
    dose_threshold_overrides_mg: dict[str, float] = Field(default_factory=dict)
    """Checked per-drug adequacy thresholds (generic name -> mg/day) that replace the catalogue."""
    dm_trd_table: DmTrdTable | None = None
    """DM-TRD point table; None means the bundled one (points unconfirmed)."""


SETTING_SOURCES: dict[str, str] = {
    "adequate_medication_weeks": "MGH-S/ATRQ ≥6 weeks [W2]; Fava et al. 2020 [W19]; "
    "ATHF ≥4 [W14]; Canadian consensus 4-6 [W12] (🛠 default 6, clinical-rules §7d)",
    "guidi_fava_medication_min_weeks": "Guidi & Fava Table 3 A: 4-8 weeks [S-GF]",
    "guidi_fava_psychotherapy_min_weeks": "Guidi & Fava Table 3 A: 20-52 weeks [S-GF]",
    "conway_psychotherapy_min_sessions": "Conway et al. 2017 as quoted in Markowitz 2022 [S-MK]",
    "markowitz_psychotherapy_min_sessions": "Markowitz et al. 2022: 9-16 sessions [S-MK]",
    "augmentation_min_weeks": "ATHF lithium augmentation ≥2 weeks [R1] "
    "(🛠 our interpretation: applied to every add-on)",
    "ect_min_sessions": "ATHF bilateral ECT level 3 = 7-9 sessions [R1] (⚠️ level codes uncertain)",
    "response_percent": "response = ≥50 % fall [S-PN], [W12]",
    "partial_response_percent": "❌ common convention (25-49 %), no source read; 🛠 our cut-off",
    "mghs_split_dose_duration_optimisation": "⚠️ Fava 2003 wording unclear; 🛠 flag, default one "
    "0.5 for any optimisation (clinical-rules §3)",
    "msm_severity_source": "🛠 our mapping of the §8 scale bands to MSM levels (clinical-rules §4)",
    "count_earlier_episode_trials": "🛠 the methods stage the current episode (MSM, ATRQ, Conway)",
    "dose_threshold_overrides_mg": "empty: catalogue usual-dose proxies (clinical-rules §7d)",
    "dm_trd_table": "bundled table with points: null (❌ Peeters 2016 Table 1 not read)",
}
