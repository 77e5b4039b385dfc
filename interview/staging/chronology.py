"""The treatment chronology: trials in the order they were given, read from their dates (§16).

"The latest treatment" (Guidi & Fava Table 1 step 1), re-challenge (the same drug restarted in a
later episode after a drug-free period) and loss of effect (the depression returning while a drug
that had worked is still taken) read the dates, never the order of entry. Where a start date is
unknown, the order of entry stands in and the reason says so.

Built once per record in `build_evidence`, so no method sorts trials again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from interview.record.dates import Ongoing, PartialDate, known
from interview.record.model import ClinicalRecord
from interview.record.values import ResponseJudgement
from interview.staging.medication import MedAssessment
from interview.staging.psychotherapy import PsyAssessment
from interview.staging.results import Criterion, Status
from interview.staging.somatic import SomaticAssessment

_SOURCE = "Guidi & Fava Table 1 step 1, §3 (a), (b) [S-GF]; clinical-rules §16 chronology"
_ENDLESS = float("inf")

Judged = MedAssessment | PsyAssessment | SomaticAssessment


@dataclass(frozen=True, slots=True)
class Latest:
    """The treatment given last in the current episode, and how that was decided."""

    label: str
    outcome: ResponseJudgement | None
    by_dates: bool
    """True when every staged trial had a start date; False when the entry order stood in."""
    reason: str


@dataclass(frozen=True, slots=True)
class Span:
    """One trial on the time axis: its start and end in months (None when unknown)."""

    start: float | None
    end: float | None
    """The end month; infinity while the trial goes on."""


def span(start: object, end: object) -> Span:
    """A trial's span from its record dates (PartialDate, Ongoing or Missing)."""
    first, last = known(start), known(end)
    stop = _ENDLESS if isinstance(end, Ongoing) else (last.months if last else None)
    return Span(first.months if first else None, stop)


def latest_treatment(
    record: ClinicalRecord,
    meds: list[MedAssessment],
    psys: list[PsyAssessment],
    somatic: list[SomaticAssessment],
) -> Latest | None:
    """The latest staged treatment of any kind by its start date (then its end); entry order if undated."""
    spans: list[tuple[Judged, Span]] = [(m, _span_of(record, m)) for m in meds]
    spans += [(p, _span_of(record, p)) for p in psys]
    spans += [(s, _span_of(record, s)) for s in somatic]
    if not spans:
        return None
    undated = [t.label for t, s in spans if s.start is None]
    if not undated:
        trial, _ = max(spans, key=lambda pair: (pair[1].start, _end_key(pair[1])))
        return Latest(trial.label, trial.outcome, True, f"latest treatment by start date: {trial.label}")
    # Unknown dates: the medicines' entry order, else the therapies' (each list is oldest first).
    last: Judged = meds[-1] if meds else psys[-1] if psys else somatic[-1]
    unknown = "no start dates" if len(undated) == len(spans) else "no start date for " + ", ".join(undated)
    reason = f"latest treatment: {last.label} (by order of entry: {unknown})"
    return Latest(last.label, last.outcome, False, reason)


def _end_key(value: Span) -> float:
    return value.end if value.end is not None else value.start or 0.0


def _span_of(record: ClinicalRecord, trial: Judged) -> Span:
    if isinstance(trial, MedAssessment):
        med = record.medication_trials[trial.index]
        return span(med.start_date, med.stop_date)
    if isinstance(trial, PsyAssessment):
        therapy = record.psychotherapy_trials[trial.index]
        return span(therapy.start_date, therapy.stop_date)
    course = record.somatic_treatments[trial.index]
    return span(course.start_date, course.stop_date)


def dated_medication_flags(
    record: ClinicalRecord, meds: list[MedAssessment]
) -> tuple[list[MedAssessment], tuple[int, ...]]:
    """The medication assessments with re-challenge and loss of effect set where the dates show them,
    and the positions of the trials whose effect was lost as the current episode began.

    A yes from the interview stands; the dates only add what they show (never turn a yes into no).
    """
    if not any(isinstance(t.start_date, PartialDate) for t in record.medication_trials):
        return meds, ()  # nothing dated: nothing to read (the common case, kept cheap)
    onset = known(record.current_episode.onset_date)
    spans = [span(t.start_date, t.stop_date) for t in record.medication_trials]
    out = list(meds)
    lost: list[int] = []
    for later in meds:
        earlier = _rechallenged_after(later, meds, spans, onset)
        if earlier is not None and later.rechallenge is not True:
            out[later.index] = _with(
                out[later.index],
                rechallenge=True,
                label="re-challenge (by dates)",
                reason=f"{later.label} restarted after {earlier.label} had worked and was stopped",
            )
    if onset is not None:
        for m in meds:
            started, ended = spans[m.index].start, spans[m.index].end
            worked = m.outcome is ResponseJudgement.RESPONSE
            if worked and started is not None and started < onset.months and (ended or 0) >= onset.months:
                lost.append(m.index)
                if m.lost_effect is not True:
                    out[m.index] = _with(
                        out[m.index],
                        lost_effect=True,
                        label="loss of effect (by dates)",
                        reason=f"the current episode began ({onset.display}) while {m.label} was still taken",
                    )
    return out, tuple(lost)


def _rechallenged_after(
    later: MedAssessment, meds: list[MedAssessment], spans: list[Span], onset: PartialDate | None
) -> MedAssessment | None:
    """An earlier trial of the same drug that worked, ended, and came before a later episode's restart."""
    start = spans[later.index].start
    if start is None:
        return None
    for earlier in meds:
        ended = spans[earlier.index].end
        if earlier is later or earlier.drug_key != later.drug_key or ended is None or ended == _ENDLESS:
            continue
        later_episode = (not earlier.current and later.current) or (
            onset is not None and ended < onset.months <= start
        )
        if earlier.outcome is ResponseJudgement.RESPONSE and ended < start and later_episode:
            return earlier
    return None


def _with(
    m: MedAssessment, *, label: str, reason: str, rechallenge: bool = False, lost_effect: bool = False
) -> MedAssessment:
    found = Criterion(label=label, status=Status.MET, reason=reason, source=_SOURCE, derived=True)
    return replace(
        m,
        criteria=[*m.criteria, found],
        rechallenge=True if rechallenge else m.rechallenge,
        lost_effect=True if lost_effect else m.lost_effect,
    )
