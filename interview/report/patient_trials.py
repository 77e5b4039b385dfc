"""What each treatment did, in the patient's words: what helped and how much, honestly and kindly.

Treatments are described as having had limited targets ([S-GF]; [S-MK]: the treatments fell short,
never the patient). A psychotherapy's outcome is the patient's own answer ("What changed for you
with it?"), so it is said as theirs.
"""

from __future__ import annotations

from interview.record import ClinicalRecord
from interview.record.missing import Missing
from interview.record.psychotherapy import PsychotherapyTrial
from interview.record.treatments import MedicationTrial, SomaticTreatment
from interview.record.values import YesNo
from interview.report.trial_names import trial_name
from interview.staging.results import Status, TrialCriterion, TrialVerdict

_OUTCOME = {
    "response": "it helped a lot",
    "partial": "it helped partly",
    "none": "it did not bring the change hoped for",
    "worse": "things got worse on it",
}
_THEIR_OUTCOME = {
    "response": "you said it helped a lot",
    "partial": "you said it helped some",
    "none": "you said nothing much changed",
    "worse": "you said you got worse",
}
HELPED = frozenset({"response", "partial"})


def helped(v: TrialVerdict, record: ClinicalRecord) -> bool:
    """Whether this treatment helped at least partly (by its outcome or its percent fall)."""
    percent = _percent(_trial(v, record))
    return v.outcome in HELPED or (percent is not None and percent >= 25)


def trial_line(v: TrialVerdict, record: ClinicalRecord) -> str:
    """One treatment: what it did and how much, then whether it was a full trial."""
    trial = _trial(v, record)
    return f"{trial_name(v)}: {_effect(v, trial)}{_adequacy(v)}"


def _effect(v: TrialVerdict, trial: MedicationTrial | PsychotherapyTrial | SomaticTreatment | None) -> str:
    percent = _percent(trial)
    if isinstance(trial, PsychotherapyTrial) and not isinstance(trial.outcome, Missing):
        said = _THEIR_OUTCOME[trial.outcome.value]
    elif percent is not None and percent > 0:
        said = f"it helped by about {round(percent)}%"
    else:
        said = _OUTCOME.get(v.outcome, "how much it helped is not known yet")
    if isinstance(trial, MedicationTrial):
        if trial.loss_of_effect_during_maintenance is YesNo.YES:
            said += ", then the effect wore off"
        if trial.stopped_for_side_effects is YesNo.YES:
            said += "; it was stopped because of side effects"
    return said


def _adequacy(v: TrialVerdict) -> str:
    if v.adequate is Status.MET:
        return "; it was a full trial"
    if v.adequate is Status.UNKNOWN:
        return "; we do not know yet whether this was a full trial"
    short = {c.id for c in v.criteria if c.status is Status.NOT_MET}
    if TrialCriterion.DOSE in short and TrialCriterion.DURATION in short:
        why = "the dose was lower and the time shorter than a full trial needs"
    elif TrialCriterion.DOSE in short:
        why = "the dose was lower than a full trial needs"
    elif TrialCriterion.DURATION in short:
        why = "it was not given for long enough to be a full trial"
    else:
        why = "it was not a full trial"
    return f"; {why}, so it could still be worth trying properly"


def _trial(
    v: TrialVerdict, record: ClinicalRecord
) -> MedicationTrial | PsychotherapyTrial | SomaticTreatment | None:
    rows: dict[str, list[MedicationTrial] | list[PsychotherapyTrial] | list[SomaticTreatment]] = {
        "medication": record.medication_trials,
        "psychotherapy": record.psychotherapy_trials,
        "somatic": record.somatic_treatments,
    }
    found = rows.get(v.kind, [])
    return found[v.index] if 0 <= v.index < len(found) else None


def _percent(trial: MedicationTrial | PsychotherapyTrial | SomaticTreatment | None) -> float | None:
    if trial is None or isinstance(trial.percent_improvement, Missing):
        return None
    return float(trial.percent_improvement)
