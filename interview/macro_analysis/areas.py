"""Problem areas derived from the clinical record, each with the record fields that led to it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from interview.macro_analysis.model import Urgency
from interview.record.missing import Missing
from interview.record.model import ClinicalRecord
from interview.record.treatments import MedicationTrial
from interview.record.values import ResponseJudgement, YesNo
from interview.staging.safety import LEVELS, assess_safety, reached_level

ALCOHOL_UNITS_LIMIT = 14.0
"""Units a week above which alcohol counts as a problem area. 🛠 derived: the UK Chief Medical
Officers' low-risk limit; clinical-rules.md gives no threshold."""
_GRADE = {"none": 0, "mild": 1, "moderate": 2, "severe": 3}
_SEVERITY = {"subsyndromal": 0, "mild": 1, "moderate": 2, "severe": 3}


@dataclass
class Finding:
    """What the record says about one area, before the catalogue adds label and tools."""

    id: str
    evidence: list[str]
    severity: int | None = None
    impairment: int | None = None
    urgency: Urgency = Urgency.ROUTINE
    urgency_reason: str = "no reason for haste found in the record"
    label: str | None = None
    notes: list[str] = field(default_factory=list)


def _yes(value: object) -> bool:
    return value == YesNo.YES


def _say(path: str, value: object) -> str:
    if isinstance(value, Missing):
        return f"{path} unknown ({value.missing.value})"
    return f"{path} = {getattr(value, 'value', value)}"


def _flags(paths: dict[str, object]) -> list[str]:
    """The paths whose value is yes, each shown as 'path = yes'."""
    return [_say(path, value) for path, value in paths.items() if _yes(value)]


def safety(record: ClinicalRecord) -> Finding | None:
    """A positive C-SSRS screen: emergency at high triage, urgent at moderate, soon at low (§14)."""
    result = assess_safety(record.safety)
    recorded = record.safety.triage_level
    level = LEVELS.index(reached_level(record.safety))
    if level == 0:
        return None
    urgency = {3: Urgency.EMERGENCY, 2: Urgency.URGENT, 1: Urgency.SOON}[level]
    evidence = [f"safety screen endorsed: {item}" for item in result.endorsed]
    if not isinstance(recorded, Missing):
        evidence.append(_say("safety.triage_level", recorded))
    return Finding(
        "safety",
        evidence,
        severity=level,
        urgency=urgency,
        urgency_reason=f"positive suicide-risk screen at {LEVELS[level]} triage (C-SSRS, clinical-rules §14)",
    )


def depression(record: ClinicalRecord) -> Finding:
    """The depression itself, always present; 'residual' when mood improved but symptoms impair."""
    ep = record.current_episode
    evidence = [
        _say(f"current_episode.{name}", getattr(ep, name))
        for name in ("severity_clinician", "functional_impairment", "psychotic_features")
    ]
    severity = None if isinstance(ep.severity_clinician, Missing) else _SEVERITY[ep.severity_clinician]
    if _yes(ep.psychotic_features):
        severity = 3
    finding = Finding("depression", evidence, severity=severity)
    if not isinstance(ep.functional_impairment, Missing):
        finding.impairment = _GRADE[ep.functional_impairment]
    if _yes(ep.residual_symptoms_impair_functioning):
        finding.label = "Residual depressive symptoms"
        finding.evidence.append(_say("current_episode.residual_symptoms_impair_functioning", YesNo.YES))
    if _yes(ep.psychotic_features):
        finding.urgency = Urgency.URGENT
        finding.urgency_reason = "psychotic features in the current episode (🛠 our threshold)"
    elif severity == 3:
        finding.urgency = Urgency.SOON
        finding.urgency_reason = "severe episode (🛠 our threshold)"
    return finding


def anxiety(record: ClinicalRecord) -> Finding | None:
    """Comorbid anxiety symptoms or disorder, or an anxiety condition named."""
    level = record.comorbidity.anxiety
    named = [c for c in record.comorbidity.psychiatric_conditions if _names_anxiety(c)]
    if (isinstance(level, Missing) or level.value == "none") and not named:
        return None
    evidence = [f"comorbidity.psychiatric_conditions includes {c!r}" for c in named]
    severity = None
    if not isinstance(level, Missing) and level.value != "none":
        evidence.insert(0, _say("comorbidity.anxiety", level))
        severity = 1 if level.value == "symptoms" else 2
    return Finding("anxiety", evidence, severity=severity)


def _names_anxiety(condition: str) -> bool:
    text = condition.lower()
    return any(word in text for word in ("anxi", "panic", "phobi", "gad", "ocd", "ptsd"))


def insomnia(record: ClinicalRecord) -> Finding | None:
    """Poor sleep reported, or insomnia named as a condition."""
    named = [
        c
        for c in record.comorbidity.psychiatric_conditions + record.comorbidity.medical_conditions
        if "insomnia" in c.lower() or "sleep" in c.lower()
    ]
    evidence = _flags({"lifestyle.poor_sleep": record.lifestyle.poor_sleep})
    evidence += [f"condition named: {c!r}" for c in named]
    return Finding("insomnia", evidence) if evidence else None


def substance_use(record: ClinicalRecord) -> Finding | None:
    """Harmful use of alcohol or drugs, drug use, or alcohol above the weekly limit."""
    life = record.lifestyle
    evidence = _flags(
        {
            "comorbidity.substance_misuse": record.comorbidity.substance_misuse,
            "lifestyle.drug_use": life.drug_use,
        },
    )
    units = life.alcohol_units_per_week
    if not isinstance(units, Missing) and units > ALCOHOL_UNITS_LIMIT:
        evidence.append(f"lifestyle.alcohol_units_per_week = {units:g} (over {ALCOHOL_UNITS_LIMIT:g}, 🛠)")
    if not evidence:
        return None
    finding = Finding("substance_use", evidence)
    if _yes(record.comorbidity.substance_misuse):
        finding.urgency = Urgency.SOON
        finding.urgency_reason = "harmful substance use (🛠 our threshold)"
    return finding


def _ipt(area: str) -> Callable[[ClinicalRecord], Finding | None]:
    def derive(record: ClinicalRecord) -> Finding | None:
        areas = record.interpersonal.problem_areas
        if isinstance(areas, Missing) or area not in areas:
            return None
        return Finding(area, [f"interpersonal.problem_areas includes {area}"])

    derive.__doc__ = f"The IPT problem area {area} (clinical-rules §11)."
    return derive


def stress_overload(record: ClinicalRecord) -> Finding | None:
    """Allostatic overload (criteria A and B), or current stressors of some weight (§10)."""
    s = record.stress_load
    evidence = _flags(
        {
            "stress_load.stressor_exceeds_coping": s.stressor_exceeds_coping,
            "stress_load.distress_manifestations": s.distress_manifestations,
        },
    )
    level = s.psychosocial_stressors_level
    severity = None if isinstance(level, Missing) else _GRADE[level]
    if severity:
        evidence.append(_say("stress_load.psychosocial_stressors_level", level))
    if not evidence:
        return None
    evidence += [f"stressor named: {name!r}" for name in s.stressors]
    finding = Finding("stress_overload", evidence, severity=severity)
    if _yes(s.stressor_exceeds_coping) and _yes(s.distress_manifestations):
        finding.label = "Allostatic overload"
        finding.notes.append("criteria A and B of Fava et al. 2010 are both met (clinical-rules §10)")
    return finding


def demoralisation(record: ClinicalRecord) -> Finding | None:
    """DCPR-R demoralisation: A (helplessness) and B (one month or longer); C adds hopelessness."""
    ib = record.illness_behaviour
    if not (_yes(ib.demoralisation_helplessness) and _yes(ib.demoralisation_month_or_longer)):
        return None
    evidence = _flags(
        {
            "illness_behaviour.demoralisation_helplessness": ib.demoralisation_helplessness,
            "illness_behaviour.demoralisation_month_or_longer": ib.demoralisation_month_or_longer,
            "illness_behaviour.hopelessness": ib.hopelessness,
        },
    )
    finding = Finding("demoralisation", evidence)
    if _yes(ib.hopelessness):
        finding.label = "Demoralisation with hopelessness (DCPR-R)"
    return finding


def illness_behaviour(record: ClinicalRecord) -> Finding | None:
    """Psychological reactance, poor self-management, or observations of illness denial (not scored)."""
    ib = record.illness_behaviour
    evidence = _flags(
        {
            "illness_behaviour.psychological_reactance": ib.psychological_reactance,
            "illness_behaviour.poor_self_management": ib.poor_self_management,
        },
    )
    if not isinstance(ib.illness_denial_notes, Missing) and ib.illness_denial_notes.strip():
        evidence.append("illness_behaviour.illness_denial_notes recorded (observation, not scored: §10 ❌)")
    return Finding("illness_behaviour", evidence) if evidence else None


def nonadherence(record: ClinicalRecord) -> Finding | None:
    """A medication taken partly or poorly, or psychotherapy homework done poorly."""
    evidence = [
        f"medication_trials[{i}].adherence = {t.adherence.value} ({t.drug})"
        for i, t in enumerate(record.medication_trials)
        if not isinstance(t.adherence, Missing) and t.adherence.value != "good"
    ]
    evidence += [
        f"psychotherapy_trials[{i}].homework = poor"
        for i, t in enumerate(record.psychotherapy_trials)
        if not isinstance(t.homework, Missing) and t.homework.value == "poor"
    ]
    return Finding("nonadherence", evidence) if evidence else None


def medical_illness(record: ClinicalRecord) -> Finding | None:
    """Medical conditions, an untreated comorbidity, or drugs that change antidepressant metabolism."""
    c = record.comorbidity
    evidence = [f"comorbidity.medical_conditions includes {m!r}" for m in c.medical_conditions]
    evidence += [
        f"comorbidity.concurrent_drugs: {d.name} changes antidepressant metabolism"
        for d in c.concurrent_drugs
        if _yes(d.enzyme_inducer_or_inhibitor)
    ]
    evidence += _flags({"comorbidity.untreated_comorbidity": c.untreated_comorbidity})
    if not evidence:
        return None
    finding = Finding("medical_illness", evidence)
    if _yes(c.untreated_comorbidity):
        finding.urgency = Urgency.SOON
        finding.urgency_reason = "an untreated condition that could sustain the depression (🛠)"
    return finding


_TOXICITY = {
    "withdrawal_symptoms": "withdrawal symptoms or rebound",
    "loss_of_effect_during_maintenance": "loss of effect during maintenance",
}
_TOXICITY_EXTRA = {
    "paradoxical_reaction": "paradoxical reaction",
    "switch_to_hypomania_or_mania": "switch to hypomania or mania",
    "persistent_post_withdrawal_disorder": "persistent post-withdrawal disorder",
}


def _did_not_help(trial: MedicationTrial) -> bool:
    """Whether a trial surely did not help: judged no change or worse, Kellner 5-9, or under a 25 %
    fall (clinical-rules §13 mapping); an unknown outcome is not a failure."""
    judged = trial.response_clinician
    if not isinstance(judged, Missing):
        return judged in (ResponseJudgement.NONE, ResponseJudgement.WORSE)
    if not isinstance(trial.kellner_rating, Missing):
        return trial.kellner_rating >= 5
    return not isinstance(trial.percent_improvement, Missing) and trial.percent_improvement < 25


def behavioural_toxicity(record: ClinicalRecord) -> Finding | None:
    """Possible behavioural-toxicity features of any trial (§13; no stage is assigned)."""
    evidence: list[str] = []
    switch = False
    for i, trial in enumerate(record.medication_trials):
        for name, label in _TOXICITY.items():
            if _yes(getattr(trial, name)):
                evidence.append(f"medication_trials[{i}].{name} = yes ({trial.drug}: {label})")
        if _yes(trial.rechallenge_after_drug_free_period) and _did_not_help(trial):  # a success is no sign
            evidence.append(
                f"medication_trials[{i}].rechallenge_after_drug_free_period = yes, and it did not help "
                f"({trial.drug}: resistance on re-challenge)"
            )
        for name, label in _TOXICITY_EXTRA.items():
            if _yes(getattr(trial.behavioural_toxicity, name)):
                evidence.append(f"medication_trials[{i}].behavioural_toxicity.{name} = yes ({label})")
                switch = switch or name == "switch_to_hypomania_or_mania"
    if not evidence:
        return None
    finding = Finding("behavioural_toxicity", evidence)
    finding.notes.append("possible features only; no behavioural-toxicity stage is assigned (§13 ❌)")
    if switch:
        finding.urgency = Urgency.SOON
        finding.urgency_reason = "a switch to hypomania or mania on an antidepressant (🛠)"
    return finding


def lifestyle(record: ClinicalRecord) -> Finding | None:
    """Physical inactivity, unhealthy eating or smoking (allostatic-load model, §10)."""
    life = record.lifestyle
    evidence = _flags(
        {
            "lifestyle.physically_inactive": life.physically_inactive,
            "lifestyle.unhealthy_eating": life.unhealthy_eating,
            "lifestyle.smoking": life.smoking,
        },
    )
    return Finding("lifestyle", evidence) if evidence else None


_RYFF = (
    "autonomy",
    "environmental_mastery",
    "personal_growth",
    "positive_relations",
    "purpose_in_life",
    "self_acceptance",
)


def well_being(record: ClinicalRecord) -> Finding | None:
    """Ryff dimensions that are low or excessive (bipolar dimensions, §10)."""
    evidence = []
    for name in _RYFF:
        value = getattr(record.well_being, name)
        if not isinstance(value, Missing) and value.value != "balanced":
            evidence.append(_say(f"well_being.{name}", value))
    return Finding("well_being", evidence) if evidence else None


DERIVATIONS: tuple[Callable[[ClinicalRecord], Finding | None], ...] = (
    safety,
    depression,
    anxiety,
    insomnia,
    substance_use,
    _ipt("role_dispute"),
    _ipt("grief"),
    _ipt("role_transition"),
    _ipt("interpersonal_deficits"),
    stress_overload,
    demoralisation,
    illness_behaviour,
    nonadherence,
    medical_illness,
    behavioural_toxicity,
    lifestyle,
    well_being,
)


def findings(record: ClinicalRecord) -> list[Finding]:
    """Every area the record supports, in catalogue order."""
    return [found for derive in DERIVATIONS if (found := derive(record)) is not None]
