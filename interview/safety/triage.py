"""The C-SSRS screener triage of clinical-rules §14 and the one policy for unanswered items.

The live engine, the staging safety check and the reports all take their levels from here."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from interview.record.missing import Missing, MissingReason
from interview.record.safety import SafetyScreen, TriageLevel
from interview.record.values import YesNo


@dataclass(frozen=True)
class ScreenerItem:
    """One C-SSRS screener item: its SafetyScreen field, its number, and how each reader words it."""

    name: str
    """The SafetyScreen field."""
    ref: str
    """The screener's own number, as the level summary names the item ("items 4, 5")."""
    alert: str
    """The words the live alert uses (and the safety events store)."""
    report: str
    """The words the staging report uses (its criteria and endorsed list)."""
    patient: str
    """The words the read-back summary says to the person ("you told me about ...")."""


SCREENER: tuple[ScreenerItem, ...] = (
    ScreenerItem(
        "wish_to_be_dead",
        "1",
        "1 wish to be dead (past month)",
        "1 wish to be dead (past month)",
        "wishing you were dead or could go to sleep and not wake up (past month)",
    ),
    ScreenerItem(
        "suicidal_thoughts",
        "2",
        "2 thoughts of killing oneself (past month)",
        "2 suicidal thoughts (past month)",
        "thoughts of killing yourself (past month)",
    ),
    ScreenerItem(
        "thoughts_with_method",
        "3",
        "3 thoughts of a method (past month)",
        "3 thoughts with a method (past month)",
        "thinking about how you might do it",
    ),
    ScreenerItem(
        "intent_without_plan",
        "4",
        "4 some intention of acting on them (past month)",
        "4 intent without a plan (past month)",
        "some intention of acting on those thoughts",
    ),
    ScreenerItem(
        "intent_with_plan",
        "5",
        "5 a plan, with intent to carry it out (past month)",
        "5 intent with a plan (past month)",
        "working out a plan",
    ),
    ScreenerItem(
        "suicidal_behaviour_lifetime",
        "6",
        "6 suicidal behaviour, ever",
        "6 suicidal behaviour (lifetime)",
        "having done or prepared something to end your life",
    ),
    ScreenerItem(
        "suicidal_behaviour_past_3_months",
        "6 (past 3 months)",
        "6 suicidal behaviour within the past 3 months",
        "6 suicidal behaviour in the past 3 months",
        "that being within the past three months",
    ),
)
"""The screener items in order: the one table the triage, the staging report and the read-back use."""

ITEMS: tuple[tuple[str, str], ...] = tuple((item.name, item.alert) for item in SCREENER)
"""The screener items as SafetyScreen fields, with the words the alert uses for them."""

_NAME_OF_LABEL = {item.alert: item.name for item in SCREENER}
_RANK = {level: rank for rank, level in enumerate(TriageLevel)}

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
    """One screen under the one triage policy: the level acted on, and what was and was not answered.

    The policy (clinical-rules §14; 🛠 how unanswered items count is ours): the level REPORTED is
    what was endorsed; the level ACTED ON (halt, acknowledgement, guidance, required actions) is the
    highest level the unanswered items could reach, because the safety check takes priority. Wherever
    a level is shown while items are unanswered, both are shown and the items named (`summary`).
    """

    level: TriageLevel
    """The level acted on: the highest the unanswered items could reach (or a higher recorded one)."""
    endorsed: tuple[str, ...]
    """The items answered yes, as ITEMS labels them (stored so in the safety events)."""
    unresolved: tuple[str, ...]
    """Items without a yes or no (don't know, declined, skipped): the screen cannot rule them out."""
    actions: tuple[str, ...]
    """The required actions of the level acted on."""

    @property
    def reported(self) -> TriageLevel:
        """The level reported: what was endorsed ("it reports what was endorsed", §14)."""
        return level_of(_names(self.endorsed))

    @property
    def possible(self) -> TriageLevel:
        """The highest level the endorsed and the unanswered items together could reach."""
        return level_of(_names(self.endorsed) | _names(self.unresolved))

    @property
    def settled(self) -> bool:
        """Whether the level acted on is the level endorsed: no unanswered item could raise it."""
        return self.level is self.reported

    @property
    def summary(self) -> str:
        """Both levels with the items behind them: "endorsed: low (item 1); could be high: items 4, 5
        unanswered". When nothing is unanswered, the level and the items endorsed: "moderate (item 3)"."""
        return level_summary(self.level, _names(self.endorsed), _names(self.unresolved))


def triage(screen: SafetyScreen) -> Triage:
    """The triage of a screen per clinical-rules §14 and the policy of `Triage`.

    Highest positive item: 1 or 2 only is low; 3, or 6 more than 3 months ago, is moderate; 4 or 5,
    or 6 within 3 months, is high. An item without a yes or no is not endorsed, but the level acted
    on is the one it could reach. A level recorded on the screen (by the interview, or a clinician's
    record file) is never lowered by the answers.
    """
    answers = screener_answers(screen)
    _, level = level_range(answers)
    recorded = screen.triage_level
    if not isinstance(recorded, Missing) and _RANK[recorded] > _RANK[level]:
        level = recorded
    endorsed = tuple(label for name, label in ITEMS if answers[name] is True)
    unresolved = tuple(label for name, label in ITEMS if answers[name] is None)
    return Triage(level, endorsed, unresolved, ACTIONS.get(level, ()))


_NOT_ASKED = frozenset({MissingReason.SKIPPED, MissingReason.NOT_APPLICABLE})
"""Reasons that mean the item was never put to the person: the record's default 'skipped', and 'not
applicable' (a session paused before the screener, or one without consent to go on)."""


def screened(screen: SafetyScreen) -> bool:
    """Whether a record's screen was done at all: a level was recorded, or some item was put to the
    person (a yes, a no, don't know or declined). A record whose screener was never asked (a
    published case report, a session paused before it) raises no alert; its reports say the screen
    is missing instead."""
    if not isinstance(screen.triage_level, Missing):
        return True
    values = [getattr(screen, name) for name, _ in ITEMS]
    return any(not isinstance(v, Missing) or v.missing not in _NOT_ASKED for v in values)


def record_triage(screen: SafetyScreen) -> Triage | None:
    """The triage of a record's screen; None when the screen was never done (`screened`)."""
    return triage(screen) if screened(screen) else None


def level_to_act_on(screen: SafetyScreen) -> TriageLevel:
    """The level a record's screen calls for: its triage level if it was screened, else none."""
    result = record_triage(screen)
    return TriageLevel.NONE if result is None else result.level


def level_summary(level: TriageLevel, endorsed: Collection[str], unresolved: Collection[str]) -> str:
    """The words of `Triage.summary`, from item names (SafetyScreen fields)."""
    reported = level_of(set(endorsed))
    said = f"{reported.value} ({_refs(endorsed)})" if endorsed else "no item answered yes"
    if not unresolved and level is reported:
        return said
    text = f"endorsed: {said}"
    possible = level_of(set(endorsed) | set(unresolved))
    if unresolved:
        text += f"; could be {possible.value}: {_refs(unresolved)} unanswered"
    if _RANK[level] > _RANK[possible]:
        text += f"; recorded as {level.value}"
    return text


def level_range(answers: Mapping[str, bool | None]) -> tuple[TriageLevel, TriageLevel]:
    """The level reported (what was answered yes) and the highest level the unanswered items could
    reach with it, from `screener_answers`."""
    endorsed = {name for name, answer in answers.items() if answer is True}
    unanswered = {name for name, answer in answers.items() if answer is None}
    return level_of(endorsed), level_of(endorsed | unanswered)


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


def level_of(positive: Collection[str]) -> TriageLevel:
    """The level reached when exactly the named items are positive: the rule itself, one place."""
    named = set(positive)
    if named & {"intent_without_plan", "intent_with_plan", "suicidal_behaviour_past_3_months"}:
        return TriageLevel.HIGH
    if named & {"thoughts_with_method", "suicidal_behaviour_lifetime"}:
        return TriageLevel.MODERATE
    if named & {"wish_to_be_dead", "suicidal_thoughts"}:
        return TriageLevel.LOW
    return TriageLevel.NONE


def _names(labels: Iterable[str]) -> set[str]:
    """The item names of ITEMS labels (the events store the labels)."""
    return {_NAME_OF_LABEL[label] for label in labels if label in _NAME_OF_LABEL}


def _refs(names: Collection[str]) -> str:
    """ "item 1", "items 4, 5": the screener's item numbers, in order."""
    refs = [item.ref for item in SCREENER if item.name in names]
    if "6" in refs and "6 (past 3 months)" in refs:  # item 6 as a whole covers its follow-up
        refs.remove("6 (past 3 months)")
    return ("item " if len(refs) == 1 else "items ") + ", ".join(refs)
