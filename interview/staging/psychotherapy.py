"""Adequacy of one psychotherapy trial by the three published bars, and its outcome."""

from __future__ import annotations

from dataclasses import dataclass, field

from interview.record.missing import Missing
from interview.record.overrides import ClinicianOverride, OverrideTarget
from interview.record.psychotherapy import Modality, PsychotherapyTrial
from interview.record.values import Episode, ResponseJudgement
from interview.staging.counting import text_or_unknown
from interview.staging.response import classify, did_not_respond, gf_failure, override_outcome
from interview.staging.results import Criterion, TrialCriterion
from interview.staging.settings import StagingSettings
from interview.staging.tristate import Tri, all_of, reaches, status, yes

# Evidence-based psychotherapies named by the ATHF-SF (Sackeim et al. 2019 [W11]).
ATHF_SF_THERAPIES = frozenset(
    {
        Modality.CBT,
        Modality.BEHAVIOURAL_ACTIVATION,
        Modality.IPT,
        Modality.PROBLEM_SOLVING,
        Modality.SHORT_TERM_PSYCHODYNAMIC,
    }
)


@dataclass(slots=True)
class PsyAssessment:
    """What staging needs to know about one psychotherapy trial."""

    index: int
    label: str
    modality: Modality | None
    current: bool
    evidence_based: Tri
    conway_adequate: Tri
    markowitz_adequate: Tri
    gf_adequate: Tri
    outcome: ResponseJudgement | None
    failed: Tri
    counts_conway: Tri = None
    """A failure that counts by the Conway bar: adequate by it and did not respond."""
    counts_markowitz: Tri = None
    """A failure that counts by the Markowitz bar."""
    counts_gf: Tri = None
    """A failure that counts by the Guidi & Fava bar."""
    criteria: list[Criterion] = field(default_factory=list)
    unknown_paths: list[str] = field(default_factory=list)
    overrides: list[str] = field(default_factory=list)


def _evidence_based(trial: PsychotherapyTrial) -> tuple[Tri, str]:
    answered = yes(trial.evidence_based)
    if answered is not None:
        return answered, f"evidence-based: {trial.evidence_based}"
    if not isinstance(trial.modality, Missing) and trial.modality in ATHF_SF_THERAPIES:
        return True, f"{trial.modality.value} is named as evidence-based by the ATHF-SF [W11]"
    return None, "unknown whether evidence-based"


def _bars(
    trial: PsychotherapyTrial, eb: Tri, eb_reason: str, settings: StagingSettings
) -> tuple[Tri, Tri, Tri, list[Criterion]]:
    """Conway (≥8 sessions), Markowitz (trained, 9-16 sessions), Guidi & Fava (20-52 weeks)."""
    sessions = trial.sessions_attended
    conway = all_of((eb, reaches(sessions, settings.conway_psychotherapy_min_sessions)))
    trained = yes(trial.therapist_trained)
    markowitz = all_of((eb, trained, reaches(sessions, settings.markowitz_psychotherapy_min_sessions)))
    gf = all_of((eb, reaches(trial.weeks, settings.guidi_fava_psychotherapy_min_weeks)))
    s_text = text_or_unknown(sessions)
    w_text = "unknown" if isinstance(trial.weeks, Missing) else f"{trial.weeks:g}"
    criteria = [
        Criterion(
            id=TrialCriterion.EVIDENCE_BASED,
            label="evidence-based",
            status=status(eb),
            reason=eb_reason,
            source="[W11]",
        ),
        Criterion(
            id=TrialCriterion.CONWAY_BAR,
            label="Conway bar",
            status=status(conway),
            reason=f"{s_text} sessions attended; ≥{settings.conway_psychotherapy_min_sessions}",
            source="Conway 2017 via [S-MK]",
        ),
        Criterion(
            id=TrialCriterion.MARKOWITZ_BAR,
            label="Markowitz bar",
            status=status(markowitz),
            reason=f"trained therapist: {text_or_unknown(trial.therapist_trained)}; {s_text} sessions; "
            f"≥{settings.markowitz_psychotherapy_min_sessions}",
            source="Markowitz et al. 2022 [S-MK]",
        ),
        Criterion(
            id=TrialCriterion.GUIDI_FAVA_BAR,
            label="Guidi & Fava bar",
            status=status(gf),
            reason=f"{w_text} weeks; ≥{settings.guidi_fava_psychotherapy_min_weeks:g}",
            source="Guidi & Fava Table 3 A [S-GF]",
        ),
    ]
    return conway, markowitz, gf, criteria


def assess_psychotherapy(
    index: int,
    trial: PsychotherapyTrial,
    settings: StagingSettings,
    overrides: list[ClinicianOverride],
) -> PsyAssessment:
    """Judge one psychotherapy by each bar, then apply the clinician's overrides."""
    path = f"psychotherapy_trials[{index}]"
    eb, eb_reason = _evidence_based(trial)
    conway, markowitz, gf, criteria = _bars(trial, eb, eb_reason, settings)
    outcome, outcome_criterion = classify(
        trial.outcome, trial.kellner_rating, trial.percent_improvement, settings, path
    )
    modality = None if isinstance(trial.modality, Missing) else trial.modality
    assessment = PsyAssessment(
        index=index,
        label=modality.value if modality else "psychotherapy (kind unknown)",
        modality=modality,
        current=trial.episode is Episode.CURRENT,
        evidence_based=eb,
        conway_adequate=conway,
        markowitz_adequate=markowitz,
        gf_adequate=gf,
        outcome=outcome,
        failed=None,
        criteria=[*criteria, outcome_criterion],
    )
    assessment.unknown_paths = _unknown_paths(trial, path, eb, outcome)
    _apply_overrides(assessment, overrides)
    failed = assessment.failed = did_not_respond(assessment.outcome)
    assessment.counts_conway = all_of((assessment.conway_adequate, failed))
    assessment.counts_markowitz = all_of((assessment.markowitz_adequate, failed))
    assessment.counts_gf = all_of((assessment.gf_adequate, gf_failure(assessment.outcome)))
    return assessment


def _unknown_paths(
    trial: PsychotherapyTrial, path: str, eb: Tri, outcome: ResponseJudgement | None
) -> list[str]:
    checks = {
        "evidence_based": eb is None,
        "sessions_attended": isinstance(trial.sessions_attended, Missing),
        "therapist_trained": isinstance(trial.therapist_trained, Missing),
        "weeks": isinstance(trial.weeks, Missing),
        "kellner_rating": outcome is None,  # the primary outcome (§16)
        "modality": isinstance(trial.modality, Missing),
    }
    return [f"{path}.{name}" for name, unknown in checks.items() if unknown]


def _apply_overrides(assessment: PsyAssessment, overrides: list[ClinicianOverride]) -> None:
    for override in overrides:
        if override.trial_index != assessment.index:
            continue
        if override.target is OverrideTarget.PSYCHOTHERAPY_ADEQUACY:
            value = override.value == "adequate"
            assessment.conway_adequate = assessment.markowitz_adequate = value
            assessment.gf_adequate = value
            assessment.overrides.append(
                f"adequacy (all bars) set to {override.value}; reason: {override.reason}"
            )
        elif override.target is OverrideTarget.PSYCHOTHERAPY_RESPONSE:
            override_outcome(assessment, override)
