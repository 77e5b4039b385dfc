"""The C-SSRS screener triage derived from the answers, beside the level the interview recorded."""

from __future__ import annotations

from interview.record.missing import Missing
from interview.record.safety import SafetyScreen, TriageLevel
from interview.safety.triage import ITEMS, level_of, screener_answers
from interview.staging.counting import criterion
from interview.staging.results import SafetyResult
from interview.staging.tristate import status

LEVELS = tuple(level.value for level in TriageLevel)
SOURCE = "C-SSRS screener triage [W37], [W38], [W40] (clinical-rules §14)"
_LABELS = {
    "wish_to_be_dead": "1 wish to be dead (past month)",
    "suicidal_thoughts": "2 suicidal thoughts (past month)",
    "thoughts_with_method": "3 thoughts with a method (past month)",
    "intent_without_plan": "4 intent without a plan (past month)",
    "intent_with_plan": "5 intent with a plan (past month)",
    "suicidal_behaviour_lifetime": "6 suicidal behaviour (lifetime)",
    "suicidal_behaviour_past_3_months": "6 suicidal behaviour in the past 3 months",
}
"""The report's words for the screener items (the live alert words them in interview.safety.triage)."""
_ITEMS = tuple((name, _LABELS[name]) for name, _ in ITEMS)


def assess_safety(screen: SafetyScreen) -> SafetyResult:
    """Derive the triage range (unknown answers read both ways) and list what was endorsed."""
    answers = screener_answers(screen)
    low = level_of({name for name, answer in answers.items() if answer is True})
    high = level_of({name for name, answer in answers.items() if answer is not False})
    endorsed = [label for name, label in _ITEMS if answers[name] is True]
    unknown = [f"safety.{name}" for name, _ in _ITEMS if answers[name] is None]
    recorded = screen.triage_level
    criteria = [
        criterion(label, status(answers[name]), _word(getattr(screen, name)), SOURCE)
        for name, label in _ITEMS
    ]
    return SafetyResult(
        derived_level_min=low.value,
        derived_level_max=high.value,
        recorded_level="not recorded" if isinstance(recorded, Missing) else recorded.value,
        endorsed=endorsed,
        criteria=criteria,
        narrowing_inputs=unknown if low is not high else [],
    )


def reached_level(screen: SafetyScreen, result: SafetyResult) -> TriageLevel:
    """The level to act on: the one the interview recorded or the lowest the answers give, if higher."""
    derived = TriageLevel(result.derived_level_min)
    recorded = screen.triage_level
    if isinstance(recorded, Missing):
        return derived
    return max(derived, recorded, key=LEVELS.index)


def _word(value: object) -> str:
    if isinstance(value, Missing):
        return f"unknown ({value.missing.value})"
    return str(value)
