"""How well one trial worked, judged at its end (clinical-rules §16).

The clinician's own judgement of the trial stands first; otherwise Kellner's rating at the end of the
trial is the primary outcome, and the percent fall (at its best) is secondary, shown beside it and
used only when nothing rates the end. Deterioration at the end (Kellner 6-9) is flagged whatever
decided the outcome (flags.py).
"""

from __future__ import annotations

from typing import Protocol

from interview.record.missing import Missing
from interview.record.overrides import ClinicianOverride
from interview.record.values import ResponseJudgement
from interview.staging.results import Criterion, Status, TrialCriterion
from interview.staging.settings import StagingSettings

_KELLNER_SOURCE = "Kellner 1972 via Guidi & Fava [S-GF] §3; 🛠 cut-offs ours (clinical-rules §13)"


def _from_percent(percent: float, settings: StagingSettings) -> tuple[ResponseJudgement, str]:
    """Response >=50 % fall (clinical-rules §8); partial and worse cut-offs are ours."""
    if percent >= settings.response_percent:
        return ResponseJudgement.RESPONSE, f"{percent:g} % fall ≥ {settings.response_percent:g} %"
    if percent >= settings.partial_response_percent:
        return ResponseJudgement.PARTIAL, f"{percent:g} % fall (partial band, 🛠 convention)"
    if percent < 0:
        return ResponseJudgement.WORSE, f"{percent:g} %: worse than baseline"
    return ResponseJudgement.NONE, f"{percent:g} % fall < {settings.partial_response_percent:g} %"


def _from_kellner(score: int) -> ResponseJudgement:
    """Kellner 1-2 response, 3-4 partial, 5 no change, 6-9 worse (🛠 clinical-rules §13)."""
    if score <= 2:
        return ResponseJudgement.RESPONSE
    if score <= 4:
        return ResponseJudgement.PARTIAL
    return ResponseJudgement.NONE if score == 5 else ResponseJudgement.WORSE


def classify(
    clinician: ResponseJudgement | Missing,
    kellner: int | Missing,
    percent: float | Missing,
    settings: StagingSettings,
    path: str,
) -> tuple[ResponseJudgement | None, Criterion]:
    """The trial's outcome at its end and the criterion that explains where it came from."""
    best = "" if isinstance(percent, Missing) else f"; at its best {percent:g} % fall (secondary)"
    end = "" if isinstance(kellner, Missing) else f"; Kellner {kellner} at the end"
    if not isinstance(clinician, Missing):
        reason = f"clinician judged: {clinician.value}{end}{best}"
        return clinician, Criterion(
            id=TrialCriterion.OUTCOME,
            label="outcome",
            status=Status.MET,
            reason=reason,
            source="clinician judgement",
        )
    if not isinstance(kellner, Missing):
        judged = _from_kellner(kellner)
        reason = f"Kellner {kellner} at the end → {judged.value}{best}"
        if kellner >= 6:
            reason += "; deterioration: review for iatrogenic causes"
        return judged, Criterion(
            id=TrialCriterion.OUTCOME,
            label="outcome",
            status=Status.MET,
            reason=reason,
            source=_KELLNER_SOURCE,
            derived=True,
        )
    if not isinstance(percent, Missing):
        judged, reason = _from_percent(percent, settings)
        source = "≥50 % fall = response [S-PN], [W12]; 25-49 % partial ❌ convention"
        return judged, Criterion(
            id=TrialCriterion.OUTCOME,
            label="outcome",
            status=Status.MET,
            reason=reason,
            source=source,
            derived=True,
        )
    reason = f"unknown: no clinician judgement, Kellner rating or percent fall ({path})"
    return None, Criterion(
        id=TrialCriterion.OUTCOME, label="outcome", status=Status.UNKNOWN, reason=reason, source=""
    )


def deteriorated(kellner: int | Missing) -> bool | None:
    """Kellner 6-9 at the end is deterioration, whatever the best point was (§16)."""
    return None if isinstance(kellner, Missing) else kellner >= 6


class _Judged(Protocol):
    outcome: ResponseJudgement | None
    overrides: list[str]


def override_outcome(assessment: _Judged, override: ClinicianOverride) -> None:
    """Replace a trial's derived outcome by the clinician's, keeping what was derived in its notes."""
    derived = assessment.outcome.value if assessment.outcome else "unknown"
    assessment.outcome = ResponseJudgement(override.value)
    assessment.overrides.append(
        f"outcome set to {override.value} (derived: {derived}); reason: {override.reason}"
    )


def did_not_respond(outcome: ResponseJudgement | None) -> bool | None:
    """Non-response for staging = anything short of a response (<50 % fall, clinical-rules §1)."""
    if outcome is None:
        return None
    return outcome is not ResponseJudgement.RESPONSE


def gf_failure(outcome: ResponseJudgement | None) -> bool | None:
    """Guidi & Fava's failure: no response and not a partial one, which goes to the sequential
    model instead (§13 (d), Table 4; clinical-rules §16)."""
    if outcome is None:
        return None
    return outcome in (ResponseJudgement.NONE, ResponseJudgement.WORSE)
