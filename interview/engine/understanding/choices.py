"""Choosing from listed options: by number, value, label, synonym, unambiguous prefix or a close typo.

The number typed is the number shown: 1, 2, 3... by position, or an option's score where the
question is numbered by score (the PHQ-9's 0-3). A number that could also mean another option (a
value "2" shown as number 3) and a choice picked only by similarity ("severl days") are confirmed
in one short turn; words that mean an option (its synonyms, everyday phrasings) pick it at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from interview.engine.understanding.matching import Ambiguous, Match, match_exact, match_name
from interview.engine.understanding.numbers import read_number, words_to_digits
from interview.engine.understanding.phrasings import phrased_option, phrasings_of
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import MAX_ANSWER_LENGTH, TOO_LONG_MESSAGE, normalize

Options = Sequence[tuple[str, str]]
"""Options as (value, label) pairs, in the order shown."""

_ALL = frozenset({"all", "all of them", "all of the above", "all the above", "everything"})
_NONE = frozenset(
    {"none", "none of them", "none of the above", "none of these", "nothing", "no", "neither", "none really",
     "none of those", "not really", "no none", "none at all", "nope"}
)  # fmt: skip
_NUMBER_PREFIX = re.compile(r"^(?:option|number|no\.?|#)\s*")
_LIST_SEPARATOR = re.compile(r"\s*(?:,|;|&|\+|/|\band\b|\bthen\b|\bas well as\b|\bplus\b)\s*")
_SPACED_NUMBERS = re.compile(r"\d+(?:\s+\d+)*")
_NEGATION = re.compile(r"n't\b|\bnot\b|\bnever\b|\bno\b|\bnothing\b|\bnone\b|\bwithout\b")
_WHOLE = "\x00"
"""Marks a label taken whole; normalize() removes control characters, so no typed text has one."""


@dataclass(frozen=True)
class Menu:
    """The options of one question as understanding needs them.

    Attributes:
        options: (value, label) pairs in the order shown.
        numbers: The number shown for each option (default 1, 2, 3...).
        synonyms: Other words for each option, from the script (normalized on use).
    """

    options: Options
    numbers: Sequence[int] = ()
    synonyms: Sequence[Sequence[str]] = field(default_factory=tuple)
    _normalized: tuple[tuple[str, ...], ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        normalized = tuple(tuple(normalize(s) for s in group) for group in self.synonyms)
        object.__setattr__(self, "_normalized", normalized)  # once, not on every answer

    def number(self, index: int) -> int:
        """The number shown for the option at `index`."""
        return self.numbers[index] if self.numbers else index + 1

    def shown(self, index: int) -> str:
        """An option as read back: "1. Several days"."""
        return f"{self.number(index)}. {self.options[index][1]}"

    def words(self, index: int) -> list[str]:
        """The option's synonyms, normalized."""
        return list(self._normalized[index]) if self._normalized else []


def _menu(options: Options | Menu) -> Menu:
    return options if isinstance(options, Menu) else Menu(options)


def names_option(text: str, options: Options | Menu) -> bool:
    """Whether the whole text is one option's label, value or synonym ("Unsure", where offered)."""
    menu, key = _menu(options), normalize(text)
    return any(
        key in (normalize(value), normalize(label), *menu.words(i))
        for i, (value, label) in enumerate(menu.options)
    )


def understand_choice(text: str, options: Options | Menu) -> Understanding:
    """Understand one choice among numbered options.

    Digits are the number shown (see Menu.numbers); otherwise an exact value, label or synonym;
    an everyday phrasing of a label ("every day" for "Nearly every day", see phrasings.py); a
    synonym inside the answer ("counselling through work"); a number in words; an unambiguous
    prefix (two letters or more); or a fuzzy match clearly better than any other (confirmed).

    Args:
        text: What the person typed.
        options: The (value, label) pairs in the order shown, or a Menu with numbers and synonyms.

    Returns:
        Understood with the option value and a display such as "1. Several days" (`confirm` set
        when the answer needs a yes first); otherwise a re-prompt listing the options, or the
        candidates when the answer fits several.
    """
    menu = _menu(options)
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _listing(menu))
    found = _choose(normalize(text), menu)
    if isinstance(found, NotUnderstood):
        return found
    return _one(menu, found)


def understand_choices(text: str, options: Options | Menu, allow_none_option: bool = True) -> Understanding:
    """Understand several choices: "1, 3 and 5", "1 3 5", "anxiety and insomnia", "all", "none".

    Args:
        text: What the person typed.
        options: The (value, label) pairs in the order shown, or a Menu with numbers and synonyms.
        allow_none_option: Whether "none" (an empty list) is an acceptable answer.

    Returns:
        Understood with the chosen values as a list in the order typed, without duplicates
        ("all" gives option order); otherwise a re-prompt naming the part that was not understood.
    """
    menu = _menu(options)
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _listing(menu, several=True))
    key = normalize(text)
    whole = match_exact(key, _names(menu))
    if isinstance(whole, Match):
        return _several(menu, [_Pick(whole.index, False)])
    if key in _ALL:
        return _several(menu, [_Pick(i, False) for i in range(len(menu.options))])
    if key in _NONE:
        if allow_none_option:
            return Understood([], "None", approximate=key != "none")
        return NotUnderstood("Please choose at least one. " + _listing(menu, several=True))
    return _pieces(key, menu)


@dataclass(frozen=True)
class _Pick:
    """One option picked, with how: approximate (read back), and the question to confirm it, if any."""

    index: int
    approximate: bool
    confirm: str | None = None


def _names(menu: Menu) -> list[list[str]]:
    return [[value, label, *menu.words(i)] for i, (value, label) in enumerate(menu.options)]


def _one(menu: Menu, pick: _Pick) -> Understood:
    value, _ = menu.options[pick.index]
    return Understood(value, menu.shown(pick.index), approximate=pick.approximate, confirm=pick.confirm)


def _pieces(key: str, menu: Menu) -> Understanding:
    """Choices from a list in the order typed; labels containing "and" or commas are taken whole first."""
    picks: list[_Pick] = []
    for index, (_, label) in sorted(enumerate(menu.options), key=lambda item: -len(item[1][1])):
        name = normalize(label)
        if name and _LIST_SEPARATOR.search(name) and re.search(rf"\b{re.escape(name)}\b", key):
            key = key.replace(name, f",{_WHOLE}{index},")  # a marker keeps its place in the list
    for piece in filter(None, _LIST_SEPARATOR.split(key)):
        if piece.startswith(_WHOLE):
            picks.append(_Pick(int(piece[1:]), False))
            continue
        found = _piece(piece, menu)
        if isinstance(found, NotUnderstood):
            return found
        picks.extend(found)
    if not picks:
        return NotUnderstood(_listing(menu, several=True))
    return _several(menu, picks)


def _piece(piece: str, menu: Menu) -> list[_Pick] | NotUnderstood:
    """The options one piece of a list names: one option, several numbers, or several words."""
    found = _choose(piece, menu)
    if isinstance(found, _Pick):
        return [found]
    digits = words_to_digits(piece)
    if _SPACED_NUMBERS.fullmatch(digits):
        numbers = [_choose(number, menu) for number in digits.split()]
        picks = [p for p in numbers if isinstance(p, _Pick)]
        if len(picks) == len(numbers):
            return [_Pick(p.index, p.approximate or digits != piece, p.confirm) for p in picks]
    words = [_choose(word, menu) for word in piece.split()]
    if len(words) > 1 and all(isinstance(word, _Pick) for word in words):
        return [word for word in words if isinstance(word, _Pick)]
    return NotUnderstood(f"I could not match '{piece}'. " + _listing(menu, several=True))


def _choose(key: str, menu: Menu) -> _Pick | NotUnderstood:
    """One option from normalized text, or a re-prompt."""
    if not menu.options:
        return NotUnderstood("There are no options to choose from.")
    numbered = _NUMBER_PREFIX.sub("", key)
    if numbered.isdecimal() and numbered.isascii():
        return _numbered(int(numbered[:6]), menu, approximate=False)
    found = match_exact(key, _names(menu))
    if isinstance(found, Match):
        return _Pick(found.index, approximate=found.index != _label_index(key, menu))
    if found is None:
        phrased = phrased_option(key, [normalize(label) for _, label in menu.options])
        if phrased is not None:
            return _Pick(phrased, approximate=True)
        meant = _synonym_inside(key, menu)
        if meant is not None:
            return meant
        number = read_number(key)
        if number is not None and number.value.is_integer() and abs(number.value) < 1e6:
            return _numbered(int(number.value), menu, approximate=True)
        found = match_name(key, [[value, label] for value, label in menu.options])
    if isinstance(found, Ambiguous):
        candidates = " or ".join(menu.shown(i) for i in found.indices)
        return NotUnderstood(f"Did you mean {candidates}? Please type the number.")
    if found is None:
        return NotUnderstood(f"I could not match '{key}' to an option. " + _listing(menu))
    if found.approximate and not _is_prefix(key, menu.options[found.index]):
        return _Pick(found.index, True, confirm=f"Did you mean {menu.shown(found.index)}?")
    return _Pick(found.index, approximate=found.approximate)


def _label_index(key: str, menu: Menu) -> int | None:
    """The option whose value or label is exactly the key (a synonym match reads back)."""
    for i, (value, label) in enumerate(menu.options):
        if key in (normalize(value), normalize(label)):
            return i
    return None


def _is_prefix(key: str, option: tuple[str, str]) -> bool:
    return any(normalize(name).startswith(key) for name in option)


def _synonym_inside(key: str, menu: Menu) -> _Pick | None:
    """The one option a synonym, label or everyday phrasing inside the answer names ("counselling
    through work", "years ago, a previous episode").

    Where the words of two options overlap, the longer wins ("got better but not completely" is
    "better but not completely", not "got better"); two options named apart pick neither. Confirmed
    when a negation outside the matched words turns it ("not counselling" must not pick counselling;
    "I don't have any purpose" is its own words) or the answer names another option's words too.
    """
    spans = [span for span in _spans(key, menu) if not _negated(key, span[1])]
    if not spans:
        return None
    longest = [s for s in spans if not any(_overlap(s, o) and o[2] - o[1] > s[2] - s[1] for o in spans)]
    if len({index for index, _, _ in longest}) != 1:
        return None
    index, start, end = max(longest, key=lambda span: span[2] - span[1])
    outside = key[:start] + " " + key[end:]
    others = {w for j in range(len(menu.options)) if j != index for w in _content_words(menu, j)}
    mixed = bool(others & set(re.findall(r"[a-z0-9']+", outside)) - _content_words(menu, index))
    confirm = f"Did you mean {menu.shown(index)}?" if mixed or _NEGATION.search(outside) else None
    return _Pick(index, approximate=True, confirm=confirm)


def _spans(key: str, menu: Menu) -> list[tuple[int, int, int]]:
    """Where each option's words occur in the answer, as (option, start, end)."""
    spans = []
    for i, (_, label) in enumerate(menu.options):
        phrases = [p for p in phrasings_of(normalize(label)) if " " in p]  # "every day", never "now"
        for words in (*menu.words(i), normalize(label), *phrases):
            if len(words) < 3 or words not in key:  # the plain test first: most answers name nothing
                continue
            for found in re.finditer(rf"(?<![a-z0-9]){re.escape(words)}(?![a-z0-9])", key):
                spans.append((i, found.start(), found.end()))
    return spans


_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bno|\bnever|n't|\bwithout|\bnor)(?:\s+[a-z0-9']+){0,2}\s*$")


def _negated(key: str, start: int) -> bool:
    """Whether the words at `start` are negated right before them ("not CBT, something else")."""
    return bool(_NEGATED_BEFORE.search(key[max(0, start - 30) : start]))


def _overlap(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return a[1] < b[2] and b[1] < a[2]


def _content_words(menu: Menu, index: int) -> set[str]:
    """The longer words of an option's label and synonyms ("supportive" of "Supportive therapy")."""
    words = " ".join([normalize(menu.options[index][1]), *menu.words(index)])
    return {w for w in re.findall(r"[a-z0-9']+", words) if len(w) >= 5 and w not in _COMMON}


_COMMON = frozenset(
    {"therapy", "treatment", "something", "problem", "disorder", "other", "about", "right", "still", "really"}
)


def _numbered(number: int, menu: Menu, approximate: bool) -> _Pick | NotUnderstood:
    """The option shown with this number; confirmed when the number is also another option's value."""
    shown = [menu.number(i) for i in range(len(menu.options))]
    if number not in shown:
        low, high = min(shown), max(shown)
        return NotUnderstood(f"Please choose a number from {low} to {high}. " + _listing(menu))
    index = shown.index(number)
    other = next(
        (i for i, (value, _) in enumerate(menu.options) if value == str(number) and i != index), None
    )
    confirm = f"Did you mean {menu.shown(index)}?" if other is not None else None
    return _Pick(index, approximate, confirm)


def _several(menu: Menu, picks: list[_Pick]) -> Understood:
    """Chosen options as a list of values in the order the person gave them, without duplicates.

    The order is kept because it can mean something: priorities are given most important first.
    """
    unique = list(dict.fromkeys(p.index for p in picks))
    display = "; ".join(menu.shown(i) for i in unique)
    approximate = any(p.approximate for p in picks)
    confirm = f"Did you mean {display}?" if any(p.confirm for p in picks) else None
    return Understood([menu.options[i][0] for i in unique], display, approximate=approximate, confirm=confirm)


def _listing(menu: Menu, several: bool = False) -> str:
    """The options, numbered, with how to answer."""
    shown = ", ".join(menu.shown(i) for i in range(len(menu.options)))
    if several:
        return f"Choose one or more of {shown}: type numbers or words, e.g. '1, 3', or 'all'."
    return f"Choose one of {shown}: type the number or the words."
