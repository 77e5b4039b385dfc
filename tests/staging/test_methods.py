"""Every point of every method, one behaviour per test (clinical-rules §1-§6)."""

from __future__ import annotations

import pytest

from interview.record.values import DrugClass as C
from interview.staging import StagingSettings, stage
from interview.staging.msm import band_of, duration_points, failure_points
from interview.staging.thase_rush import highest_stage
from tests.staging.builders import failed, record, therapy

SSRI, SNRI, TCA, MAOI = ("sertraline", 100), ("duloxetine", 60), ("imipramine", 250), ("phenelzine", 60)


def trials(*drugs: tuple[str, float]) -> list[dict[str, object]]:
    return [failed(drug=d, dose=dose) for d, dose in drugs]


def value(
    rec: object, key: str, settings: StagingSettings | None = None
) -> tuple[float | None, float | None]:
    """Points, or for a category method its Thase & Rush-style level (Stage 0 and no stage both 0)."""
    method = stage(rec, settings).method(key)  # type: ignore[arg-type]
    if method.kind == "points":
        return method.outcome.value_min, method.outcome.value_max
    levels = [k for k in method.categories if k != "no_stage"]
    low, high = (method.outcome.category_min, method.outcome.category_max)
    level = {k: i for i, k in enumerate(levels)} | {"no_stage": 0}
    return level[low or ""], level[high or ""]


# --- Thase & Rush ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("drugs", "ect", "expected"),
    [
        ((), False, 0),
        ((SSRI,), False, 1),
        ((SSRI, SSRI), False, 1),  # same class twice: still Stage I
        ((SSRI, SNRI), False, 2),
        ((SSRI, TCA), False, 2),  # the TCA is the second class; III needs it beyond two others
        ((SSRI, SNRI, TCA), False, 3),
        ((SSRI, SNRI, MAOI), False, 2),  # MAOI without TCA: chain broken at III
        ((SSRI, SNRI, TCA, MAOI), False, 4),
        ((SSRI, SNRI, TCA, MAOI), True, 5),
        ((SSRI, SNRI, TCA), True, 3),  # ECT without MAOI does not reach V
    ],
)
def test_thase_rush_stage_is_the_end_of_the_unbroken_chain(
    drugs: tuple[tuple[str, float], ...], ect: bool, expected: int
) -> None:
    somatic = [{"kind": "ect", "sessions": 10, "ect_laterality": "bilateral", "response_clinician": "none"}]
    rec = record(medication_trials=trials(*drugs), somatic_treatments=somatic if ect else [])
    assert value(rec, "thase_rush") == (expected, expected)


def test_thase_rush_unilateral_ect_does_not_reach_stage_v() -> None:
    somatic = [
        {"kind": "ect", "sessions": 10, "ect_laterality": "right_unilateral", "response_clinician": "none"}
    ]
    rec = record(medication_trials=trials(SSRI, SNRI, TCA, MAOI), somatic_treatments=somatic)
    assert value(rec, "thase_rush") == (4, 4)


def test_thase_rush_unknown_class_is_a_wildcard_for_the_maximum() -> None:
    assert highest_stage({C.SSRI, C.SNRI}, wildcards=1, ect=False) == 3
    assert highest_stage({C.SSRI, C.SNRI}, wildcards=0, ect=False) == 2


# --- ESM ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("drugs", "label"),
    [
        ((), "no failed adequate trial"),
        ((SSRI,), "non-responder"),
        ((SSRI, SSRI), "non-responder"),  # two failures of one class are not TRD
        ((SSRI, SNRI), "TRD1"),
        ((SSRI, SNRI, TCA), "TRD2"),
        ((SSRI, SNRI, TCA, MAOI), "TRD3"),
        ((SSRI, SNRI, TCA, MAOI, SSRI), "TRD4"),
        ((SSRI, SNRI, TCA, MAOI, SSRI, SNRI), "TRD5"),
        ((SSRI, SNRI, TCA, MAOI, SSRI, SNRI, TCA), "TRD5"),
    ],
)
def test_esm_sub_stage_by_number_of_failed_trials(drugs: tuple[tuple[str, float], ...], label: str) -> None:
    assert stage(record(medication_trials=trials(*drugs))).method("esm").outcome.label == label


def test_esm_chronic_resistant_needs_a_year_and_a_failed_augmentation() -> None:
    aug = failed(
        drug="duloxetine", dose=60, strategy="augmentation", add_on_drugs=["lithium"], add_on_weeks=4
    )
    long = {"duration_weeks": 60}
    assert stage(record(episode=long, medication_trials=[failed(), aug])).method("esm").outcome.label == "CRD"
    short = {"duration_weeks": 40}
    assert (
        stage(record(episode=short, medication_trials=[failed(), aug])).method("esm").outcome.label == "TRD1"
    )


# --- MGH-S ----------------------------------------------------------------------------------
def test_mghs_one_point_per_failed_adequate_trial() -> None:
    assert value(record(medication_trials=trials(SSRI, SNRI)), "mghs") == (2, 2)


def test_mghs_half_point_for_optimisation_and_for_augmentation() -> None:
    opt = failed(dose_optimised="yes")
    aug = failed(
        drug="duloxetine", dose=60, strategy="augmentation", add_on_drugs=["lithium"], add_on_weeks=4
    )
    assert value(record(medication_trials=[opt]), "mghs") == (1.5, 1.5)
    assert value(record(medication_trials=[aug]), "mghs") == (1.5, 1.5)


def test_mghs_split_optimisation_reading_is_a_setting() -> None:
    both = failed(dose_optimised="yes", duration_optimised="yes")
    assert value(record(medication_trials=[both]), "mghs") == (1.5, 1.5)
    split = StagingSettings(mghs_split_dose_duration_optimisation=True)
    assert value(record(medication_trials=[both]), "mghs", split) == (2, 2)


def test_mghs_failed_ect_counts_three() -> None:
    ect = [{"kind": "ect", "sessions": 8, "response_clinician": "none"}]
    assert value(record(somatic_treatments=ect), "mghs") == (3, 3)


def test_mghs_inadequate_trials_score_nothing_and_no_band_is_given() -> None:
    result = stage(record(medication_trials=[failed(weeks=3)])).method("mghs")
    assert (result.outcome.value_min, result.outcome.band) == (0, None)
    assert any("No categorical bands" in note for note in result.notes)


# --- MSM ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("weeks", "points"), [(1, 1), (52, 1), (53, 2), (104, 2), (105, 3)])
def test_msm_duration_points(weeks: float, points: int) -> None:
    assert duration_points(weeks) == points


@pytest.mark.parametrize(
    ("drugs", "points"), [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (6, 3), (7, 4), (10, 4), (11, 5)]
)
def test_msm_treatment_failure_levels(drugs: int, points: int) -> None:
    assert failure_points(drugs) == points


@pytest.mark.parametrize(
    ("score", "band"),
    [(3, "mild"), (6, "mild"), (7, "moderate"), (10, "moderate"), (11, "severe"), (15, "severe")],
)
def test_msm_bands(score: int, band: str) -> None:
    assert band_of(score) == band


@pytest.mark.parametrize(
    ("severity", "psychosis", "total"),
    [
        ("subsyndromal", "no", 3),
        ("mild", "no", 4),
        ("moderate", "no", 5),
        ("severe", "no", 6),
        ("severe", "yes", 7),
    ],
)
def test_msm_severity_points(severity: str, psychosis: str, total: int) -> None:
    rec = record(
        episode={"severity_clinician": severity, "psychotic_features": psychosis},
        medication_trials=trials(SSRI),
    )
    assert value(rec, "msm") == (total, total)  # duration 1 + severity + 1 failure level


def test_msm_augmentation_and_ect_add_one_each() -> None:
    aug = failed(
        drug="duloxetine", dose=60, strategy="augmentation", add_on_drugs=["lithium"], add_on_weeks=4
    )
    ect = [{"kind": "ect", "sessions": 8, "response_clinician": "none"}]
    rec = record(medication_trials=[failed(), aug], somatic_treatments=ect)
    assert value(rec, "msm") == (1 + 3 + 1 + 1 + 1, 7)


def test_msm_does_not_apply_without_a_failed_antidepressant() -> None:
    result = stage(record()).method("msm")
    assert result.outcome.value_min is None and result.applicable.value == "not_met"


def test_msm_scale_mapping_is_ours_and_can_be_switched_off() -> None:
    episode = {"severity_clinician": {"missing": "skipped"}, "severity_scale": "hamd17", "severity_score": 22}
    rec = record(episode=episode, medication_trials=trials(SSRI))
    assert value(rec, "msm") == (6, 6)
    off = StagingSettings(msm_severity_source="clinician_only")
    assert value(rec, "msm", off) == (3, 6)


def test_msm_phq9_moderately_severe_stays_open() -> None:
    episode = {"severity_clinician": {"missing": "skipped"}, "severity_scale": "phq9", "severity_score": 17}
    assert value(record(episode=episode, medication_trials=trials(SSRI)), "msm") == (5, 6)


# --- DM-TRD ---------------------------------------------------------------------------------
def test_dm_trd_never_prints_a_total_while_points_are_unconfirmed() -> None:
    report = stage(record(medication_trials=trials(SSRI, SNRI)))
    result = report.method("dm_trd")
    assert not result.computable and result.outcome.value_min is None
    assert "point values unconfirmed (Peeters 2016 Table 1)" in result.outcome.label
    assert len(report.dm_trd_items) == 11


def test_dm_trd_total_is_computed_from_a_filled_table() -> None:
    from interview.record.dm_trd_table import load_dm_trd_table

    table = load_dm_trd_table()
    filled = table.model_copy(
        update={
            "items": tuple(
                item.model_copy(
                    update={
                        "levels": tuple(
                            lv.model_copy(update={"points": float(i)}) for i, lv in enumerate(item.levels)
                        )
                    }
                )
                for item in table.items
            )
        }
    )
    rec = record(
        episode={"functional_impairment": "mild", "intensified_treatment": "no"},
        medication_trials=trials(SSRI),
        comorbidity={"anxiety": "none", "personality_disorder": "none"},
        stress_load={"psychosocial_stressors_level": "none"},
    )
    result = stage(rec, StagingSettings(dm_trd_table=filled)).method("dm_trd")
    # duration acute 0 + moderate 2 + 1-2 drugs 1 + no augmentation 0 + no ECT 0 + mild 1
    assert (result.outcome.value_min, result.outcome.value_max) == (4, 4)


# --- Conway, Markowitz ----------------------------------------------------------------------
def test_conway_counts_psychotherapy_as_a_class() -> None:
    assert value(record(medication_trials=trials(SSRI), psychotherapy_trials=[therapy()]), "conway") == (1, 1)
    assert value(record(medication_trials=trials(SSRI, SSRI)), "conway") == (0, 0)
    three = record(medication_trials=trials(SSRI, SNRI), psychotherapy_trials=[therapy()])
    assert value(three, "conway") == (2, 2)


def test_conway_needs_eight_attended_sessions() -> None:
    rec = record(medication_trials=trials(SSRI), psychotherapy_trials=[therapy(sessions=7)])
    assert value(rec, "conway") == (0, 0)


def test_markowitz_needs_two_drugs_and_an_adequate_psychotherapy() -> None:
    assert value(record(medication_trials=trials(SSRI, SNRI)), "markowitz") == (0, 0)
    both = record(medication_trials=trials(SSRI, SNRI), psychotherapy_trials=[therapy(sessions=9)])
    assert value(both, "markowitz") == (1, 1)
    untrained = record(
        medication_trials=trials(SSRI, SNRI), psychotherapy_trials=[therapy(therapist_trained="no")]
    )
    assert value(untrained, "markowitz") == (0, 0)


# --- Guidi & Fava A-E -----------------------------------------------------------------------
APPRAISED = {
    "trials_fit_indications": "yes",
    "clinimetric_assessment_done": "yes",
    "appraisal_discussed": "yes",
    "shared_decision_made": "yes",
}


def _criteria(rec: object) -> dict[str, str]:
    return {c.label: c.status.value for c in stage(rec).method("guidi_fava").criteria}  # type: ignore[arg-type]


def test_refractory_when_all_five_criteria_are_met() -> None:
    meds = [failed(loss_of_effect_during_maintenance="no", rechallenge_after_drug_free_period="no")]
    rec = record(medication_trials=meds, psychotherapy_trials=[therapy(weeks=20)], appraisal=APPRAISED)
    assert _criteria(rec) == dict.fromkeys("ABCDE", "met")
    assert value(rec, "guidi_fava") == (1, 1)


def test_a_needs_psychotherapy_of_twenty_weeks() -> None:
    rec = record(
        medication_trials=trials(SSRI, SNRI), psychotherapy_trials=[therapy(weeks=19)], appraisal=APPRAISED
    )
    assert _criteria(rec)["A"] == "not_met"


def test_d_fails_on_loss_of_effect() -> None:
    meds = [failed(loss_of_effect_during_maintenance="yes")]
    rec = record(medication_trials=meds, psychotherapy_trials=[therapy()], appraisal=APPRAISED)
    assert _criteria(rec)["D"] == "not_met"
    assert value(rec, "guidi_fava") == (0, 0)


def test_e_needs_appraisal_and_shared_decision() -> None:
    rec = record(appraisal={**APPRAISED, "shared_decision_made": "no"})
    assert _criteria(rec)["E"] == "not_met"
    unknown = record(appraisal={"appraisal_discussed": "yes"})
    assert _criteria(unknown)["E"] == "unknown"


# --- Stage 0 and narrowing inputs (issue 14) ---------------------------------------------------------
def test_thase_rush_stage_0_is_only_for_a_patient_without_a_single_adequate_trial() -> None:
    never_adequate = record(medication_trials=[failed(weeks=2)])
    responded = record(medication_trials=[failed(percent_improvement=80)])
    assert stage(never_adequate).method("thase_rush").outcome.label == "Stage 0"
    assert stage(responded).method("thase_rush").outcome.label == "no stage: an adequate trial, none failed"


def test_thase_rush_an_entry_that_may_be_an_add_on_is_only_possibly_an_adequate_trial() -> None:
    """Regression (found by the range property): an adequate entry of the same drug whose strategy is
    unknown gave 'no stage', but as an add-on phase it does not count and the patient is at Stage 0."""
    first = failed(dose=10, weeks=1)
    later = failed(percent_improvement=80)
    unknown = record(medication_trials=[first, {**later, "strategy": {"missing": "dont_know"}}])
    augmented = record(medication_trials=[first, {**later, "strategy": "augmentation"}])
    alone = record(medication_trials=[first, later])
    result = stage(unknown).method("thase_rush")
    assert (result.outcome.category_min, result.outcome.category_max) == ("stage_0", "no_stage")
    assert "medication_trials[1].strategy" in result.narrowing_inputs
    assert stage(augmented).method("thase_rush").outcome.category_max == "stage_0"
    assert stage(alone).method("thase_rush").outcome.category_min == "no_stage"


def test_esm_lists_the_episode_length_only_when_a_failed_augmentation_could_make_it_crd() -> None:
    unknown_length = {"duration_weeks": {"missing": "dont_know"}}
    trials = [failed(), failed(drug="duloxetine", dose=60, percent_improvement={"missing": "dont_know"})]
    plain = stage(record(medication_trials=trials, episode=unknown_length)).method("esm")
    assert "current_episode.duration_weeks" not in plain.narrowing_inputs
    augmented = [
        trials[0],
        {**trials[1], "strategy": "augmentation", "add_on_drugs": ["lithium"], "add_on_weeks": 4},
    ]
    crd_possible = stage(record(medication_trials=augmented, episode=unknown_length)).method("esm")
    assert "current_episode.duration_weeks" in crd_possible.narrowing_inputs


def test_an_unknown_drug_names_its_class_as_a_narrowing_input_not_only_its_dose() -> None:
    rec = record(medication_trials=[failed(), failed(drug="unheardofine", dose={"missing": "dont_know"})])
    for key in ("thase_rush", "esm", "conway"):
        assert "medication_trials[1].drug_class" in stage(rec).method(key).narrowing_inputs, key
