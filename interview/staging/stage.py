"""stage(): every method side by side, with clinician overrides applied and the derivation kept."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from interview.record.missing import Missing
from interview.record.model import ClinicalRecord
from interview.staging import conway, dm_trd, esm, markowitz, mghs, msm, refractoriness, thase_rush
from interview.staging.differential import assess_differential
from interview.staging.evidence import Evidence, build_evidence
from interview.staging.medication import MedAssessment
from interview.staging.memo import by_identity
from interview.staging.options import left_to_try
from interview.staging.psychotherapy import PsyAssessment
from interview.staging.results import Criterion, MethodResult, SettingUsed, StagingReport, TrialVerdict
from interview.staging.safety import assess_safety
from interview.staging.settings import SETTING_SOURCES, StagingSettings
from interview.staging.somatic import SomaticAssessment
from interview.staging.tristate import Tri, status

METHODS: tuple[Callable[[Evidence], MethodResult], ...] = (
    thase_rush.evaluate,
    esm.evaluate,
    mghs.evaluate,
    msm.evaluate,
    conway.evaluate,
    markowitz.evaluate,
    refractoriness.evaluate,
)
_DEFAULT = StagingSettings()


def _methods(ev: Evidence) -> tuple[list[MethodResult], list[Criterion]]:
    results = [method(ev) for method in METHODS]
    dm_trd_result, dm_trd_items = dm_trd.evaluate(ev)
    results.insert(4, dm_trd_result)
    return results, dm_trd_items


def _with_overrides(
    record: ClinicalRecord, ev: Evidence, settings: StagingSettings
) -> tuple[list[MethodResult], list[Criterion]]:
    """Run the methods; when overrides changed trials, keep the derivation without them."""
    results, items = _methods(ev)
    if not ev.overridden:
        return results, items
    plain, _ = _methods(build_evidence(record, settings, apply_overrides=False))
    for result, original in zip(results, plain, strict=True):
        # applied only where the override changed what this method saw: its criteria or its value
        if _inputs(result) != _inputs(original):
            result.override_applied = True
            result.without_override = original.outcome
    return results, items


def _inputs(result: MethodResult) -> tuple[object, ...]:
    criteria = tuple((c.label, c.status, c.reason) for c in result.criteria)
    outcome = result.outcome
    return criteria, outcome.value_min, outcome.value_max, outcome.label


def _verdict(
    kind: str,
    trial: MedAssessment | PsyAssessment | SomaticAssessment,
    adequate: Tri,
    counts: Tri,
    by_method: dict[str, Tri] | None = None,
) -> TrialVerdict:
    """One trial's line in the report; the caller says which adequacy and failure count it shows."""
    return TrialVerdict(
        adequacy_by_method={key: status(value) for key, value in (by_method or {}).items()},
        kind=kind,
        index=trial.index,
        label=trial.label,
        treatment=_treatment(trial),
        episode="current" if trial.current else "earlier",
        adequate=status(adequate),
        outcome=trial.outcome.value if trial.outcome else "unknown",
        counts_as_failure=status(counts),
        criteria=trial.criteria,
        overrides=trial.overrides,
    )


def _treatment(trial: MedAssessment | PsyAssessment | SomaticAssessment) -> str | None:
    """The record's code for what was given (TrialVerdict.treatment)."""
    if isinstance(trial, MedAssessment):
        return trial.generic
    if isinstance(trial, PsyAssessment):
        return None if trial.modality is None else trial.modality.value
    return trial.kind.value


@by_identity
def _settings_used(settings: StagingSettings) -> tuple[SettingUsed, ...]:
    values = settings.model_dump(exclude={"dm_trd_table"})
    shown = [SettingUsed(name=k, value=str(v), source=SETTING_SOURCES[k]) for k, v in values.items()]
    table = "custom" if settings.dm_trd_table else "bundled (points null)"
    shown.append(SettingUsed(name="dm_trd_table", value=table, source=SETTING_SOURCES["dm_trd_table"]))
    return tuple(shown)


def _with_ids(criteria: list[Criterion]) -> None:
    """Give every criterion without one a stable id made from its (fixed) label."""
    for c in criteria:
        if not c.id:
            c.id = _slug(c.label)


@cache
def _slug(label: str) -> str:
    return "_".join("".join(ch if ch.isalnum() else " " for ch in label.casefold()).split())


def stage(record: ClinicalRecord, settings: StagingSettings | None = None) -> StagingReport:
    """Apply every method to the record: a pure function, no I/O beyond the bundled tables."""
    settings = settings or _DEFAULT
    ev = build_evidence(record, settings)
    label = record.case_label
    methods, dm_trd_items = _with_overrides(record, ev, settings)
    for method in methods:
        _with_ids(method.criteria)
    _with_ids(dm_trd_items)
    for judged in (ev.meds, ev.psys, ev.somatic):
        for trial in judged:
            _with_ids(trial.criteria)
    return StagingReport(
        case_label=None if isinstance(label, Missing) else label,
        safety=assess_safety(record.safety),
        medication_trials=[
            _verdict("medication", m, m.adequate, m.counts, {"mghs": m.adequate, "guidi_fava": m.adequate_gf})
            for m in ev.meds
        ],
        psychotherapy_trials=[
            _verdict(
                "psychotherapy",
                p,
                p.conway_adequate,
                p.counts_conway,
                {"conway": p.conway_adequate, "markowitz": p.markowitz_adequate, "guidi_fava": p.gf_adequate},
            )
            for p in ev.psys
        ],
        somatic_treatments=[_verdict("somatic", s, s.adequate, s.counts) for s in ev.somatic],
        methods=methods,
        dm_trd_items=dm_trd_items,
        differential=assess_differential(ev),
        left_to_try=left_to_try(ev),
        settings=list(_settings_used(settings)),
        notes=[
            "Staging counts current-episode trials unless count_earlier_episode_trials is set.",
            "Unknown inputs give a range, never a default; 🛠 marks our interpretations.",
            "Trial adequacy uses the catalogue's lowest usual dose as a proxy (clinical-rules "
            "§7d), not an ATHF/ATRQ adequate dose.",
        ],
    )
