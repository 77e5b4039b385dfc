"""C-SSRS screener triage exactly as clinical-rules §14 tabulates it, and the actions each level requires."""

from __future__ import annotations

import itertools

import pytest

from interview.record.missing import DECLINED, DONT_KNOW, NOT_APPLICABLE, Missing
from interview.record.safety import SafetyScreen, TriageLevel
from interview.record.values import YesNo
from interview.safety.triage import ACTIONS, ITEMS, Triage, level_to_act_on, screened, triage
from interview.safety.wording import alert_text, banner_text, level_words
from interview.staging.safety import assess_safety, reached_level
from interview.staging.safety import level_words as staged_words

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


def test_reported_is_what_was_endorsed_acted_on_is_what_unanswered_items_could_reach() -> None:
    unanswered = {"intent_without_plan": DONT_KNOW, "intent_with_plan": DECLINED}
    result = triage(screen("wish_to_be_dead", "suicidal_thoughts", **unanswered))
    assert result.reported is TriageLevel.LOW  # "it reports what was endorsed" (§14)
    assert result.level is TriageLevel.HIGH  # the safety check takes priority
    assert result.actions == ACTIONS[TriageLevel.HIGH]
    assert not result.settled
    assert result.summary == "endorsed: low (items 1, 2); could be high: items 4, 5 unanswered"


def test_every_place_that_shows_the_level_shows_both_and_names_the_unanswered_items() -> None:
    current = screen("wish_to_be_dead", suicidal_behaviour_lifetime=DONT_KNOW)
    result = triage(current)
    both = "endorsed: low (item 1); could be high: item 6 unanswered"
    assert result.summary == both
    text = alert_text(result, ["Emergency: 999"], "a test")
    assert text.splitlines()[0] == f"SAFETY ALERT: acting on C-SSRS screener level HIGH ({both})"
    assert "Required actions (high):" in text
    assert both in banner_text(result, None)
    assert level_words(result) == f"acting on high; {both}"
    assert staged_words(assess_safety(current)) == both


def test_the_words_never_say_low_without_what_could_make_it_higher() -> None:
    for unknown in itertools.product([Y, N, DONT_KNOW], repeat=len(NAMES)):
        result = triage(SafetyScreen(**dict(zip(NAMES, unknown, strict=True))))
        if result.unresolved and result.level is not result.reported:
            assert "could be " + result.possible.value in result.summary
            assert "unanswered" in result.summary


def test_with_nothing_unanswered_the_level_is_shown_alone() -> None:
    result = triage(screen("suicidal_thoughts", "thoughts_with_method"))
    assert result.settled and result.summary == "moderate (items 2, 3)"
    assert heading_line(result) == "SAFETY ALERT: C-SSRS screener level MODERATE"


def heading_line(result: Triage) -> str:
    return alert_text(result, [], "a test").splitlines()[0]


def test_a_screen_never_done_calls_for_no_action_but_one_unanswered_item_does() -> None:
    never = SafetyScreen()
    assert not screened(never)
    assert level_to_act_on(never) is TriageLevel.NONE and reached_level(never) is TriageLevel.NONE
    assert triage(never).possible is TriageLevel.HIGH  # the staging range still says what is unknown
    one_unknown = SafetyScreen(wish_to_be_dead=DONT_KNOW)
    assert screened(one_unknown)
    assert level_to_act_on(one_unknown) is TriageLevel.HIGH


def test_a_recorded_level_is_never_lowered_by_the_answers() -> None:
    result = triage(screen("wish_to_be_dead", triage_level=TriageLevel.MODERATE))
    assert result.level is TriageLevel.MODERATE and result.reported is TriageLevel.LOW
    assert result.summary == "endorsed: low (item 1); recorded as moderate"


def test_items_3_to_5_are_not_asked_after_a_no_to_item_2_and_count_as_no() -> None:
    assert triage(screen("wish_to_be_dead")).unresolved == ()


def test_every_combination_agrees_with_the_staging_report() -> None:
    """The staging report derives the same levels from the same answers (one policy, every reader)."""
    for answers in itertools.product([Y, N, DONT_KNOW], repeat=len(NAMES)):
        current = SafetyScreen(**dict(zip(NAMES, answers, strict=True)))
        staged, result = assess_safety(current), triage(current)
        assert staged.derived_level_min == result.reported.value
        assert staged.derived_level_max == result.level.value == reached_level(current).value


def test_a_screen_whose_items_were_all_not_applicable_was_never_done() -> None:
    # A session that ended or paused before the screener (consent refused): nothing was asked.
    not_asked = SafetyScreen(**dict.fromkeys(NAMES, NOT_APPLICABLE))
    assert not screened(not_asked)
    assert level_to_act_on(not_asked) is TriageLevel.NONE
