"""The C-SSRS screener triage derived from the answers, beside the level the interview recorded."""

from __future__ import annotations

from interview.record.missing import Missing
from interview.record.safety import SafetyScreen, TriageLevel
from interview.safety.triage import SCREENER, level_range, level_summary, level_to_act_on, screener_answers
from interview.staging.counting import criterion
from interview.staging.results import SafetyResult, Status
from interview.staging.tristate import status

LEVELS = tuple(level.value for level in TriageLevel)
SOURCE = "C-SSRS screener triage [W37], [W38], [W40] (clinical-rules §14)"
_ITEMS = tuple((item.name, item.report) for item in SCREENER)
"""The report's words for the screener items (the live alert words them differently: SCREENER)."""
_NAME_OF_LABEL = {label: name for name, label in _ITEMS}


def assess_safety(screen: SafetyScreen) -> SafetyResult:
    """The triage range by the one policy (interview.safety.triage): from the level endorsed to the
    level the unanswered items could reach; and what was endorsed."""
    answers = screener_answers(screen)
    low, high = level_range(answers)
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


def reached_level(screen: SafetyScreen) -> TriageLevel:
    """The level to act on (interview.safety.triage): the highest the unanswered items could reach,
    or the recorded level if higher; none when the screen was never done."""
    return level_to_act_on(screen)


def level_words(result: SafetyResult) -> str:
    """The derived level as the one policy shows it: the level alone when no unanswered item could
    change it, else both ("endorsed: low (item 1); could be high: items 2, 3 unanswered")."""
    if result.derived_level_min == result.derived_level_max:
        return result.derived_level_min
    endorsed = [_NAME_OF_LABEL[c.label] for c in result.criteria if c.status is Status.MET]
    unanswered = [_NAME_OF_LABEL[c.label] for c in result.criteria if c.status is Status.UNKNOWN]
    return level_summary(TriageLevel(result.derived_level_max), endorsed, unanswered)


def _word(value: object) -> str:
    if isinstance(value, Missing):
        return f"unknown ({value.missing.value})"
    return str(value)
