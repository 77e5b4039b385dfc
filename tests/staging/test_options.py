"""What is left to try follows the record (issue 15): each option with its reason and source."""

from __future__ import annotations

from typing import Any

from interview.staging import stage
from interview.staging.options_data import LABELS, PATIENT_WORDS, OptionId, avoided
from interview.staging.results import Option
from tests.staging.builders import failed, record, therapy


def options(**data: Any) -> list[Option]:
    return stage(record(**data)).left_to_try


def ids(**data: Any) -> list[OptionId]:
    return [option.id for option in options(**data)]


def test_every_option_has_a_reason_and_a_source() -> None:
    for option in options(medication_trials=[failed(), failed("citalopram", 40)]):
        assert option.reason and option.source, option.label


def test_no_antidepressant_escalation_before_any_antidepressant_fell_short() -> None:
    found = ids(psychotherapy_trials=[therapy()])
    assert OptionId.FIRST_ANTIDEPRESSANT in found
    assert not {OptionId.TCA, OptionId.AUGMENTATION, OptionId.ECT} & set(found)


def test_a_psychotherapy_only_history_leads_to_a_first_adequate_antidepressant_trial() -> None:
    first = next(
        o for o in options(psychotherapy_trials=[therapy()]) if o.id == OptionId.FIRST_ANTIDEPRESSANT
    )
    assert "only psychotherapy recorded" in first.reason


def test_a_failed_psychotherapy_leads_to_adding_an_antidepressant() -> None:
    found = options(psychotherapy_trials=[therapy()], medication_trials=[failed(weeks=2)])
    added = next(o for o in found if o.id == OptionId.COMBINE_WITH_ANTIDEPRESSANT)
    assert "no response after an adequate psychotherapy: cognitive behavioural therapy" in added.reason


def test_after_psychotherapy_alone_the_first_antidepressant_trial_says_it_can_be_combined() -> None:
    found = options(psychotherapy_trials=[therapy()])
    assert OptionId.COMBINE_WITH_ANTIDEPRESSANT not in [o.id for o in found], "the first trial says it"
    first = next(o for o in found if o.id == OptionId.FIRST_ANTIDEPRESSANT)
    assert "the two can be combined" in first.reason


def test_failed_antidepressants_without_psychotherapy_lead_to_adding_one() -> None:
    found = ids(medication_trials=[failed()])
    assert OptionId.COMBINE_WITH_PSYCHOTHERAPY in found
    assert found.index(OptionId.CBT) < found.index(OptionId.TCA), "psychotherapy first"


def test_ect_only_after_two_antidepressants_fell_short() -> None:
    assert OptionId.ECT not in ids(medication_trials=[failed()])
    assert OptionId.ECT in ids(medication_trials=[failed(), failed("citalopram", 40)])


def test_therapies_follow_the_problem_areas() -> None:
    plain = ids(medication_trials=[failed()])
    assert OptionId.CBASP not in plain and OptionId.IPT not in plain
    chronic = options(medication_trials=[failed()], episode={"duration_weeks": 150})
    cbasp = next(o for o in chronic if o.id == OptionId.CBASP)
    assert "chronic" in cbasp.reason and not cbasp.derived, "the meta-analysis and Markowitz support it"
    recurrent = ids(medication_trials=[failed()], earlier_episodes=[{}, {}])
    assert OptionId.MBCT in recurrent


def test_bipolar_features_put_a_diagnostic_review_first_and_caution_on_escalation() -> None:
    found = options(medication_trials=[failed()], comorbidity={"bipolar_features": "yes"})
    assert found[0].id == OptionId.MISDIAGNOSIS_REVIEW
    tca = next(o for o in found if o.id == OptionId.TCA)
    assert "caution: bipolar features" in tca.reason and "refractory phase" in tca.reason


def test_a_switch_into_hypomania_counts_as_bipolar_features() -> None:
    switched = failed(behavioural_toxicity={"switch_to_hypomania_or_mania": "yes"})
    assert ids(medication_trials=[switched])[0] == OptionId.MISDIAGNOSIS_REVIEW


def test_loss_of_effect_puts_psychotherapy_and_the_drug_history_first() -> None:
    lost = failed(loss_of_effect_during_maintenance="yes")
    found = ids(medication_trials=[lost])
    assert found[0] == OptionId.DRUG_HISTORY_REVIEW
    assert found.index(OptionId.CBT) < found.index(OptionId.TCA)


def test_a_rechallenge_failure_puts_the_drug_history_first() -> None:
    found = ids(medication_trials=[failed(rechallenge_after_drug_free_period="yes")])
    assert found[0] == OptionId.DRUG_HISTORY_REVIEW


def test_partial_remission_shows_the_sequential_model() -> None:
    episode = {"mood_improved": "yes", "residual_symptoms_impair_functioning": "yes"}
    found = options(medication_trials=[failed()], episode=episode)
    sequential = next(o for o in found if o.id == OptionId.SEQUENTIAL)
    assert "Table 4" in sequential.source


def test_not_open_to_a_medication_change_moves_the_drug_options_last() -> None:
    found = options(
        medication_trials=[failed(), failed("citalopram", 40)],
        preferences={"open_to_medication_change": "no"},
        lifestyle={"poor_sleep": "yes"},
    )
    names = [o.id for o in found]
    assert names.index(OptionId.LIFESTYLE) < names.index(OptionId.TCA)
    assert all(
        "not open to a medication change" in o.reason for o in found if o.id in (OptionId.TCA, OptionId.ECT)
    )


def test_what_the_patient_would_rather_avoid_is_left_out_and_said_so() -> None:
    found = options(
        medication_trials=[failed(), failed("citalopram", 40)],
        preferences={"treatments_to_avoid": ["ECT", "lithium"]},
    )
    names = [o.id for o in found]
    assert OptionId.ECT not in names and OptionId.AUGMENTATION not in names
    assert names[-1] == OptionId.LEFT_OUT and "ECT" in found[-1].reason


def test_avoidance_matches_whole_words() -> None:
    assert avoided(OptionId.ECT, ["no ECT please"]) and not avoided(OptionId.ECT, ["direct talk"])
    assert avoided(OptionId.TCA, ["more medication"]) and not avoided(OptionId.TCA, ["CBT"])


def test_every_option_id_has_a_label_and_words_for_the_patient() -> None:
    assert set(LABELS) == set(OptionId)
    assert set(PATIENT_WORDS) == set(OptionId), "None marks an option shown to the clinician only"


def test_an_option_carries_its_id_and_the_label_for_that_id() -> None:
    for option in options(
        medication_trials=[failed(), failed("citalopram", 40)], lifestyle={"smoking": "yes"}
    ):
        assert option.label == LABELS[option.id]


def test_the_list_is_decided_by_ids_so_rewording_a_label_changes_only_the_label(monkeypatch: Any) -> None:
    data: dict[str, Any] = {
        "psychotherapy_trials": [therapy()],
        "preferences": {"treatments_to_avoid": ["medication"]},
    }
    before = ids(**data)
    for option in OptionId:
        monkeypatch.setitem(LABELS, option, f"reworded {option.value}")
    assert ids(**data) == before
    assert all(o.label.startswith("reworded ") for o in options(**data))
