"""An augmentation belongs to the trial it was added to, in every method (clinical-rules §16)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from interview.record import ClinicalRecord
from interview.staging import stage
from interview.staging.results import StagingReport
from tests.staging.builders import failed, record

ADD_ON = {"strategy": "augmentation", "add_on_drugs": ["lithium"], "add_on_weeks": 6}


def add_on_phase(parent: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """The parent's drug again, with lithium added: how the interview records an augmentation."""
    return {**parent, **ADD_ON, **extra}


def values(rec: ClinicalRecord, key: str) -> tuple[float | None, float | None]:
    outcome = stage(rec).method(key).outcome
    return outcome.value_min, outcome.value_max


def test_mghs_gives_an_add_on_half_a_point_on_its_parent_never_a_fresh_point() -> None:
    duloxetine = failed(drug="duloxetine", dose=60)
    rec = record(medication_trials=[failed(), duloxetine, add_on_phase(duloxetine)])
    assert values(rec, "mghs") == (2.5, 2.5)


def test_mghs_is_the_same_whether_the_add_on_is_on_the_parent_or_its_own_entry() -> None:
    duloxetine = failed(drug="duloxetine", dose=60)
    on_parent = record(medication_trials=[failed(), {**duloxetine, **ADD_ON}])
    own_entry = record(medication_trials=[failed(), duloxetine, add_on_phase(duloxetine)])
    assert values(on_parent, "mghs") == values(own_entry, "mghs") == (2.5, 2.5)


def test_markowitz_does_not_count_augmenting_the_same_drug_as_a_second_trial() -> None:
    sertraline = failed()
    rec = record(medication_trials=[sertraline, add_on_phase(sertraline)])
    criterion = stage(rec).method("markowitz").criteria[0]
    assert criterion.status.value == "not_met"
    assert "1-1 failed" in criterion.reason


def test_conway_counts_two_trials_not_three_when_one_was_augmented() -> None:
    duloxetine = failed(drug="duloxetine", dose=60)
    rec = record(medication_trials=[failed(), duloxetine, add_on_phase(duloxetine)])
    assert stage(rec).method("conway").outcome.label == "Stage 1 TRD"


def test_esm_substage_counts_antidepressant_trials_and_not_the_augmentation() -> None:
    duloxetine = failed(drug="duloxetine", dose=60)
    rec = record(medication_trials=[failed(), duloxetine, add_on_phase(duloxetine)])
    assert stage(rec).method("esm").outcome.label == "TRD1"


def test_esm_failed_augmentation_matters_only_for_crd_with_a_year_long_episode() -> None:
    duloxetine = failed(drug="duloxetine", dose=60)
    trials = [failed(), duloxetine, add_on_phase(duloxetine)]
    assert stage(record(medication_trials=trials, episode={"duration_weeks": 60})).method(
        "esm"
    ).outcome.label == ("CRD")


def test_thase_rush_counts_the_drug_not_what_was_added_to_it() -> None:
    sertraline = failed()
    responded = failed(drug="duloxetine", dose=60, percent_improvement=80)
    rec = record(medication_trials=[sertraline, add_on_phase(sertraline)])
    assert stage(rec).method("thase_rush").outcome.label == "Stage I"
    # duloxetine helped on its own; the failed add-on phase does not make it a failed SNRI trial
    rec = record(medication_trials=[sertraline, responded, add_on_phase(responded, percent_improvement=0)])
    assert stage(rec).method("thase_rush").outcome.label == "Stage I"


def test_msm_scores_its_augmentation_item_once_for_an_augmented_trial() -> None:
    sertraline = failed()
    without = record(medication_trials=[sertraline])
    with_add_on = record(medication_trials=[sertraline, add_on_phase(sertraline)])
    assert values(with_add_on, "msm")[0] == values(without, "msm")[0] + 1  # type: ignore[operator]


def test_a_short_add_on_is_an_inadequate_augmentation_not_an_inadequate_trial_of_the_drug() -> None:
    rec = record(medication_trials=[{**failed(), **ADD_ON, "add_on_weeks": 1}])
    assert values(rec, "mghs") == (1, 1)
    assert stage(rec).method("thase_rush").outcome.category_min == "stage_1"


def test_a_later_episode_of_the_same_drug_is_not_an_add_on_phase() -> None:
    earlier = failed(episode="earlier")
    rec = record(medication_trials=[earlier, add_on_phase(failed())])
    assert values(rec, "mghs") == (1.5, 1.5)


# --- property: where the add-on is written never changes a result beyond the add-on's own rule ------
UNKNOWN = {"missing": "dont_know"}


def maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(values, st.just(UNKNOWN))


parent_trial = st.fixed_dictionaries(
    {
        "drug": st.sampled_from(["sertraline", "duloxetine", "imipramine", "phenelzine", "unheardofine"]),
        "strategy": st.just("monotherapy"),
        "dose_mg_per_day": maybe(st.sampled_from([10, 60, 100, 250])),
        "weeks_at_dose": maybe(st.integers(1, 20)),
        "percent_improvement": maybe(st.integers(-20, 90)),
        "dose_optimised": maybe(st.sampled_from(["yes", "no"])),
        "duration_optimised": maybe(st.sampled_from(["yes", "no"])),
    }
)
add_on = st.fixed_dictionaries(
    {
        "strategy": st.sampled_from(["augmentation", "combination"]),
        "add_on_drugs": st.just(["lithium"]),
        "add_on_weeks": maybe(st.integers(0, 8)),
    }
)
case = st.tuples(
    st.lists(parent_trial, max_size=3),
    parent_trial,
    add_on,
    maybe(st.integers(10, 120)),
)


def method_values(report: StagingReport) -> dict[str, tuple[float | None, float | None, str]]:
    return {m.key: (m.outcome.value_min, m.outcome.value_max, m.outcome.label) for m in report.methods}


def staged(others: list[dict[str, Any]], trials: list[dict[str, Any]], weeks: Any) -> StagingReport:
    # Other trials of the parent's drug are left out: without dates, an add-on entry of a drug given
    # twice in the episode belongs to the latest entry before it, so the fold would be ambiguous.
    others = [t for t in others if t["drug"] != trials[0]["drug"]]
    return stage(record(medication_trials=[*others, *trials], episode={"duration_weeks": weeks}))


@settings(max_examples=150, deadline=None)
@given(case)
def test_moving_an_add_on_onto_its_parent_entry_changes_no_method(
    data: tuple[list[dict[str, Any]], dict[str, Any], dict[str, Any], Any],
) -> None:
    others, parent, extra, weeks = data
    own_entry = staged(others, [parent, {**parent, **extra}], weeks)
    on_parent = staged(others, [{**parent, **extra}], weeks)
    assert method_values(own_entry) == method_values(on_parent)
    assert own_entry.differential.spectrum == on_parent.differential.spectrum


@settings(max_examples=150, deadline=None)
@given(case)
def test_an_add_on_changes_each_method_by_no_more_than_its_rule(
    data: tuple[list[dict[str, Any]], dict[str, Any], dict[str, Any], Any],
) -> None:
    others, parent, extra, weeks = data
    plain = method_values(staged(others, [parent], weeks))
    added = method_values(staged(others, [{**parent, **extra}], weeks))
    for key in ("thase_rush", "conway", "markowitz", "guidi_fava"):
        assert added[key] == plain[key], key  # an add-on is not an antidepressant trial
    for key, most in (("mghs", 0.5), ("msm", 1)):  # +0.5 on the parent (§3); augmentation item (§4)
        for before, after in zip(plain[key][:2], added[key][:2], strict=True):
            if before is not None and after is not None:
                assert 0 <= after - before <= most, key
    if added["esm"] != plain["esm"]:
        assert "CRD" in added["esm"][2]  # a failed augmentation enters the ESM only at CRD
