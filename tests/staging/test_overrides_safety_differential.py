"""Clinician overrides, the C-SSRS triage, the differential and what is left to try."""

from __future__ import annotations

import json
from typing import Any

import pytest

from interview.report.staging_markdown import render_markdown
from interview.staging import stage
from interview.staging.results import Status
from tests.staging.builders import failed, record, therapy


def test_an_adequacy_override_changes_the_methods_and_keeps_the_derivation() -> None:
    override = {
        "target": "medication_adequacy",
        "trial_index": 1,
        "value": "adequate",
        "reason": "pharmacy records show 8 weeks",
    }
    rec = record(
        medication_trials=[failed(), failed(drug="duloxetine", dose=60, weeks=3)], overrides=[override]
    )
    report = stage(rec)
    thase = report.method("thase_rush")
    assert thase.outcome.label == "Stage II" and thase.override_applied
    assert thase.without_override is not None and thase.without_override.label == "Stage I"
    assert "derived: inadequate" in report.medication_trials[1].overrides[0]
    assert "Clinician override applied" in render_markdown(report)


def test_an_override_marks_only_the_methods_whose_inputs_it_changed() -> None:
    override = {"target": "psychotherapy_adequacy", "trial_index": 0, "value": "adequate", "reason": "r"}
    short_cbt = therapy(sessions=4, weeks=6)
    report = stage(
        record(medication_trials=[failed()], psychotherapy_trials=[short_cbt], overrides=[override])
    )
    applied = {m.key for m in report.methods if m.override_applied}
    assert applied == {"dm_trd", "conway", "markowitz", "guidi_fava"}  # the drug-only methods saw none
    conway = report.method("conway")
    assert conway.without_override is not None
    assert (conway.without_override.label, conway.outcome.label) == ("not TRD by Conway 2017", "Stage 1 TRD")
    assert report.method("thase_rush").without_override is None


def test_a_response_override_turns_a_failure_into_a_response() -> None:
    override = {"target": "medication_response", "trial_index": 0, "value": "response", "reason": "r"}
    report = stage(record(medication_trials=[failed()], overrides=[override]))
    assert report.medication_trials[0].counts_as_failure is Status.NOT_MET
    assert report.method("thase_rush").without_override.label == "Stage I"  # type: ignore[union-attr]


def failure(**extra: object) -> dict[str, object]:
    """A failed adequate trial with no loss of effect and no re-challenge."""
    return failed(
        **{"loss_of_effect_during_maintenance": "no", "rechallenge_after_drug_free_period": "no", **extra}
    )


def test_a_differential_override_shows_both_categories() -> None:
    override = {"target": "differential_category", "value": "partial_response", "reason": "r"}
    no_reactance = {"psychological_reactance": "no"}
    report = stage(
        record(medication_trials=[failure()], overrides=[override], illness_behaviour=no_reactance)
    )
    assert report.differential.spectrum == "partial_response"
    assert report.differential.derived_spectrum == "non_response"


@pytest.mark.parametrize(
    ("answers", "level"),
    [
        ({"wish_to_be_dead": "no", "suicidal_thoughts": "no", "suicidal_behaviour_lifetime": "no"}, "none"),
        ({"wish_to_be_dead": "yes", "suicidal_thoughts": "no", "suicidal_behaviour_lifetime": "no"}, "low"),
        (
            {
                "wish_to_be_dead": "yes",
                "suicidal_thoughts": "yes",
                "thoughts_with_method": "yes",
                "intent_without_plan": "no",
                "intent_with_plan": "no",
                "suicidal_behaviour_lifetime": "no",
            },
            "moderate",
        ),
        (
            {
                "wish_to_be_dead": "no",
                "suicidal_thoughts": "no",
                "suicidal_behaviour_lifetime": "yes",
                "suicidal_behaviour_past_3_months": "no",
            },
            "moderate",
        ),
        (
            {
                "wish_to_be_dead": "yes",
                "suicidal_thoughts": "yes",
                "thoughts_with_method": "no",
                "intent_without_plan": "yes",
                "intent_with_plan": "no",
                "suicidal_behaviour_lifetime": "no",
            },
            "high",
        ),
        (
            {
                "wish_to_be_dead": "no",
                "suicidal_thoughts": "no",
                "suicidal_behaviour_lifetime": "yes",
                "suicidal_behaviour_past_3_months": "yes",
            },
            "high",
        ),
    ],
)
def test_cssrs_triage_levels(answers: dict[str, str], level: str) -> None:
    safety = stage(record(safety=answers)).safety
    assert (safety.derived_level_min, safety.derived_level_max) == (level, level)


def test_unanswered_safety_items_give_a_range() -> None:
    safety = stage(record(safety={"wish_to_be_dead": "yes"})).safety
    assert (safety.derived_level_min, safety.derived_level_max) == ("low", "high")


@pytest.mark.parametrize(
    ("trials", "episode", "spectrum"),
    [
        ([failed(percent_improvement=80)], {"residual_symptoms_impair_functioning": "no"}, "full_response"),
        (
            [failed(percent_improvement=80)],
            {"residual_symptoms_impair_functioning": "yes"},
            "response_with_residual_symptoms",
        ),
        ([failed(percent_improvement=30)], {}, "partial_response"),
        ([failure()], {}, "non_response"),
        # two failures alone are non-response; resistance needs a counter-therapeutic feature (§16)
        ([failure(), failure(drug="duloxetine", dose=60)], {}, "non_response"),
        ([failure(percent_improvement=-10)], {}, "resistance"),
        ([failure(loss_of_effect_during_maintenance="yes")], {}, "resistance"),
        ([failure(rechallenge_after_drug_free_period="yes")], {}, "resistance"),
    ],
)
def test_response_spectrum(trials: list[dict[str, Any]], episode: dict[str, Any], spectrum: str) -> None:
    episode = {"residual_symptoms_impair_functioning": "no", **episode}
    report = stage(
        record(
            episode=episode,
            medication_trials=trials,
            appraisal={"appraisal_discussed": "no"},
            illness_behaviour={"psychological_reactance": "no"},
        )
    )
    assert report.differential.spectrum == spectrum


@pytest.mark.parametrize(
    ("reactance", "spectrum"),
    [("yes", "resistance"), ("no", "non_response"), ({"missing": "dont_know"}, "non_response to resistance")],
)
def test_reactance_decides_between_non_response_and_resistance(reactance: object, spectrum: str) -> None:
    rec = record(
        medication_trials=[failure(), failure(drug="duloxetine", dose=60)],
        appraisal={"appraisal_discussed": "no"},
        illness_behaviour={"psychological_reactance": reactance},
    )
    assert stage(rec).differential.spectrum == spectrum


def test_pseudo_resistance_and_no_psychotherapy_flags() -> None:
    rec = record(
        medication_trials=[failed(weeks=3, adherence="poor")],
        comorbidity={
            "bipolar_features": "yes",
            "concurrent_drugs": [{"name": "carbamazepine", "enzyme_inducer_or_inhibitor": "yes"}],
        },
    )
    flags = {f.key: f.status for f in stage(rec).differential.flags}
    for key in (
        "duration_below_adequacy",
        "poor_adherence",
        "bipolar_features",
        "pharmacokinetic",
        "no_psychotherapy",
    ):
        assert flags[key] is Status.MET, key
    assert flags["dose_below_adequacy"] is Status.NOT_MET


def test_rechallenge_failure_is_flagged() -> None:
    rec = record(medication_trials=[failed(rechallenge_after_drug_free_period="yes")])
    flags = {f.key: f.status for f in stage(rec).differential.flags}
    assert flags["rechallenge_failure"] is Status.MET


def test_left_to_try_offers_psychotherapy_fitting_the_ipt_areas() -> None:
    rec = record(medication_trials=[failed()], interpersonal={"problem_areas": ["grief"]})
    labels = [o.label for o in stage(rec).left_to_try]
    assert labels[0] == "interpersonal psychotherapy (IPT)", "the therapy that fits comes first"
    assert "an adequate TCA trial" in labels


def test_left_to_try_drops_what_was_adequately_tried() -> None:
    rec = record(psychotherapy_trials=[therapy()], interpersonal={"problem_areas": []})
    labels = [o.label for o in stage(rec).left_to_try]
    assert "cognitive behavioural therapy (CBT)" not in labels
    assert "a first adequate antidepressant trial" in labels


def test_the_report_is_json_serialisable() -> None:
    report = stage(record(medication_trials=[failed()]))
    assert json.loads(report.model_dump_json(indent=2))["methods"][0]["key"] == "thase_rush"
