"""Properties: a further failed adequate trial never lowers a stage; knowing an unknown stays in range."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from interview.record import ClinicalRecord
from interview.staging import stage
from interview.staging.results import StagingReport

UNKNOWN = {"missing": "dont_know"}
DRUGS = (
    "sertraline",
    "duloxetine",
    "bupropion",
    "imipramine",
    "phenelzine",
    "mirtazapine",
    "venlafaxine",
    "unheardofine",
)


def maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(values, st.just(UNKNOWN))


trial = st.fixed_dictionaries(
    {
        "drug": st.sampled_from(DRUGS),
        "strategy": maybe(st.sampled_from(["monotherapy", "augmentation"])),
        "add_on_weeks": maybe(st.integers(0, 10)),
        "dose_mg_per_day": maybe(st.sampled_from([10, 50, 100, 120, 150, 250])),
        "weeks_at_dose": maybe(st.integers(1, 20)),
        "percent_improvement": maybe(st.integers(-20, 90)),
        "dose_optimised": maybe(st.sampled_from(["yes", "no"])),
        "loss_of_effect_during_maintenance": maybe(st.sampled_from(["yes", "no"])),
    }
)
therapy = st.fixed_dictionaries(
    {
        "modality": maybe(st.sampled_from(["cbt", "ipt", "supportive"])),
        "sessions_attended": maybe(st.integers(0, 20)),
        "weeks": maybe(st.integers(0, 40)),
        "therapist_trained": maybe(st.sampled_from(["yes", "no"])),
        "outcome": maybe(st.sampled_from(["response", "partial", "none"])),
    }
)
records = st.fixed_dictionaries(
    {
        "current_episode": st.fixed_dictionaries(
            {
                "duration_weeks": maybe(st.integers(1, 300)),
                "severity_clinician": maybe(st.sampled_from(["mild", "moderate", "severe"])),
                "psychotic_features": maybe(st.sampled_from(["yes", "no"])),
            }
        ),
        "medication_trials": st.lists(trial, max_size=5),
        "psychotherapy_trials": st.lists(therapy, max_size=2),
        "appraisal": st.fixed_dictionaries(
            {
                "appraisal_discussed": maybe(st.sampled_from(["yes", "no"])),
                "shared_decision_made": maybe(st.sampled_from(["yes", "no"])),
            }
        ),
    }
)
new_failure = st.fixed_dictionaries(
    {
        "drug": st.sampled_from(DRUGS[:-1]),
        "strategy": st.just("monotherapy"),
        "dose_mg_per_day": st.just(300),
        "weeks_at_dose": st.just(12),
        "percent_improvement": st.just(0),
        "loss_of_effect_during_maintenance": st.just("no"),
        "rechallenge_after_drug_free_period": st.just("no"),
    }
)
METHODS = ("thase_rush", "esm", "mghs", "msm", "conway", "markowitz", "guidi_fava")


def bounds(report: StagingReport, key: str) -> tuple[float, float]:
    low, high = report.method(key).ordinal()
    # MSM 'not applicable' sits below every score
    return (low if low is not None else -1, high if high is not None else -1)


@settings(max_examples=150, deadline=None)
@given(records, new_failure)
def test_adding_a_failed_adequate_trial_never_lowers_any_stage(
    data: dict[str, Any], extra: dict[str, Any]
) -> None:
    before = stage(ClinicalRecord.model_validate(data))
    after = stage(
        ClinicalRecord.model_validate({**data, "medication_trials": [*data["medication_trials"], extra]})
    )
    for key in METHODS:
        low_before, high_before = bounds(before, key)
        low_after, high_after = bounds(after, key)
        assert low_after >= low_before, key
        assert high_after >= high_before, key


def _fill(value: Any, rng: st.DataObject, choices: st.SearchStrategy[Any]) -> Any:
    return rng.draw(choices) if value == UNKNOWN else value


FILL = {
    "strategy": st.sampled_from(["monotherapy", "augmentation"]),
    "add_on_weeks": st.integers(0, 10),
    "dose_mg_per_day": st.sampled_from([10, 50, 100, 120, 150, 250]),
    "weeks_at_dose": st.integers(1, 20),
    "percent_improvement": st.integers(-20, 90),
    "dose_optimised": st.sampled_from(["yes", "no"]),
    "loss_of_effect_during_maintenance": st.sampled_from(["yes", "no"]),
    "modality": st.sampled_from(["cbt", "ipt", "supportive"]),
    "sessions_attended": st.integers(0, 20),
    "weeks": st.integers(0, 40),
    "therapist_trained": st.sampled_from(["yes", "no"]),
    "outcome": st.sampled_from(["response", "partial", "none"]),
    "duration_weeks": st.integers(1, 300),
    "severity_clinician": st.sampled_from(["mild", "moderate", "severe"]),
    "psychotic_features": st.sampled_from(["yes", "no"]),
    "appraisal_discussed": st.sampled_from(["yes", "no"]),
    "shared_decision_made": st.sampled_from(["yes", "no"]),
}


def _known(data: Any, rng: st.DataObject) -> Any:
    """A copy with every unknown replaced by a drawn known value."""
    if isinstance(data, list):
        return [_known(item, rng) for item in data]
    if isinstance(data, dict):
        return {k: (_fill(v, rng, FILL[k]) if v == UNKNOWN else _known(v, rng)) for k, v in data.items()}
    return data


@settings(max_examples=150, deadline=None)
@given(records, st.data())
def test_knowing_the_unknowns_lands_inside_the_reported_range(
    data: dict[str, Any], rng: st.DataObject
) -> None:
    before = stage(ClinicalRecord.model_validate(data))
    after = stage(ClinicalRecord.model_validate(_known(data, rng)))
    for key in METHODS:
        low, high = bounds(before, key)
        known_low, known_high = bounds(after, key)
        if known_low == -1:  # MSM became 'not applicable': only allowed if it might not apply
            assert before.method(key).applicable.value != "met", key
            continue
        assert low <= known_low <= known_high <= high or (low == -1 and known_high <= high), key
    spectrum_after = after.differential.spectrum_possible
    assert set(spectrum_after) <= set(before.differential.spectrum_possible)
    order = ("none", "low", "moderate", "high")
    assert order.index(before.safety.derived_level_min) <= order.index(after.safety.derived_level_min)


def test_an_uncatalogued_drug_is_one_drug_whatever_its_doses() -> None:
    """Regression (found by the range property): MSM counted distinct drugs by a label that held the dose."""
    unknown = {"missing": "dont_know"}

    def trial(dose: object) -> dict[str, object]:
        return {"drug": "unheardofine", "dose_mg_per_day": dose, "weeks_at_dose": 6, "percent_improvement": 0}

    def msm_range(doses: tuple[object, ...]) -> tuple[float | None, float | None]:
        record = {"current_episode": {"duration_weeks": 1}, "medication_trials": [trial(d) for d in doses]}
        outcome = stage(ClinicalRecord.model_validate(record)).method("msm").outcome
        return outcome.value_min, outcome.value_max

    # three trials of one drug: 1-2 failed drugs score 1 point; three distinct drugs would score 2
    assert msm_range((10, 50, 75)) == msm_range((unknown, unknown, unknown))
