"""Changing an earlier answer re-decides the branches: stale answers never count, new questions are asked."""

from __future__ import annotations

from interview.engine.review import set_aside_keys
from tests.engine.flows import Driver


def edit(driver: Driver, key: str, new_answer: str) -> None:
    """Edit the answer with this key through the review numbers, as a person would."""
    from interview.engine.review import reviewable_slots

    keys = [slot.key for slot in reviewable_slots(driver.conversation.book)]
    driver.say(f"edit {keys.index(key) + 1}", new_answer)


def two_trials() -> Driver:
    driver = Driver()
    driver.say(
        "yes", "Sam", "yes", "sertraline", "yes", "8 weeks", "yes", "venlafaxine", "no", "no", "nausea"
    )
    assert driver.at == "therapy_count"
    return driver


def test_answers_inside_a_branch_that_no_longer_applies_are_set_aside_not_counted() -> None:
    driver = two_trials()
    edit(driver, "trials[0].helped", "no")
    answers = driver.answers()
    assert "trials[0].how_long_helped" not in answers
    assert "trials[0].how_long_helped" in set_aside_keys(driver.conversation.book)
    assert driver.at == "therapy_count", "after the edit the interview returns to where it was"


def test_a_branch_that_applies_again_brings_its_kept_answer_back() -> None:
    driver = two_trials()
    edit(driver, "trials[0].helped", "no")
    edit(driver, "trials[0].helped", "yes")
    assert driver.answers()["trials[0].how_long_helped"] == "8 weeks"
    assert driver.at == "therapy_count"


def test_a_newly_applicable_question_is_asked_before_returning() -> None:
    driver = two_trials()
    edit(driver, "trials[1].helped", "yes")
    assert driver.at == "trials[1].how_long_helped"
    driver.say("2 weeks")
    assert driver.at == "therapy_count"


def test_saying_no_to_another_item_sets_the_later_items_aside() -> None:
    driver = two_trials()
    edit(driver, "trials[0]._another", "no")
    answers = driver.answers()
    assert not any(key.startswith("trials[1]") for key in answers)
    assert "trials[1].drug" in set_aside_keys(driver.conversation.book)
    assert answers["side_effects"] == "nausea"


def test_turning_a_group_off_sets_every_item_and_its_dependants_aside() -> None:
    driver = two_trials()
    edit(driver, "any_drug", "no")
    answers = driver.answers()
    assert not any(key.startswith("trials") for key in answers)
    assert "side_effects" not in answers, "count(trials) >= 1 no longer holds"
    assert driver.at == "therapy_count"


def test_lowering_count_from_drops_the_extra_items_and_raising_it_asks_new_ones() -> None:
    driver = two_trials()
    driver.say("3", "cbt", "10", "ipt", "12", "other", "4", "yes")
    assert driver.at == "anything_else"
    edit(driver, "therapy_count", "1")
    answers = driver.answers()
    assert [k for k in answers if k.startswith("courses")] == ["courses[0].modality", "courses[0].sessions"]
    assert answers["cbt_helped"] == "Yes"
    edit(driver, "therapy_count", "4")
    assert driver.at == "courses[3].modality", "only the new fourth course is asked"
    driver.say("ipt", "8")
    assert driver.at == "anything_else"
    assert driver.answers()["courses[1].modality"] == "2. Interpersonal therapy"


def test_a_count_where_condition_follows_edits_inside_items() -> None:
    driver = two_trials()
    driver.say("2", "cbt", "10", "ipt", "12", "yes")
    edit(driver, "courses[0].modality", "other")
    assert "cbt_helped" not in driver.answers()
    edit(driver, "courses[1].modality", "cbt")
    assert driver.answers()["cbt_helped"] == "Yes", "the kept answer applies again"
