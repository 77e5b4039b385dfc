"""Choosing from listed options: by number, value, label, unambiguous prefix or a close typo."""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview.engine.understanding.matching import Ambiguous, Match, match_exact, match_name
from interview.engine.understanding.numbers import read_number, words_to_digits
from interview.engine.understanding.phrasings import phrased_option
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import MAX_ANSWER_LENGTH, TOO_LONG_MESSAGE, normalize

Options = Sequence[tuple[str, str]]
"""Options as (value, label) pairs, shown to the person numbered from 1."""

_ALL = frozenset({"all", "all of them", "all of the above", "all the above", "everything"})
_NONE = frozenset({"none", "none of them", "none of the above", "none of these", "nothing", "no", "neither"})
_NUMBER_PREFIX = re.compile(r"^(?:option|number|no\.?|#)\s*")
_LIST_SEPARATOR = re.compile(r"\s*(?:,|;|&|\+|/|\band\b)\s*")
_SPACED_NUMBERS = re.compile(r"\d+(?:\s+\d+)*")
_WHOLE = "\x00"
"""Marks a label taken whole; normalize() removes control characters, so no typed text has one."""


def names_option(text: str, options: Options) -> bool:
    """Whether the whole text is one option's label or value ("Unsure" where the script offers it)."""
    key = normalize(text)
    return any(key in (normalize(value), normalize(label)) for value, label in options)


def understand_choice(text: str, options: Options) -> Understanding:
    """Understand one choice among numbered options.

    Digits are the number shown (1-based), even when a value is itself a number; otherwise an
    exact value or label, an everyday phrasing of a label ("every day" for "Nearly every day",
    see phrasings.py), a number in words, an unambiguous prefix (two letters or more), or a
    fuzzy match clearly better than any other.

    Args:
        text: What the person typed.
        options: The (value, label) pairs, in the order shown.

    Returns:
        Understood with the option value and a display such as "2. Several days"; otherwise a
        re-prompt listing the options, or the candidates when the answer fits several.
    """
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _listing(options))
    found = _choose(normalize(text), options)
    if isinstance(found, NotUnderstood):
        return found
    value, label = options[found.index]
    return Understood(value, f"{found.index + 1}. {label}", approximate=found.approximate)


def understand_choices(text: str, options: Options, allow_none_option: bool = True) -> Understanding:
    """Understand several choices: "1, 3 and 5", "1 3 5", "anxiety and insomnia", "all", "none".

    Args:
        text: What the person typed.
        options: The (value, label) pairs, in the order shown.
        allow_none_option: Whether "none" (an empty list) is an acceptable answer.

    Returns:
        Understood with the chosen values as a list in the order typed, without duplicates
        ("all" gives option order);
        otherwise a re-prompt naming the part that was not understood.
    """
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _listing(options, several=True))
    key = normalize(text)
    whole = match_exact(key, options)
    if isinstance(whole, Match):
        return _several(options, [whole.index], approximate=False)
    if key in _ALL:
        return _several(options, list(range(len(options))), approximate=False)
    if key in _NONE:
        if allow_none_option:
            return Understood([], "None", approximate=False)
        return NotUnderstood("Please choose at least one. " + _listing(options, several=True))
    return _pieces(key, options)


def _pieces(key: str, options: Options) -> Understanding:
    """Choices from a list in the order typed; labels containing "and" or commas are taken whole first."""
    chosen: list[int] = []
    approximate = False
    for index, (_, label) in sorted(enumerate(options), key=lambda item: -len(item[1][1])):
        name = normalize(label)
        if name and _LIST_SEPARATOR.search(name) and re.search(rf"\b{re.escape(name)}\b", key):
            key = key.replace(name, f",{_WHOLE}{index},")  # a marker keeps its place in the list
    for piece in filter(None, _LIST_SEPARATOR.split(key)):
        if piece.startswith(_WHOLE):
            chosen.append(int(piece[1:]))
            continue
        found = _piece(piece, options)
        if isinstance(found, NotUnderstood):
            return found
        chosen.extend(match.index for match in found)
        approximate = approximate or any(match.approximate for match in found)
    if not chosen:
        return NotUnderstood(_listing(options, several=True))
    return _several(options, chosen, approximate)


def _piece(piece: str, options: Options) -> list[Match] | NotUnderstood:
    """The options one piece of a list names: one option, several numbers, or several words."""
    found = _choose(piece, options)
    if isinstance(found, Match):
        return [found]
    digits = words_to_digits(piece)
    if _SPACED_NUMBERS.fullmatch(digits):
        numbers = [_choose(number, options) for number in digits.split()]
        matches = [m for m in numbers if isinstance(m, Match)]
        if len(matches) == len(numbers):
            return [Match(m.index, digits != piece) for m in matches]
    words = [_choose(word, options) for word in piece.split()]
    if len(words) > 1 and all(isinstance(word, Match) for word in words):
        return [word for word in words if isinstance(word, Match)]
    return NotUnderstood(f"I could not match '{piece}'. " + _listing(options, several=True))


def _choose(key: str, options: Options) -> Match | NotUnderstood:
    """One option from normalized text, or a re-prompt."""
    if not options:
        return NotUnderstood("There are no options to choose from.")
    numbered = _NUMBER_PREFIX.sub("", key)
    if numbered.isdecimal() and numbered.isascii():
        return _numbered(int(numbered[:6]), options, approximate=False)
    found = match_exact(key, options)
    if found is None:
        phrased = phrased_option(key, [normalize(label) for _, label in options])
        if phrased is not None:
            return Match(phrased, approximate=True)
        number = read_number(key)
        if number is not None and number.value.is_integer() and abs(number.value) < 1e6:
            return _numbered(int(number.value), options, approximate=True)
        found = match_name(key, options)
    if isinstance(found, Ambiguous):
        candidates = " or ".join(f"{i + 1}. {options[i][1]}" for i in found.indices)
        return NotUnderstood(f"Did you mean {candidates}? Please type the number.")
    return found if found is not None else NotUnderstood(_listing(options))


def _numbered(number: int, options: Options, approximate: bool) -> Match | NotUnderstood:
    """The option shown with this number."""
    if 1 <= number <= len(options):
        return Match(number - 1, approximate)
    return NotUnderstood(f"Please choose a number from 1 to {len(options)}. " + _listing(options))


def _several(options: Options, indices: list[int], approximate: bool) -> Understood:
    """Chosen options as a list of values in the order the person gave them, without duplicates.

    The order is kept because it can mean something: priorities are given most important first.
    """
    unique = list(dict.fromkeys(indices))
    display = "; ".join(f"{i + 1}. {options[i][1]}" for i in unique)
    return Understood([options[i][0] for i in unique], display, approximate=approximate)


def _listing(options: Options, several: bool = False) -> str:
    """The options, numbered, with how to answer."""
    shown = ", ".join(f"{i + 1}. {label}" for i, (_, label) in enumerate(options))
    if several:
        return f"Choose one or more of {shown}: type numbers or words, e.g. '1, 3', or 'all'."
    return f"Choose one of {shown}: type the number or the words."
