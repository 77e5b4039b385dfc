"""Everyday ways of saying a frequency or an amount, for the option labels that mean them.

"took it every day" means the adherence option "Nearly every day"; "most days" means the PHQ-9's
"More than half the days". A phrasing counts only when its label is among the options shown, and
only when it fits exactly one of them, so an answer is never stretched to an option it does not say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview.engine.understanding.text import normalize

PHRASINGS: dict[str, tuple[str, ...]] = {
    "nearly every day": (
        "every day", "everyday", "daily", "each day", "every single day", "all the time", "always",
        "almost every day", "almost always", "nearly always", "never missed", "never missed a dose",
        "never missed one", "hardly ever missed", "rarely missed", "religiously", "regularly",
        "every day without fail", "yes every day", "just about every day",
    ),
    "missed some doses": (
        "missed some", "missed a few", "missed a few doses", "missed the odd dose", "missed the odd one",
        "missed one or two", "missed a couple", "missed a couple of doses", "sometimes missed",
        "sometimes forgot", "forgot sometimes", "forgot some", "forgot a few", "occasionally missed",
        "occasionally forgot", "mostly", "most days", "mostly every day",
    ),
    "often missed or stopped and started": (
        "often missed", "often forgot", "missed a lot", "missed lots", "missed many", "missed loads",
        "on and off", "off and on", "stopped and started", "hardly ever", "rarely", "not regularly",
        "irregularly", "not very regularly", "now and then", "only sometimes", "when i remembered",
    ),
    "several days": (
        "some days", "a few days", "sometimes", "occasionally", "now and then", "a couple of days",
    ),
    "more than half the days": (
        "most days", "more often than not", "most of the time", "often", "a lot of the time",
    ),
    "not at all": ("never", "not once", "none of the time", "no days", "none", "no"),
    "most of it": (
        "most", "nearly all", "nearly all of it", "all of it", "all", "almost all", "pretty much all",
    ),
    "some of it": ("some", "half", "about half", "half of it", "part of it", "a bit of it", "bits of it"),
    "little or none": (
        "hardly any", "very little", "not much", "barely any", "nothing", "none", "none of it",
    ),
    "on its own": (
        "by itself", "on it's own", "alone", "just that", "just that one", "only that", "just it",
        "nothing else", "nothing added", "monotherapy", "by its own", "just on its own",
    ),
    "something added to boost it": (
        "something added", "added", "boosted", "augmented", "augmentation", "with something added",
        "something else added",
    ),
    "with another antidepressant": (
        "another antidepressant", "with another", "combination", "combined", "two antidepressants",
        "with a second antidepressant", "a second antidepressant",
    ),
    "this episode": (
        "this one", "this time", "the current one", "current", "currently", "now", "this",
        "the current episode", "in this episode", "this spell", "recently", "the present one",
    ),
    "an earlier episode": (
        "earlier", "an earlier one", "before", "previous", "a previous one", "previously",
        "previous episode", "a previous episode", "the one before", "last time", "an earlier time",
        "in an earlier episode", "a past episode", "in the past",
    ),
    "a lot": ("a great deal", "loads", "lots", "a lot changed", "very much", "a huge amount", "so much"),
    "some": ("a little", "a bit", "somewhat", "a few things", "some things", "a little bit", "slightly"),
    "nothing much": (
        "not much", "not really", "nothing", "very little", "hardly anything", "not a lot",
        "no change", "didn't help", "did not help", "didn't help much", "not a thing",
    ),
    "i got worse": ("worse", "got worse", "it made me worse", "made me worse", "made things worse"),
    "mild": ("a little", "a bit", "slight", "light", "not much", "not very", "low", "a few"),
    "moderate": (
        "quite a lot", "quite a bit", "medium", "middling", "a fair bit", "fairly heavy", "moderately",
    ),
    "severe": ("a lot", "a great deal", "heavy", "very heavy", "very", "extreme", "overwhelming", "huge"),
    "a little (mild)": ("a little", "a bit", "mild", "mildly", "slightly", "not much"),
    "quite a lot (moderate)": ("moderate", "moderately", "quite a bit", "quite a lot", "a fair bit"),
    "a great deal (severe)": ("a lot", "severe", "severely", "very much", "hugely", "completely", "totally"),
}  # fmt: skip
"""Normalized option label -> phrasings that mean it (normalized, whole answers)."""

_BY_LABEL = {normalize(label): phrases for label, phrases in PHRASINGS.items()}
"""Looked up by the label as normalize() leaves it ("a great deal (severe" loses its last bracket)."""

_LEAD_INS = (
    "i took it ", "took it ", "i took them ", "took them ", "i was taking it ", "i did it ",
    "i did ", "i'd say ", "i would say ", "it was ", "pretty much ", "yes ", "yeah ", "i ",
    "i kept ", "kept ", "honestly ", "to be honest ", "probably ", "well ", "um ", "erm ",
    "it's ", "its ", "it is ", "it's been ", "its been ", "it has been ",
)  # fmt: skip
_TAILS = (
    " pretty much", " really", " i think", " i guess", " i suppose", " i'd say", " i would say",
    " to be honest", " tbh", " honestly", " probably", " at the moment", " at the minute", " lately",
    " recently", " these days", " now", " right now",
)  # fmt: skip
"""Filler after the words that mean an option: "every day pretty much", "no change really"."""
_NIGHTS = (("nights", "days"), ("night", "day"), ("evenings", "days"), ("mornings", "days"))
"""Sleep is counted in nights: "most nights" is "most days"."""


def phrasings_of(label: str) -> tuple[str, ...]:
    """The everyday phrasings of one normalized option label (none for most labels)."""
    return _BY_LABEL.get(label, ())


def phrased_option(key: str, labels: Sequence[str]) -> int | None:
    """The one option (by position) whose label this everyday phrasing means, or None.

    Args:
        key: The normalized answer.
        labels: The option labels, normalized, in the order shown.
    """
    variants = {key}
    for lead in _LEAD_INS:
        variants |= {v[len(lead) :] for v in variants if v.startswith(lead)}
    for tail in _TAILS:
        cut = {v[: -len(tail)].rstrip(" ,") for v in variants if v.endswith(tail) and len(v) > len(tail)}
        variants |= cut
    for night, day in _NIGHTS:
        variants |= {re.sub(rf"\b{night}\b", day, v) for v in variants}
    hits = {
        index
        for index, label in enumerate(labels)
        for phrase in _BY_LABEL.get(label, ())
        if phrase in variants
    }
    return hits.pop() if len(hits) == 1 else None
