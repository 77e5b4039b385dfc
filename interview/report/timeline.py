"""The treatment timeline: every medication, psychotherapy and somatic trial as a bar over time.

Trials carry start dates only sometimes. When every trial has one, bars sit on a shared calendar;
otherwise each bar starts at its own week 0, trials keep their recorded order within each kind,
and the timeline says so rather than inventing positions.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from interview.record import ClinicalRecord, Missing
from interview.record.dates import known
from interview.record.psychotherapy import PsychotherapyTrial
from interview.record.treatments import MedicationTrial, SomaticTreatment
from interview.report.trial_names import trial_name
from interview.report.values import rounded
from interview.staging import StagingReport
from interview.staging.results import Status, TrialVerdict

KIND_TITLES = {"medication": "Medication", "psychotherapy": "Psychotherapy", "somatic": "Somatic"}
UNDATED_NOTE = (
    "Dates were not recorded for every trial, so trials are listed in their recorded order within "
    "each kind and every bar starts at its own week 0: the bars show how long each trial lasted, "
    "not when it happened or whether trials overlapped."
)
DATED_NOTE = "Bars are placed by their recorded start dates; week 0 is the earliest start."


class Adequacy(StrEnum):
    """Whether a trial was an adequate test (from the staging verdict)."""

    ADEQUATE = "adequate"
    INADEQUATE = "not adequate"
    UNKNOWN = "adequacy unknown"


_ADEQUACY = {Status.MET: Adequacy.ADEQUATE, Status.NOT_MET: Adequacy.INADEQUATE}


class Bar(BaseModel):
    """One trial on the timeline."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str
    number: int
    """1-based position within its kind, in recorded order."""
    label: str
    episode: str
    adequacy: Adequacy
    outcome: str
    weeks: float | None
    """Length in weeks; None when unknown."""
    offset_weeks: float
    """Weeks from the timeline's week 0 to the trial's start (0 when undated)."""
    start: date | None = None
    detail: str = ""


class Timeline(BaseModel):
    """The bars, whether they are on a calendar, and the span they cover."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dated: bool
    bars: list[Bar]
    span_weeks: float
    note: str


def _known(value: object) -> object | None:
    return None if isinstance(value, Missing) else value


def _as_date(value: object) -> date | None:
    """A record date on the calendar: its month's first day (a year alone: its middle, July)."""
    found = known(value)
    return date(found.year, found.month or 7, 1) if found else None


def _weeks_between(start: object, stop: object) -> float | None:
    start, stop = _as_date(start), _as_date(stop)
    if isinstance(start, date) and isinstance(stop, date) and stop >= start:
        return (stop - start).days / 7
    return None


def _med_weeks(trial: MedicationTrial) -> tuple[float | None, date | None, str]:
    weeks = _known(trial.weeks_at_dose)
    if not isinstance(weeks, float | int):
        weeks = _weeks_between(trial.start_date, trial.stop_date)
    add_on = _known(trial.add_on_weeks)
    detail = f"add-on {rounded(float(add_on))} wk" if isinstance(add_on, float | int) else ""
    return (None if weeks is None else float(weeks)), _as_date(trial.start_date), detail


def _psy_weeks(trial: PsychotherapyTrial) -> tuple[float | None, date | None, str]:
    weeks = _known(trial.weeks)
    sessions = _known(trial.sessions_attended)
    detail = f"{sessions} sessions" if sessions is not None else "sessions unknown"
    length = (
        float(weeks) if isinstance(weeks, float | int) else _weeks_between(trial.start_date, trial.stop_date)
    )
    return length, _as_date(trial.start_date), detail


def _som_weeks(trial: SomaticTreatment) -> tuple[float | None, date | None, str]:
    weeks = _known(trial.weeks)
    sessions = _known(trial.sessions)
    detail = f"{sessions} sessions" if sessions is not None else "sessions unknown"
    length = (
        float(weeks) if isinstance(weeks, float | int) else _weeks_between(trial.start_date, trial.stop_date)
    )
    return length, _as_date(trial.start_date), detail


def _bar(verdict: TrialVerdict, weeks: float | None, start: date | None, detail: str) -> Bar:
    return Bar(
        kind=verdict.kind,
        number=verdict.index + 1,
        label=trial_name(verdict),
        episode=verdict.episode,
        adequacy=_ADEQUACY.get(verdict.adequate, Adequacy.UNKNOWN),
        outcome=verdict.outcome,
        weeks=weeks,
        offset_weeks=0.0,
        start=start,
        detail=detail,
    )


def build_timeline(record: ClinicalRecord, staging: StagingReport) -> Timeline:
    """Bars for every trial in the record, with the staging verdict on each trial's adequacy."""
    bars = [
        _bar(v, *_med_weeks(t))
        for v, t in zip(staging.medication_trials, record.medication_trials, strict=True)
    ]
    bars += [
        _bar(v, *_psy_weeks(t))
        for v, t in zip(staging.psychotherapy_trials, record.psychotherapy_trials, strict=True)
    ]
    bars += [
        _bar(v, *_som_weeks(t))
        for v, t in zip(staging.somatic_treatments, record.somatic_treatments, strict=True)
    ]
    starts = [bar.start for bar in bars]
    dated = bool(bars) and all(start is not None for start in starts)
    if dated:
        origin = min(start for start in starts if start is not None)
        bars = [
            bar.model_copy(update={"offset_weeks": (bar.start - origin).days / 7}) if bar.start else bar
            for bar in bars
        ]
    span = max((bar.offset_weeks + (bar.weeks or 0.0) for bar in bars), default=0.0)
    return Timeline(dated=dated, bars=bars, span_weeks=span, note=DATED_NOTE if dated else UNDATED_NOTE)


_MONTH_WEEKS = 52 / 12


def axis_ticks(span: float, most: int = 5) -> list[tuple[float, str]]:
    """Ticks on whole weeks, or whole months for spans over half a year: (weeks, label), at most
    `most` of them, starting at 0."""
    if span <= 0:
        return []
    months = span > 26
    unit = _MONTH_WEEKS if months else 1.0
    count = span / unit
    step = next(n for n in (1, 2, 3, 4, 6, 12, 24, 36, 60, 120, 240, 600) if count / n <= most - 1)
    marks = [k * step for k in range(int(count // step) + 1)]
    word = "mo" if months else "wk"
    return [(mark * unit, f"{mark} {word}" if mark == marks[-1] else str(mark)) for mark in marks]
