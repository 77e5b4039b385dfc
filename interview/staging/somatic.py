"""Adequacy and outcome of somatic courses; only ECT has an adequacy rule (ATHF, ⚠️)."""

from __future__ import annotations

from dataclasses import dataclass, field

from interview.record.missing import Missing
from interview.record.overrides import ClinicianOverride, OverrideTarget
from interview.record.treatments import EctLaterality, SomaticKind, SomaticTreatment
from interview.record.values import Episode, ResponseJudgement
from interview.staging.counting import text_or_unknown
from interview.staging.response import classify, did_not_respond, override_outcome
from interview.staging.results import Criterion, TrialCriterion
from interview.staging.settings import StagingSettings
from interview.staging.tristate import Tri, all_of, reaches, status


@dataclass(slots=True)
class SomaticAssessment:
    """What staging needs to know about one somatic course."""

    index: int
    label: str
    kind: SomaticKind
    is_ect: bool
    bilateral: Tri
    current: bool
    adequate: Tri
    outcome: ResponseJudgement | None
    failed: Tri
    criteria: list[Criterion] = field(default_factory=list)
    unknown_paths: list[str] = field(default_factory=list)
    overrides: list[str] = field(default_factory=list)

    @property
    def counts(self) -> Tri:
        """A failed adequate course."""
        return all_of((self.adequate, self.failed))


def _ect_adequacy(course: SomaticTreatment, settings: StagingSettings) -> tuple[Tri, Criterion]:
    sessions = course.sessions
    needed = settings.ect_min_sessions
    verdict = reaches(sessions, needed)
    return verdict, Criterion(
        id=TrialCriterion.SESSIONS,
        label="sessions",
        status=status(verdict),
        reason=f"{text_or_unknown(sessions)} sessions; ≥{needed} needed",
        source="ATHF bilateral ECT level 3 = 7-9 sessions [R1] (⚠️ level codes uncertain)",
    )


def assess_somatic(
    index: int,
    course: SomaticTreatment,
    settings: StagingSettings,
    overrides: list[ClinicianOverride],
) -> SomaticAssessment:
    """Judge one course; non-ECT courses have no published adequacy rule here."""
    path = f"somatic_treatments[{index}]"
    is_ect = course.kind is SomaticKind.ECT
    if is_ect:
        adequate, adequacy = _ect_adequacy(course, settings)
    else:
        adequate, adequacy = (
            None,
            Criterion(
                id=TrialCriterion.ADEQUACY,
                label="adequacy",
                status=status(None),
                reason=f"no adequacy rule for {course.kind.value} in clinical-rules.md",
                source="",
            ),
        )
    outcome, outcome_criterion = classify(
        course.response_clinician, course.kellner_rating, course.percent_improvement, settings, path
    )
    laterality = course.ect_laterality
    bilateral = None if isinstance(laterality, Missing) else laterality is EctLaterality.BILATERAL
    label = course.kind.value if isinstance(course.name, Missing) else course.name
    assessment = SomaticAssessment(
        index=index,
        label=label,
        kind=course.kind,
        is_ect=is_ect,
        bilateral=bilateral if is_ect else False,
        current=course.episode is Episode.CURRENT,
        adequate=adequate,
        outcome=outcome,
        failed=None,
        criteria=[adequacy, outcome_criterion],
    )
    assessment.unknown_paths = _unknown_paths(course, path, is_ect, outcome)
    _apply_overrides(assessment, overrides)
    assessment.failed = did_not_respond(assessment.outcome)
    return assessment


def _unknown_paths(
    course: SomaticTreatment, path: str, is_ect: bool, outcome: ResponseJudgement | None
) -> list[str]:
    paths = []
    if is_ect and isinstance(course.sessions, Missing):
        paths.append(f"{path}.sessions")
    if is_ect and isinstance(course.ect_laterality, Missing):
        paths.append(f"{path}.ect_laterality")
    if outcome is None:
        paths.append(f"{path}.kellner_rating")  # the primary outcome (§16)
    return paths


def _apply_overrides(assessment: SomaticAssessment, overrides: list[ClinicianOverride]) -> None:
    for override in overrides:
        if override.trial_index != assessment.index:
            continue
        if override.target is OverrideTarget.SOMATIC_ADEQUACY:
            assessment.adequate = override.value == "adequate"
            assessment.overrides.append(f"adequacy set to {override.value}; reason: {override.reason}")
        elif override.target is OverrideTarget.SOMATIC_RESPONSE:
            override_outcome(assessment, override)
