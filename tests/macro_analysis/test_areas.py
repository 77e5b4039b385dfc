"""Each problem area is derived from the record fields that support it, and only from them."""

from __future__ import annotations

import pytest

from interview.macro_analysis import Domain, Urgency, analyze
from interview.macro_analysis.domains import DOMAIN_OF
from interview.macro_analysis.rules import load_rules
from interview.record import ClinicalRecord
from tests.macro_analysis.records import FRAGMENT, record_with


def ids(record: ClinicalRecord) -> set[str]:
    return {area.id for area in analyze(record).areas}


def test_an_empty_record_has_only_the_depression_itself() -> None:
    assert ids(ClinicalRecord()) == {"depression"}


@pytest.mark.parametrize("area_id", sorted(FRAGMENT))
def test_each_area_appears_from_its_minimal_fragment_with_evidence(area_id: str) -> None:
    analysis = analyze(record_with(area_id))
    assert ids(record_with(area_id)) == {"depression", area_id}
    area = analysis.area(area_id)
    if area_id != "depression":
        assert area.evidence, "every area names the record fields that led to it"
    assert area.domain is DOMAIN_OF[area_id]


def test_every_catalogued_area_has_a_domain_and_a_fragment() -> None:
    assert set(load_rules().areas) == set(DOMAIN_OF) == set(FRAGMENT)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ({"lifestyle": {"poor_sleep": "no"}}, set()),
        ({"lifestyle": {"alcohol_units_per_week": 14}}, set()),
        ({"illness_behaviour": {"demoralisation_helplessness": "yes"}}, set()),
        ({"stress_load": {"stressors": ["work"]}}, set()),
        ({"comorbidity": {"anxiety": "none"}}, set()),
        ({"interpersonal": {"problem_areas": {"missing": "dont_know"}}}, set()),
    ],
)
def test_unknown_or_negative_answers_raise_no_area(fragment: dict[str, object], expected: set[str]) -> None:
    assert ids(ClinicalRecord.model_validate(fragment)) - {"depression"} == expected


def test_depression_severity_and_impairment_come_from_the_episode() -> None:
    record = ClinicalRecord.model_validate(
        {"current_episode": {"severity_clinician": "severe", "functional_impairment": "mild"}}
    )
    area = analyze(record).area("depression")
    assert (area.severity, area.burden, area.impairment) == (3, None, 1)
    assert area.urgency is Urgency.SOON


def test_residual_symptoms_rename_the_depression_area() -> None:
    record = ClinicalRecord.model_validate(
        {"current_episode": {"mood_improved": "yes", "residual_symptoms_impair_functioning": "yes"}}
    )
    assert analyze(record).area("depression").label == "Residual depressive symptoms"


def test_psychotic_features_make_the_depression_urgent() -> None:
    record = ClinicalRecord.model_validate({"current_episode": {"psychotic_features": "yes"}})
    assert analyze(record).area("depression").urgency is Urgency.URGENT


@pytest.mark.parametrize(
    ("screen", "urgency"),
    [
        ({"wish_to_be_dead": "yes", "suicidal_thoughts": "no", "suicidal_behaviour_lifetime": "no"}, "soon"),
        (  # every item answered: an unanswered one is acted on at the level it could reach
            {
                "wish_to_be_dead": "no",
                "suicidal_thoughts": "yes",
                "thoughts_with_method": "yes",
                "intent_without_plan": "no",
                "intent_with_plan": "no",
                "suicidal_behaviour_lifetime": "no",
            },
            "urgent",
        ),
        ({"suicidal_thoughts": "yes", "intent_with_plan": "yes"}, "emergency"),
        ({"triage_level": "high"}, "emergency"),
    ],
)
def test_a_positive_safety_screen_sets_the_urgency_by_triage_level(
    screen: dict[str, str], urgency: str
) -> None:
    area = analyze(ClinicalRecord.model_validate({"safety": screen})).area("safety")
    assert area.urgency is Urgency(urgency)
    assert area.domain is Domain.SYMPTOM


def test_a_negative_safety_screen_raises_no_safety_area() -> None:
    screen = {"wish_to_be_dead": "no", "suicidal_thoughts": "no", "suicidal_behaviour_lifetime": "no"}
    assert "safety" not in ids(ClinicalRecord.model_validate({"safety": screen}))


def test_allostatic_overload_needs_both_criteria_for_its_name() -> None:
    both = analyze(record_with("stress_overload")).area("stress_overload")
    assert both.label == "Allostatic overload"
    level_only = ClinicalRecord.model_validate({"stress_load": {"psychosocial_stressors_level": "severe"}})
    area = analyze(level_only).area("stress_overload")
    assert area.label == "Current stress / allostatic overload" and area.severity == 3


def test_illness_denial_notes_are_an_observation_not_a_score() -> None:
    record = ClinicalRecord.model_validate(
        {"illness_behaviour": {"illness_denial_notes": "says nothing is wrong"}}
    )
    area = analyze(record).area("illness_behaviour")
    assert any("not scored" in line for line in area.evidence)
    assert area.severity is None


def test_a_switch_to_mania_makes_behavioural_toxicity_soon() -> None:
    trial = {"drug": "sertraline", "behavioural_toxicity": {"switch_to_hypomania_or_mania": "yes"}}
    area = analyze(ClinicalRecord.model_validate({"medication_trials": [trial]})).area("behavioural_toxicity")
    assert area.urgency is Urgency.SOON
    assert any("no behavioural-toxicity stage" in note for note in area.notes)


def test_unknown_ratings_stay_unknown() -> None:
    area = analyze(record_with("insomnia")).area("insomnia")
    assert (area.severity, area.burden, area.impairment, area.weight) == (None, None, None, None)


def test_tools_the_patient_is_not_open_to_are_dropped() -> None:
    record = record_with("grief", preferences={"open_to_psychotherapy": "no"})
    area = analyze(record).area("grief")
    assert not area.treatment_available and area.treatments == []


def test_treatments_to_avoid_remove_matching_tools() -> None:
    record = record_with("insomnia", preferences={"treatments_to_avoid": ["CBT"]})
    assert analyze(record).area("insomnia").treatments == ["sleep hygiene"]


def test_a_successful_rechallenge_raises_no_behavioural_toxicity_area() -> None:
    from interview.macro_analysis import analyze
    from interview.record import ClinicalRecord

    def areas(trial: dict[str, object]) -> list[str]:
        record = ClinicalRecord.model_validate({"medication_trials": [{"drug": "sertraline", **trial}]})
        return [area.id for area in analyze(record).areas]

    assert "behavioural_toxicity" not in areas(
        {"rechallenge_after_drug_free_period": "yes", "response_clinician": "response"}
    )
    assert "behavioural_toxicity" in areas(
        {"rechallenge_after_drug_free_period": "yes", "percent_improvement": 10}
    )
    assert "behavioural_toxicity" not in areas({"rechallenge_after_drug_free_period": "yes"}), (
        "unknown outcome"
    )
