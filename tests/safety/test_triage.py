"""C-SSRS screener triage exactly as clinical-rules §14 tabulates it, and the actions each level requires."""

from __future__ import annotations

import itertools

import pytest

from interview.record.missing import DECLINED, DONT_KNOW, NOT_APPLICABLE, Missing
from interview.record.safety import SafetyScreen, TriageLevel
from interview.record.values import YesNo
from interview.safety.triage import ACTIONS, ITEMS, triage
from interview.staging.safety import assess_safety

Y, N = YesNo.YES, YesNo.NO
NAMES = [name for name, _ in ITEMS]


def screen(*yes: str, **others: YesNo | Missing) -> SafetyScreen:
    """A screen where the named items are yes, the rest no (3-5 not asked when item 2 is no)."""
    values: dict[str, YesNo | Missing] = {name: Y if name in yes else N for name in NAMES}
    if "suicidal_thoughts" not in yes:
        for name in ("thoughts_with_method", "intent_without_plan", "intent_with_plan"):
            values[name] = NOT_APPLICABLE
    if "suicidal_behaviour_lifetime" not in yes:
        values["suicidal_behaviour_past_3_months"] = NOT_APPLICABLE
    values.update(others)
    return SafetyScreen(**values)


@pytest.mark.parametrize(
    ("yes", "level"),
    [
        ((), TriageLevel.NONE),  # no risk identified by the screener
        (("wish_to_be_dead",), TriageLevel.LOW),  # 1 only
        (("suicidal_thoughts",), TriageLevel.LOW),  # 2 only
        (("wish_to_be_dead", "suicidal_thoughts"), TriageLevel.LOW),  # 1 and 2 only
        (("suicidal_thoughts", "thoughts_with_method"), TriageLevel.MODERATE),  # 3
        (("suicidal_behaviour_lifetime",), TriageLevel.MODERATE),  # 6, more than 3 months ago
        (("wish_to_be_dead", "suicidal_behaviour_lifetime"), TriageLevel.MODERATE),
        (("suicidal_thoughts", "intent_without_plan"), TriageLevel.HIGH),  # 4
        (("suicidal_thoughts", "intent_with_plan"), TriageLevel.HIGH),  # 5
        (("suicidal_behaviour_lifetime", "suicidal_behaviour_past_3_months"), TriageLevel.HIGH),  # 6 recent
        (("suicidal_thoughts", "thoughts_with_method", "intent_with_plan"), TriageLevel.HIGH),
    ],
)
def test_the_highest_positive_item_sets_the_level(yes: tuple[str, ...], level: TriageLevel) -> None:
    assert triage(screen(*yes)).level is level


def test_the_alert_lists_exactly_what_was_endorsed() -> None:
    result = triage(screen("wish_to_be_dead", "suicidal_behaviour_lifetime"))
    assert result.endorsed == ("1 wish to be dead (past month)", "6 suicidal behaviour, ever")
    assert result.unresolved == ()


@pytest.mark.parametrize("level", [TriageLevel.LOW, TriageLevel.MODERATE, TriageLevel.HIGH])
def test_every_positive_level_has_its_actions_and_none_says_risk_is_low(level: TriageLevel) -> None:
    words = " ".join(ACTIONS[level]).lower()
    assert ACTIONS[level]
    assert "low risk" not in words and "no risk" not in words


def test_the_actions_follow_the_published_triage() -> None:
    assert "crisis resources" in " ".join(ACTIONS[TriageLevel.LOW])
    assert "Continue only if the person agrees." in ACTIONS[TriageLevel.LOW]
    moderate = " ".join(ACTIONS[TriageLevel.MODERATE])
    assert (
        "Pause the interview" in moderate and "same-day contact" in moderate and "end the session" in moderate
    )
    high = " ".join(ACTIONS[TriageLevel.HIGH])
    assert "Stop the interview" in high and "emergency" in high and "not to stay alone" in high
    assert "remove the means" in high and "immediate referral" in high
    assert triage(screen()).actions == ()


@pytest.mark.parametrize("unknown", [DONT_KNOW, DECLINED])
def test_an_item_without_yes_or_no_cannot_be_ruled_out(unknown: Missing) -> None:
    result = triage(screen("suicidal_thoughts", intent_with_plan=unknown))
    assert result.level is TriageLevel.HIGH
    assert result.endorsed == ("2 thoughts of killing oneself (past month)",)
    assert result.unresolved == ("5 a plan, with intent to carry it out (past month)",)


def test_items_3_to_5_are_not_asked_after_a_no_to_item_2_and_count_as_no() -> None:
    assert triage(screen("wish_to_be_dead")).unresolved == ()


def test_every_combination_agrees_with_the_staging_report() -> None:
    """The staging report derives the same level from the same answers (one published rule, two readers)."""
    for answers in itertools.product([Y, N], repeat=len(NAMES)):
        current = SafetyScreen(**dict(zip(NAMES, answers, strict=True)))
        staged = assess_safety(current)
        assert staged.derived_level_min == staged.derived_level_max == triage(current).level.value
