"""Severity bands of the rating scales (clinical-rules §8) and our mapping to MSM levels (🛠)."""

from __future__ import annotations

from interview.record.episode import CurrentEpisode
from interview.record.missing import Missing
from interview.record.values import SeverityLevel, SeverityScale
from interview.staging.settings import MsmSeveritySource, StagingSettings

# (upper bound inclusive, band) per scale; sources in clinical-rules §8.
BANDS: dict[SeverityScale, tuple[tuple[int, str], ...]] = {
    # HAM-D-17: Rush 2003 / Trivedi 2004 conversion table [W20]
    SeverityScale.HAMD17: ((7, "none"), (13, "mild"), (19, "moderate"), (25, "severe"), (52, "very severe")),
    # MADRS: Snaith cut-points [W22]
    SeverityScale.MADRS: ((6, "absent"), (19, "mild"), (34, "moderate"), (60, "severe")),
    # PHQ-9: Kroenke, Spitzer, Williams 2001 [W23]
    SeverityScale.PHQ9: (
        (4, "minimal"),
        (9, "mild"),
        (14, "moderate"),
        (19, "moderately severe"),
        (27, "severe"),
    ),
    # QIDS-SR16 [W20], [W24]
    SeverityScale.QIDS_SR16: (
        (5, "none"),
        (10, "mild"),
        (15, "moderate"),
        (20, "severe"),
        (27, "very severe"),
    ),
}

# 🛠 our mapping to MSM levels 1-4 (clinical-rules §4); "moderately severe" is left open (3-4).
_TO_MSM: dict[str, tuple[int, int]] = {
    "none": (1, 1),
    "absent": (1, 1),
    "minimal": (1, 1),
    "mild": (2, 2),
    "moderate": (3, 3),
    "moderately severe": (3, 4),
    "severe": (4, 4),
    "very severe": (4, 4),
}
_CLINICIAN = {
    SeverityLevel.SUBSYNDROMAL: 1,
    SeverityLevel.MILD: 2,
    SeverityLevel.MODERATE: 3,
    SeverityLevel.SEVERE: 4,
}


def band(scale: SeverityScale, score: int) -> str | None:
    """The published band of a score, or None for a scale without bands here (CGI-S)."""
    for upper, name in BANDS.get(scale, ()):
        if score <= upper:
            return name
    return None


def msm_level(episode: CurrentEpisode, settings: StagingSettings) -> tuple[int, int, str]:
    """(lowest, highest) MSM severity level 1-4 without psychosis, and where it came from."""
    if not isinstance(episode.severity_clinician, Missing):
        level = _CLINICIAN[episode.severity_clinician]
        return level, level, f"clinician: {episode.severity_clinician.value}"
    if settings.msm_severity_source is MsmSeveritySource.CLINICIAN_ONLY:
        return 1, 4, "unknown: no clinician severity (scale mapping switched off)"
    scale, score = episode.severity_scale, episode.severity_score
    if isinstance(scale, Missing) or isinstance(score, Missing):
        return 1, 4, "unknown: no clinician severity and no scale score"
    name = band(scale, score)
    if name is None:
        return 1, 4, f"unknown: no band mapping for {scale.value}"
    low, high = _TO_MSM[name]
    return low, high, f"{scale.value} {score} = {name} → 🛠 our mapping"
