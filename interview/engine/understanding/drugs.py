"""Medicine names as people type them: brands, known misspellings, slips (asked back), classes, non-names.

"Zoloft" and "sertaline" (a known misspelling) are sertraline at once; "zolfot" is only close, so it is
confirmed ("Did you mean Zoloft (sertraline)?"); "an SSRI" is the class with the name unknown; words
that are not a medicine's name ("don't know", "the yellow ones") never become one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from interview.engine.understanding.drug_words import (
    CLASS_WORDS,
    NOT_NAME_WORDS,
    nothing_named,
    strip_filler,
)
from interview.engine.understanding.matching import (
    AMBIGUITY_MARGIN,
    FUZZY_THRESHOLD,
    Ambiguous,
    Match,
    match_name,
)
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import MAX_ANSWER_LENGTH, TOO_LONG_MESSAGE, normalize
from interview.record.catalogue import class_placeholder, load_catalogue, load_other_medicines, medicine_names
from interview.record.values import DrugClass

MIN_DRUG_PREFIX = 4
"""Shortest beginning of a name taken as that name: "sert" is sertraline, "ser" could be many."""

NOTHING = "none"
"""The value recorded for a list of medicines that names none ("none", "none of them really")."""

_MESSAGE = (
    "Please give the medicine's name, generic or brand (e.g. 'sertraline' or 'Zoloft'); "
    "if only the kind is known, say it (e.g. 'an SSRI')."
)
_SEVERAL = re.compile(
    r"\s*(?:,|;|\+|/|\band then later\b|\bthen later\b|\band then\b|\bthen\b|\blater\b|\band\b"
    r"|\bfollowed by\b|\bas well as\b|\bplus\b|\bwith\b)\s*"
)
_NAME_SHAPE = re.compile(r"[a-z][a-z0-9'\-. ]{1,40}")


@dataclass(frozen=True)
class _Named:
    """One medicine understood: the value recorded, its read-back, and how sure."""

    value: str
    display: str
    approximate: bool
    confirm: bool
    new: bool = False
    """A name neither catalogue knows, kept as typed."""

    def typed(self, text: str) -> _Named:
        """A new name with the capitals it was typed with ("Newdrugazine", not "newdrugazine")."""
        start = text.casefold().find(self.value)
        if not self.new or start < 0:
            return self
        name = text[start : start + len(self.value)]
        return _Named(name, f"{name} (not in the drug catalogue)", True, False, True)


@cache
def _spellings() -> tuple[str, ...]:
    """Every generic and brand name as spelt in the catalogues (the candidates a slip is matched to)."""
    names = [name for drug in load_catalogue().drugs for name in (drug.generic, *drug.brands)]
    names += [name for other in load_other_medicines() for name in (other.generic, *other.brands)]
    return tuple(dict.fromkeys(names))


@cache
def _spelt() -> dict[str, str]:
    return {name.casefold(): name for name in _spellings()}


def understand_drug_name(text: str, names: Sequence[str] | None = None) -> Understanding:
    """One medicine's name.

    Args:
        text: What the person typed (the name alone, without a dose).
        names: Candidate names; default every name of both catalogues.

    Returns:
        Understood with the name as the catalogue spells it (a generic name for an alias or a
        known misspelling, read back); `confirm` set for a slip matched only by similarity; a
        class placeholder ("SSRI (name not known)") for a class; else a re-prompt.
    """
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _MESSAGE)
    found = _one(normalize(text), names)
    if isinstance(found, NotUnderstood):
        return found
    found = found.typed(text)
    confirm = f"Did you mean {found.display}?" if found.confirm else None
    return Understood(found.value, found.display, approximate=found.approximate, confirm=confirm)


def understand_drug_answer(
    text: str, names: Sequence[str] | None = None, several: bool = False
) -> Understanding:
    """A free-text answer naming a medicine (with `several`, any number: "lithium, then later aripiprazole").

    A name neither catalogue knows is kept as typed, and the read-back says so; "none" (with
    `several`) is an empty list, recorded as "none".
    """
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _MESSAGE)
    key = normalize(text)
    if several and nothing_named(key):
        return Understood(NOTHING, "None", approximate=key != NOTHING)
    if not several:
        return understand_drug_name(text, names)
    pieces = [p for p in (strip_filler(p) for p in _SEVERAL.split(key)) if p and p not in NOT_NAME_WORDS]
    named: list[_Named] = []
    for piece in pieces:
        found = _one(piece, names)
        if isinstance(found, NotUnderstood):
            return found
        named.append(found.typed(text))
    if not named:
        return NotUnderstood(_MESSAGE)
    shown = ", ".join(n.display for n in named)
    confirm = f"Did you mean {shown}?" if any(n.confirm for n in named) else None
    approximate = len(pieces) > 1 or any(n.approximate for n in named) or key != normalize(shown)
    return Understood(", ".join(n.value for n in named), shown, approximate=approximate, confirm=confirm)


def _one(key: str, names: Sequence[str] | None) -> _Named | NotUnderstood:
    """One medicine from normalized text: exact name, class, non-name, slip, or a new name kept."""
    plain = strip_filler(key)
    if not plain:
        return NotUnderstood(_MESSAGE)
    exact = _exact(plain)
    if exact is not None:
        return _Named(exact[0], exact[1], approximate=exact[2] or plain != key, confirm=False)
    drug_class = _class(plain)
    if drug_class is not None:
        placeholder = class_placeholder(drug_class)
        return _Named(placeholder, placeholder, approximate=True, confirm=False)
    words = plain.split()
    if any(word in NOT_NAME_WORDS for word in words) or not _NAME_SHAPE.fullmatch(plain):
        return NotUnderstood(f"'{key}' is not a medicine's name I can record. {_MESSAGE}")
    candidates = list(names) if names is not None else list(_spellings())
    found = (
        match_name(plain, [[name] for name in candidates], min_prefix=MIN_DRUG_PREFIX)
        if names is not None
        else _close_medicine(plain)
    )
    if isinstance(found, Ambiguous):
        listed = ", ".join(candidates[i] for i in found.indices)
        return NotUnderstood(f"Did you mean one of: {listed}? Please type the full name.")
    if isinstance(found, Match):
        name = candidates[found.index]
        return _Named(name, _shown(name), approximate=True, confirm=True)
    if len(words) > 3 or len(plain) < MIN_DRUG_PREFIX:  # too long or too short to be a name
        return NotUnderstood(f"'{plain}' is not a medicine's name I can record. {_MESSAGE}")
    return _Named(plain, f"{plain} (not in the drug catalogue)", approximate=True, confirm=False, new=True)


@cache
def _keys() -> tuple[str, ...]:
    return tuple(name.casefold() for name in _spellings())


def _close_medicine(key: str) -> Match | Ambiguous | None:
    """The catalogue name a slip or a beginning is closest to (names normalized once, not per answer)."""
    keys = _keys()
    if len(key) >= MIN_DRUG_PREFIX:
        starts = {_generic_of(i) for i, name in enumerate(keys) if name.startswith(key)}
        if len(starts) == 1:
            return Match(next(i for i, name in enumerate(keys) if name.startswith(key)), approximate=True)
    best: dict[str, tuple[float, int]] = {}
    for _, score, index in process.extract(
        key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=None
    ):
        generic = _generic_of(index)
        if score > best.get(generic, (0.0, 0))[0]:
            best[generic] = (score, index)
    if not best:
        return None
    top = max(score for score, _ in best.values())
    close = sorted(index for score, index in best.values() if top - score < AMBIGUITY_MARGIN)
    return Match(close[0], approximate=True) if len(close) == 1 else Ambiguous(tuple(close))


def _generic_of(index: int) -> str:
    return medicine_names().get(_keys()[index], _keys()[index])


def _exact(key: str) -> tuple[str, str, bool] | None:
    """(value, read-back, approximate) for a name both catalogues know exactly; None otherwise."""
    spelt = _spelt().get(key)
    if spelt is not None:
        return spelt, _shown(spelt), False
    generic = medicine_names().get(key)
    if generic is not None:  # an alias or a known misspelling: the generic name, read back
        return generic, generic, True
    return None


def _shown(name: str) -> str:
    """A brand read back with its generic name: "Zoloft (sertraline)"."""
    generic = medicine_names().get(name.casefold(), name)
    return name if generic.casefold() == name.casefold() else f"{name} ({generic})"


def _class(key: str) -> DrugClass | None:
    """The drug class named by words such as "an SSRI" or "some tricyclic, can't remember which"."""
    words = key.replace(",", " ").split()
    classes = {CLASS_WORDS[w] for w in words if w in CLASS_WORDS}
    rest = [w for w in words if w not in CLASS_WORDS and w not in NOT_NAME_WORDS]
    return classes.pop() if len(classes) == 1 and not rest else None
