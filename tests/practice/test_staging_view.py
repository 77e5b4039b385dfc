"""The practice results' staging rows say the safety level in the words of the one triage policy."""

from __future__ import annotations

from interview.practice.staging_view import side_by_side, summary
from interview.record import ClinicalRecord
from interview.staging import stage


def record(**safety: str) -> ClinicalRecord:
    return ClinicalRecord.model_validate({"safety": safety})


def test_a_fully_answered_screen_shows_one_level() -> None:
    answered = record(
        wish_to_be_dead="yes",
        suicidal_thoughts="no",
        suicidal_behaviour_lifetime="no",
    )
    assert summary(stage(answered))["Safety screen"] == "low"


def test_unanswered_items_show_both_levels_and_name_the_items() -> None:
    partial = record(wish_to_be_dead="yes", suicidal_thoughts="no")
    assert summary(stage(partial))["Safety screen"] == (
        "endorsed: low (item 1); could be high: item 6 unanswered"  # behaviour could be recent
    )


def test_the_trainee_and_expert_rows_differ_when_one_left_an_item_unanswered() -> None:
    expert = stage(record(wish_to_be_dead="yes", suicidal_thoughts="no", suicidal_behaviour_lifetime="no"))
    trainee = stage(record(wish_to_be_dead="yes", suicidal_thoughts="no"))
    [row] = [row for row in side_by_side(expert, trainee) if row.label == "Safety screen"]
    assert row.expert == "low" and not row.same
