"""The C-SSRS screener triage of clinical-rules §14: the level, what was endorsed, and what to do."""

from __future__ import annotations

from dataclasses import dataclass

from interview.record.missing import Missing
from interview.record.safety import SafetyScreen, TriageLevel
from interview.record.values import YesNo

ITEMS: tuple[tuple[str, str], ...] = (
    ("wish_to_be_dead", "1 wish to be dead (past month)"),
    ("suicidal_thoughts", "2 thoughts of killing oneself (past month)"),
    ("thoughts_with_method", "3 thoughts of a method (past month)"),
    ("intent_without_plan", "4 some intention of acting on them (past month)"),
    ("intent_with_plan", "5 a plan, with intent to carry it out (past month)"),
    ("suicidal_behaviour_lifetime", "6 suicidal behaviour, ever"),
    ("suicidal_behaviour_past_3_months", "6 suicidal behaviour within the past 3 months"),
)
"""The screener items as SafetyScreen fields, with the words the alert uses for them."""

_AFTER_ITEM_2 = ("thoughts_with_method", "intent_without_plan", "intent_with_plan")

ACTIONS: dict[TriageLevel, tuple[str, ...]] = {
    TriageLevel.LOW: (
        "Show the person the crisis resources below.",
        "Advise them to tell their own clinician what they have said.",
        "Continue only if the person agrees.",
    ),
    TriageLevel.MODERATE: (
        "Pause the interview: it goes on only after the interviewer acknowledges this alert.",
        "Show the crisis resources below prominently.",
        "Strongly urge same-day contact with their clinician or a crisis line.",
        "Offer to end the session.",
    ),
    TriageLevel.HIGH: (
        "Stop the interview: it goes on only after the interviewer acknowledges this alert, "
        "and the staging questions should not be resumed in this session.",
        "Show the emergency instructions: the local emergency number (below).",
        "Advise the person not to stay alone, and to remove the means of harming themselves.",
        "This level calls for immediate referral to mental health services and patient safety "
        "precautions (C-SSRS triage guidelines).",
    ),
}
"""The required actions per level (clinical-rules §14, read for a clinician-led interview)."""

SCREENING_NOTE = (
    "The C-SSRS screener is a screening tool, not a diagnosis; risk stratification also needs "
    "clinical judgement."
)


@dataclass(frozen=True)
class Triage:
    """The level reached, the items endorsed and those left unanswered, and the actions required."""

    level: TriageLevel
    endorsed: tuple[str, ...]
    unresolved: tuple[str, ...]
    """Items without a yes or no (don't know, declined): the screen cannot rule them out."""
    actions: tuple[str, ...]


def triage(screen: SafetyScreen) -> Triage:
    """The triage level per clinical-rules §14.

    Highest positive item: 1 or 2 only is low; 3, or 6 more than 3 months ago, is moderate; 4 or 5,
    or 6 within 3 months, is high. 🛠 An item left without a yes or no (don't know, declined) is
    counted as if endorsed, because the screen cannot rule it out; it is listed as unresolved.
    """
    answers = screener_answers(screen)
    level = level_of({name for name, answer in answers.items() if answer is not False})
    endorsed = tuple(label for name, label in ITEMS if answers[name] is True)
    unresolved = tuple(label for name, label in ITEMS if answers[name] is None)
    return Triage(level, endorsed, unresolved, ACTIONS.get(level, ()))


def screener_answers(screen: SafetyScreen) -> dict[str, bool | None]:
    """True, False, or None (no usable answer) per item, with the screener's skip logic applied."""
    answers = {name: _yes(getattr(screen, name)) for name, _ in ITEMS}
    if answers["suicidal_thoughts"] is False:  # "if 2 is no, skip to 6": items 3-5 count as no
        for name in _AFTER_ITEM_2:
            answers[name] = answers[name] or False
    if answers["suicidal_behaviour_lifetime"] is False:
        answers["suicidal_behaviour_past_3_months"] = False
    return answers


def _yes(value: YesNo | Missing) -> bool | None:
    if isinstance(value, Missing):
        return None
    return value is YesNo.YES


def level_of(positive: set[str]) -> TriageLevel:
    """The level reached when exactly the named items are positive: the rule itself, one place."""
    if positive & {"intent_without_plan", "intent_with_plan", "suicidal_behaviour_past_3_months"}:
        return TriageLevel.HIGH
    if positive & {"thoughts_with_method", "suicidal_behaviour_lifetime"}:
        return TriageLevel.MODERATE
    if positive & {"wish_to_be_dead", "suicidal_thoughts"}:
        return TriageLevel.LOW
    return TriageLevel.NONE
