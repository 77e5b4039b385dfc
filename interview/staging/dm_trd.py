"""DM-TRD (Peeters et al. 2016): every item collected and shown; total only with checked points."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from interview.record.dm_trd_table import DmTrdItem, DmTrdTable, load_dm_trd_table
from interview.record.missing import Missing
from interview.record.values import YesNo
from interview.staging.counting import criterion, span
from interview.staging.evidence import Evidence
from interview.staging.memo import by_identity
from interview.staging.msm import duration_points, failure_points
from interview.staging.results import Criterion, MethodResult, Outcome, Status
from interview.staging.tristate import Tri, all_of, any_of, count_range

SOURCE = "Peeters et al., J Affect Disord 2016;205:365-371 (abstract [W8])"
NOT_COMPUTABLE = "total cannot be computed yet: point values unconfirmed (Peeters 2016 Table 1)"
_DURATION = ("acute", "subacute", "chronic")
_SEVERITY = ("subsyndromal", "mild", "moderate", "severe", "severe_psychotic")
_FAILURES = ("none", "1-2", "3-4", "5-6", "7-10", ">10")
_COUNT3 = ("none", "one", "two_or_more")


Levels = tuple[str, ...]


def _enum_levels(value: StrEnum | Missing, keys: Levels) -> Levels:
    return keys if isinstance(value, Missing) else (str(value),)


def _yes_no(value: Tri) -> Levels:
    return ("no", "yes") if value is None else ("yes" if value else "no",)


def _count_levels(count: tuple[int, int], keys: Levels) -> Levels:
    return keys[min(count[0], 2) : min(count[1], 2) + 1]


def item_levels(ev: Evidence) -> dict[str, Levels]:
    """The possible level keys of each item, given what is known."""
    ep, comorbid = ev.record.current_episode, ev.record.comorbidity
    weeks = ep.duration_weeks
    duration = _DURATION if isinstance(weeks, Missing) else (_DURATION[duration_points(weeks) - 1],)
    low, high, _ = ev.severity
    severity: Levels = _SEVERITY[low - 1 : high]
    if ep.psychotic_features is YesNo.YES:
        severity = ("severe_psychotic",)
    elif isinstance(ep.psychotic_features, Missing):
        severity = (*severity, "severe_psychotic")
    drugs = ev.failed_drugs
    failures = sorted({0 if n == 0 else failure_points(n) for n in drugs})
    return {
        "duration": duration,
        "severity": severity,
        "failed_antidepressants": _FAILURES[failures[0] : failures[-1] + 1],
        "augmentation": _count_levels(
            count_range(all_of((m.counts, m.augmented, m.add_on_ok)) for m in ev.staged_meds), _COUNT3
        ),
        "ect": _yes_no(any_of(s.counts for s in ev.staged_somatic if s.is_ect)),
        "functional_impairment": _enum_levels(
            ep.functional_impairment, ("none", "mild", "moderate", "severe")
        ),
        "comorbid_anxiety": _enum_levels(comorbid.anxiety, ("none", "symptoms", "disorder")),
        "personality_disorder": _enum_levels(comorbid.personality_disorder, ("none", "traits", "disorder")),
        "psychosocial_stressors": _enum_levels(
            ev.record.stress_load.psychosocial_stressors_level, ("none", "mild", "moderate", "severe")
        ),
        "failed_psychotherapy": _count_levels(count_range(p.counts_conway for p in ev.staged_psys), _COUNT3),
        "intensified_treatment": _enum_levels(ep.intensified_treatment, ("no", "yes")),
    }


@dataclass(frozen=True, slots=True)
class _Line:
    """One item's line for a set of possible levels: status, reason and the levels' points."""

    status: Status
    reason: str
    points: tuple[float | None, ...]


def _line(item: DmTrdItem, keys: tuple[str, ...]) -> _Line:
    labels = [lv.label for lv in item.levels if lv.key in keys]
    points = tuple(lv.points for lv in item.levels if lv.key in keys)
    shown = "unknown" if None in points else "/".join(f"{p:g}" for p in points if p is not None)
    text = labels[0] if len(labels) == 1 else "unknown: one of " + ", ".join(labels)
    state = Status.MET if len(labels) == 1 else Status.UNKNOWN
    return _Line(state, f"{text}; points: {shown}", points)


@by_identity
def _lines(table: DmTrdTable) -> dict[tuple[str, tuple[str, ...]], _Line]:
    """The lines of one table met so far, keyed by (item, possible levels): a few dozen at most."""
    return {}


def _item_lines(table: DmTrdTable, levels: dict[str, Levels]) -> list[tuple[DmTrdItem, _Line]]:
    known = _lines(table)
    rows = []
    for item in table.items:
        key = (item.key, levels[item.key])
        line = known.get(key)
        if line is None:
            line = known[key] = _line(item, key[1])
        rows.append((item, line))
    return rows


def evaluate(ev: Evidence) -> tuple[MethodResult, list[Criterion]]:
    """The DM-TRD result (a total only when the table has points) and its item lines."""
    table = ev.settings.dm_trd_table or load_dm_trd_table()
    rows = _item_lines(table, item_levels(ev))
    items = [criterion(item.label, line.status, line.reason, item.source) for item, line in rows]
    points = [line.points for _, line in rows]
    computable = all(p is not None for group in points for p in group)
    if not computable:
        outcome = Outcome(value_min=None, value_max=None, label=NOT_COMPUTABLE)
        return MethodResult(
            key="dm_trd",
            name="Dutch Measure (DM-TRD)",
            source=SOURCE,
            computable=False,
            outcome=outcome,
            criteria=items,
            notes=[table.note],
        ), items
    low = sum(min(p for p in g if p is not None) for g in points)
    high = sum(max(p for p in g if p is not None) for g in points)
    outcome = Outcome(value_min=low, value_max=high, label=span(low, high) + " points")
    return MethodResult(
        key="dm_trd",
        name="Dutch Measure (DM-TRD)",
        source=SOURCE,
        outcome=outcome,
        criteria=items,
        notes=[table.note],
    ), items
