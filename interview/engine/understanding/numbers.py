"""Numbers typed in digits or words: "12", "twelve", "1.5", "one and a half", "about 7,5"."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from text_to_num import alpha2digit

from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import (
    MAX_ANSWER_LENGTH,
    TOO_LONG_MESSAGE,
    format_number,
    normalize,
    strip_hedge,
)

# "1,500" is fifteen hundred (a comma before exactly three digits groups thousands); "7,5" is seven
# and a half, as written across most of Europe, and is read back so a misreading is caught.
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d{1,2}")
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_FRACTIONS = {"and a half": 0.5, "and a quarter": 0.25, "and three quarters": 0.75}
_BARE_FRACTIONS = {"half": 0.5, "a half": 0.5, "a quarter": 0.25, "quarter": 0.25}
_NEGATIVE_WORDS = ("minus ", "negative ")
_RANGE = re.compile(
    r"^(?:between\s+)?[\w.,]+\s*(?:-|–|to|and|or)\s*[\w.,]+(?:\s+\S+)?$",
)


_PERCENT_UNITS = frozenset({"%", "percent", "per cent"})
_PERCENT_WORDS: dict[str, float] = {
    "half": 50, "a half": 50, "half of it": 50, "about half": 50, "quarter": 25, "a quarter": 25,
    "three quarters": 75, "three-quarters": 75, "a third": 100 / 3, "one third": 100 / 3,
    "two thirds": 200 / 3, "two-thirds": 200 / 3, "a tenth": 10, "a fifth": 20, "most of the way": 75,
    "completely": 100, "totally": 100, "fully": 100, "all the way": 100,
}  # fmt: skip
"""Fractions said for a percentage: "half" of the way better is 50%."""
_DOZEN = re.compile(r"\b(?:(half) )?an? dozen\b|\bdozen\b")


@dataclass(frozen=True)
class ReadNumber:
    """A number read from text.

    Attributes:
        value: The number.
        approximate: True when it was not written literally in digits (words, a decimal comma).
    """

    value: float
    approximate: bool


def words_to_digits(text: str) -> str:
    """Turn every number written in words into digits ("fifty mg" -> "50 mg").

    Args:
        text: Normalized text.

    Returns:
        The text with numbers in digits; unchanged when there are none.
    """
    text = re.sub(r"\ban? (hundred|thousand)\b", r"one \1", text)
    try:
        return str(alpha2digit(text, "en", threshold=0))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError):
        return text


def read_number(text: str) -> ReadNumber | None:
    """Read a phrase that is exactly one number, in digits or words.

    Args:
        text: Normalized, hedge-free text such as "12", "-3", "1,000", "7,5", "twenty-one",
            "one and a half" or "half".

    Returns:
        The number, or None when the text is not exactly one finite number.
    """
    if not text:
        return None
    digits = words_to_digits(text)
    approximate = digits != text
    sign = 1.0
    for word in _NEGATIVE_WORDS:
        if digits.startswith(word):
            digits, sign, approximate = digits[len(word) :], -1.0, True
    if digits in _BARE_FRACTIONS:
        return ReadNumber(sign * _BARE_FRACTIONS[digits], approximate=True)
    fraction = 0.0
    for suffix, amount in _FRACTIONS.items():
        if digits.endswith(" " + suffix):
            digits, fraction, approximate = digits[: -len(suffix) - 1], amount, True
    value = _read_digits(digits)
    if value is None:
        return None
    number, comma = value
    magnitude = abs(number) + fraction
    total = sign * math.copysign(magnitude, number if number else 1.0)
    return ReadNumber(total, approximate or comma) if math.isfinite(total) else None


def _read_digits(text: str) -> tuple[float, bool] | None:
    """Read digits, with grouping or a decimal comma; the flag says a decimal comma was read."""
    try:
        if _GROUPED.fullmatch(text):
            return float(text.replace(",", "")), False
        if _DECIMAL_COMMA.fullmatch(text):
            return float(text.replace(",", ".")), True
        if _PLAIN.fullmatch(text):
            return float(text), False
    except (ValueError, OverflowError):
        return None
    return None


def looks_like_range(text: str) -> bool:
    """Whether the text gives two numbers as a range ("10-12", "between 10 and 12 weeks").

    Args:
        text: Normalized text with numbers in digits.

    Returns:
        True for a range of two numbers.
    """
    numbers = re.findall(r"\d+(?:[.,]\d+)?", text)
    return len(numbers) == 2 and bool(_RANGE.match(text))


def strip_unit(text: str, unit: str | None) -> str:
    """Remove the expected unit after a number ("12 weeks" -> "12" when the unit is "weeks").

    Args:
        text: Normalized text.
        unit: The question's unit, or None.

    Returns:
        The text without a trailing unit in singular or plural.
    """
    if not unit:
        return text
    unit = normalize(unit)
    forms = {unit, unit.removesuffix("s"), unit + "s"} - {""}
    for form in sorted(forms, key=len, reverse=True):
        head = text.removesuffix(form)
        if head != text and head and (head[-1].isdigit() or head[-1] == " "):
            return head.rstrip()
    return text


def bounds_phrase(minimum: float | None, maximum: float | None) -> str:
    """Describe the allowed range in words ("from 0 to 30", "of at least 1", "").

    Args:
        minimum: Lowest allowed value, or None.
        maximum: Highest allowed value, or None.

    Returns:
        A phrase to append to "a number", empty when unbounded.
    """
    if minimum is not None and maximum is not None:
        return f" from {format_number(minimum)} to {format_number(maximum)}"
    if minimum is not None:
        return f" of at least {format_number(minimum)}"
    if maximum is not None:
        return f" of at most {format_number(maximum)}"
    return ""


def with_unit(value: float, unit: str | None) -> str:
    """Read a value back with its unit ("12 weeks", "1 week", "2.5 mg")."""
    number = format_number(value)
    if not unit:
        return number
    if value == 1 and unit.endswith("s") and not unit.endswith("ss"):
        unit = unit[:-1]
    return f"{number} {unit}"


def _understand(
    text: str,
    minimum: float | None,
    maximum: float | None,
    unit: str | None,
    whole: bool,
) -> Understanding:
    """Shared reading of integers and numbers: hedge, unit, range, bounds."""
    kind = "a whole number" if whole else "a number"
    example = "e.g. 12 or 'twelve'" if whole else "e.g. 12, 1.5 or 'one and a half'"
    if unit:
        example = example.replace("12 or", f"12, '{with_unit(12, unit)}' or")
    prompt = f"I need {kind}{bounds_phrase(minimum, maximum)}, {example}."
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + prompt)
    plain, hedged = strip_hedge(normalize(text))
    plain = strip_unit(plain, unit)
    if unit in _PERCENT_UNITS:
        plain = strip_unit(strip_unit(plain, "percent"), "per cent")
        if plain in _PERCENT_WORDS:  # "maybe half" is 50%, never 0.5%
            percent = _PERCENT_WORDS[plain]
            return Understood(percent, with_unit(percent, unit), approximate=True)
    plain = _DOZEN.sub(lambda m: "6" if m[1] else "12", plain)
    read = read_number(plain)
    if read is None:
        if looks_like_range(words_to_digits(plain)):
            return NotUnderstood(f"Please give one number, your best estimate if unsure. {prompt}")
        return NotUnderstood(prompt)
    if whole and not read.value.is_integer():
        return NotUnderstood(prompt)
    if (minimum is not None and read.value < minimum) or (maximum is not None and read.value > maximum):
        return NotUnderstood(f"{with_unit(read.value, unit)} is out of range. {prompt}")
    value: float | int = int(read.value) if whole else read.value
    return Understood(value, with_unit(value, unit), approximate=hedged or read.approximate)


def understand_integer(
    text: str, minimum: int | None, maximum: int | None, unit: str | None
) -> Understanding:
    """Understand a whole number in digits or words ("12", "twelve", "about 12 weeks").

    Args:
        text: What the person typed.
        minimum: Lowest allowed value, or None.
        maximum: Highest allowed value, or None.
        unit: The unit the question asks in (accepted after the number, read back), or None.

    Returns:
        Understood with an int value, approximate for words or hedges; otherwise a re-prompt
        naming the bounds.
    """
    return _understand(text, minimum, maximum, unit, whole=True)


def understand_number(
    text: str, minimum: float | None, maximum: float | None, unit: str | None
) -> Understanding:
    """Understand a number: "1.5", "one and a half", "7,5" (a decimal comma, read back).

    Args:
        text: What the person typed.
        minimum: Lowest allowed value, or None.
        maximum: Highest allowed value, or None.
        unit: The unit the question asks in (accepted after the number, read back), or None.

    Returns:
        Understood with a float value, approximate for words, hedges or a decimal comma;
        otherwise a re-prompt naming the bounds.
    """
    return _understand(text, minimum, maximum, unit, whole=False)
