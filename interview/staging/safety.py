"""The C-SSRS screener triage derived from the answers, beside the level the interview recorded."""

from __future__ import annotations

from interview.record.missing import Missing
from interview.record.safety import SafetyScreen
from interview.staging.counting import criterion
from interview.staging.results import SafetyResult
from interview.staging.tristate import Tri, status, yes

LEVELS = ("none", "low", "moderate", "high")
SOURCE = "C-SSRS screener triage [W37], [W38], [W40] (clinical-rules §14)"
_ITEMS = (
    ("wish_to_be_dead", "1 wish to be dead (past month)"),
    ("suicidal_thoughts", "2 suicidal thoughts (past month)"),
    ("thoughts_with_method", "3 thoughts with a method (past month)"),
    ("intent_without_plan", "4 intent without a plan (past month)"),
    ("intent_with_plan", "5 intent with a plan (past month)"),
    ("suicidal_behaviour_lifetime", "6 suicidal behaviour (lifetime)"),
    ("suicidal_behaviour_past_3_months", "6 suicidal behaviour in the past 3 months"),
)


def _answers(screen: SafetyScreen) -> dict[str, Tri]:
    answers = {name: yes(getattr(screen, name)) for name, _ in _ITEMS}
    if answers["suicidal_thoughts"] is False:  # items 3-5 are skipped when item 2 is no
        for name in ("thoughts_with_method", "intent_without_plan", "intent_with_plan"):
            answers[name] = answers[name] or False
    if answers["suicidal_behaviour_lifetime"] is False:
        answers["suicidal_behaviour_past_3_months"] = False
    return answers


def level(a: dict[str, bool]) -> int:
    """High: 4 or 5, or 6 within 3 months; moderate: 3, or 6 earlier; low: 1 or 2 only."""
    if a["intent_without_plan"] or a["intent_with_plan"] or a["suicidal_behaviour_past_3_months"]:
        return 3
    if a["thoughts_with_method"] or a["suicidal_behaviour_lifetime"]:
        return 2
    return 1 if a["wish_to_be_dead"] or a["suicidal_thoughts"] else 0


def assess_safety(screen: SafetyScreen) -> SafetyResult:
    """Derive the triage range (unknown answers read both ways) and list what was endorsed."""
    answers = _answers(screen)
    low = level({k: v is True for k, v in answers.items()})
    high = level({k: v is not False for k, v in answers.items()})
    endorsed = [label for name, label in _ITEMS if answers[name] is True]
    unknown = [f"safety.{name}" for name, _ in _ITEMS if answers[name] is None]
    recorded = screen.triage_level
    criteria = [
        criterion(label, status(answers[name]), _word(getattr(screen, name)), SOURCE)
        for name, label in _ITEMS
    ]
    return SafetyResult(
        derived_level_min=LEVELS[low],
        derived_level_max=LEVELS[high],
        recorded_level="not recorded" if isinstance(recorded, Missing) else recorded.value,
        endorsed=endorsed,
        criteria=criteria,
        narrowing_inputs=unknown if low != high else [],
    )


def _word(value: object) -> str:
    if isinstance(value, Missing):
        return f"unknown ({value.missing.value})"
    return str(value)
