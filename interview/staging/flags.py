"""Differential and pseudo-resistance flags, and possible behavioural-toxicity features (§13)."""

from __future__ import annotations

from collections.abc import Iterable

from interview.record.values import Adherence, Alliance, Expectations, ResponseJudgement
from interview.staging.evidence import Evidence
from interview.staging.medication import MedAssessment
from interview.staging.psychotherapy import PsyAssessment
from interview.staging.response import deteriorated
from interview.staging.results import Flag
from interview.staging.somatic import SomaticAssessment
from interview.staging.tristate import Tri, all_of, status, yes

_GF = "Guidi & Fava §3 [S-GF]"
_PSEUDO = "pseudo-resistance, Nierenberg & Amsterdam 1990 via [S-GF]"


def _flag(key: str, label: str, value: Tri, reason: str, source: str, derived: bool = False) -> Flag:
    return Flag(key=key, label=label, status=status(value), reason=reason, source=source, derived=derived)


def _which(pairs: Iterable[tuple[str, Tri]]) -> tuple[Tri, str]:
    """OR over trials (present wins, then unknown), naming those where it is present or unknown."""
    present, unknown = [], []
    for label, value in pairs:
        if value is True:
            present.append(label)
        elif value is None:
            unknown.append(label)
    parts = [f"present: {', '.join(present)}"] if present else []
    parts += [f"unknown: {', '.join(unknown)}"] if unknown else []
    return (True if present else None if unknown else False), "; ".join(parts) or "none"


def differential_flags(ev: Evidence) -> list[Flag]:
    """Categories (a)-(d) and the pseudo-resistance checks."""
    return [*_categories(ev), *_pseudo(ev), *_context(ev)]


def _categories(ev: Evidence) -> list[Flag]:
    ep = ev.record.current_episode
    rechallenge = _which((m.label, all_of((m.rechallenge, m.failed))) for m in ev.meds)
    loss = _which((m.label, m.lost_effect) for m in ev.meds)
    therapy = _which((p.label, p.counts_gf) for p in ev.psys)  # Guidi & Fava's own bar (§16)
    remitted = all_of((yes(ep.mood_improved), yes(ep.residual_symptoms_impair_functioning)))
    return [
        _flag(
            "deterioration",
            "deterioration on treatment: review for iatrogenic causes",
            *_deteriorations(ev),
            "Kellner 6-9 at the end of a trial, whatever its best point [S-GF] §3; clinical-rules §16",
        ),
        _flag("rechallenge_failure", "(a) re-challenge failure", *rechallenge, _GF),
        _flag("loss_of_effect", "(b) loss of clinical effect during maintenance", *loss, _GF),
        _flag(
            "psychotherapy_failure",
            "(c) failure after an adequate psychotherapy trial",
            therapy[0],
            therapy[1] + _therapy_checks(ev),
            _GF,
        ),
        _flag(
            "partially_remitted",
            "(d) partially remitted depression",
            remitted,
            "mood improved but residual symptoms impair functioning",
            _GF,
        ),
    ]


def _deteriorations(ev: Evidence) -> tuple[Tri, str]:
    """Trials rated worse at their end (Kellner 6-9), or judged worse when Kellner is not given."""
    record = ev.record
    judged: list[MedAssessment | PsyAssessment | SomaticAssessment] = [*ev.meds, *ev.psys, *ev.somatic]
    ratings = [t.kellner_rating for t in record.medication_trials]
    ratings += [t.kellner_rating for t in record.psychotherapy_trials]
    ratings += [t.kellner_rating for t in record.somatic_treatments]
    rated: list[tuple[str, Tri]] = []
    for trial, kellner in zip(judged, ratings, strict=True):
        worse = deteriorated(kellner)
        if worse is None and trial.outcome is ResponseJudgement.WORSE:
            worse = True
        rated.append((trial.label, worse))
    return _which(rated)


def _therapy_checks(ev: Evidence) -> str:
    """Pseudo-resistance checks for psychotherapy: evidence-based? alliance? expectations?"""
    notes = []
    for p, trial in zip(ev.psys, ev.record.psychotherapy_trials, strict=True):
        if trial.alliance is Alliance.POOR:
            notes.append(f"{p.label}: poor alliance")
        if trial.expectations is Expectations.NEGATIVE:
            notes.append(f"{p.label}: negative expectations")
        if trial.homework is Adherence.POOR:
            notes.append(f"{p.label}: little homework done")
        if p.evidence_based is False:
            notes.append(f"{p.label}: not evidence-based")
    return " (check: " + "; ".join(notes) + ")" if notes else ""


def _pseudo(ev: Evidence) -> list[Flag]:
    meds, comorbid = ev.staged_meds, ev.record.comorbidity
    dose = _which((m.label, None if m.dose_ok is None else not m.dose_ok) for m in meds)
    weeks = _which((m.label, None if m.duration_ok is None else not m.duration_ok) for m in meds)
    adherence = _which((m.label, m.poor_adherence) for m in meds)
    pk = _which((d.name, yes(d.enzyme_inducer_or_inhibitor)) for d in comorbid.concurrent_drugs)
    no_therapy = not ev.record.psychotherapy_trials
    return [
        _flag("dose_below_adequacy", "dose below adequacy", *dose, _PSEUDO),
        _flag("duration_below_adequacy", "duration below adequacy", *weeks, _PSEUDO),
        _flag("poor_adherence", "poor adherence", *adherence, _PSEUDO),
        _flag(
            "bipolar_features",
            "possible misdiagnosis: bipolar features",
            yes(comorbid.bipolar_features),
            "comorbidity.bipolar_features",
            _PSEUDO,
        ),
        _flag(
            "other_misdiagnosis",
            "possible misdiagnosis: other",
            yes(comorbid.other_misdiagnosis_concern),
            "e.g. vascular dementia, anxiety",
            _PSEUDO,
        ),
        _flag("pharmacokinetic", "pharmacokinetic interaction", *pk, _PSEUDO),
        _flag(
            "untreated_comorbidity",
            "untreated comorbidity",
            yes(comorbid.untreated_comorbidity),
            "comorbidity.untreated_comorbidity",
            _GF,
        ),
        _flag(
            "no_psychotherapy",
            "no psychotherapy ever tried",
            no_therapy,
            "no psychotherapy trial recorded" if no_therapy else "psychotherapy recorded",
            "[S-MK]; [S-GF]",
        ),
    ]


def _context(ev: Evidence) -> list[Flag]:
    stress, illness = ev.record.stress_load, ev.record.illness_behaviour
    overload = all_of((yes(stress.stressor_exceeds_coping), yes(stress.distress_manifestations)))
    demoral = all_of((yes(illness.demoralisation_helplessness), yes(illness.demoralisation_month_or_longer)))
    return [
        _flag(
            "allostatic_overload",
            "allostatic overload (A and B)",
            overload,
            "criteria A and B; ❌ sub-criteria unconfirmed",
            "Fava et al. 2010 [W25]",
        ),
        _flag(
            "demoralisation",
            "demoralisation (DCPR-R A and B)",
            demoral,
            f"hopelessness specifier: {illness.hopelessness}",
            "DCPR-R [W27]",
            derived=True,
        ),
        _flag(
            "reactance",
            "psychological reactance",
            yes(illness.psychological_reactance),
            "a counter-therapeutic feature: with the episode unchanged or worse it makes resistance; "
            "two failures alone are non-response",
            "[S-GF] Fig. 1, Fig. 2, §3; clinical-rules §16",
        ),
    ]


def behavioural_toxicity(ev: Evidence) -> list[Flag]:
    """Per trial: possible behavioural-toxicity features (no stage: ❌ staging unconfirmed)."""
    flags = []
    for m, trial in zip(ev.meds, ev.record.medication_trials, strict=True):
        bt = trial.behavioural_toxicity
        features = [
            ("loss of effect during maintenance", m.lost_effect),
            ("resistance on re-challenge", all_of((m.rechallenge, m.failed))),
            ("withdrawal or rebound", yes(trial.withdrawal_symptoms)),
            ("paradoxical reaction", yes(bt.paradoxical_reaction)),
            ("switch to hypomania/mania", yes(bt.switch_to_hypomania_or_mania)),
            ("persistent post-withdrawal disorder", yes(bt.persistent_post_withdrawal_disorder)),
        ]
        value, reason = _which(features)
        flags.append(_flag(f"trial_{m.index}", m.label, value, reason, "[S-GF] §2; [W33]; [W34]"))
    return flags
