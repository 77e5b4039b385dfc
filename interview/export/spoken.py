"""Identifiers as people say them: numbers read out, codes spelled, emails "at ... dot com".

Each finding is a `Rewrite`: characters of the original text and the written shape they stand for
("ninety-seven" -> "97", "m t five eight t k l" -> "MT58TKL", "jo at gmail dot com" -> "jo@gmail.com").
Numbers followed by a unit ("fifty milligrams", "twelve sessions") are left as they are: they are
clinical content, not identifiers. The patterns then run on the written shape (see normalizer.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_DIGITS = {
    w: str(i)
    for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
}
_TEENS = {
    w: str(10 + i)
    for i, w in enumerate(
        [
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate(
        ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
    if i > 1
}
_ORDINALS = {
    w: i
    for i, w in enumerate(
        [
            "_",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
        ]
    )
    if i
} | {"twentieth": 20, "thirtieth": 30}
_REPEATS = {"double": 2, "triple": 3}
_ZEROS = {"oh", "o", "nought", "nil"}
"""Said for zero inside a number ("oh seven seven"); on their own they are ordinary words."""
_UNITS = frozenset(
    [
        "mg",
        "mgs",
        "milligram",
        "milligrams",
        "mcg",
        "microgram",
        "micrograms",
        "ml",
        "millilitre",
        "millilitres",
        "gram",
        "grams",
        "g",
        "kg",
        "kilo",
        "kilos",
        "tablet",
        "tablets",
        "pill",
        "pills",
        "capsule",
        "capsules",
        "dose",
        "doses",
        "drop",
        "drops",
        "unit",
        "units",
        "percent",
        "per",
        "cent",
        "point",
        "points",
        "session",
        "sessions",
        "week",
        "weeks",
        "month",
        "months",
        "day",
        "days",
        "year",
        "years",
        "hour",
        "hours",
        "minute",
        "minutes",
        "second",
        "seconds",
        "time",
        "times",
        "night",
        "nights",
        "cup",
        "cups",
        "drink",
        "drinks",
        "glass",
        "glasses",
        "pint",
        "pints",
        "cigarette",
        "cigarettes",
        "stone",
        "pounds",
        "lbs",
        "miles",
        "mile",
        "kids",
        "children",
        "people",
        "friends",
        "attempts",
        "admissions",
        "trials",
        "episodes",
        "or",
        "to",
    ]
)
"""Words after a number that make it a quantity, not an identifier ("or"/"to" for ranges: "two or three")."""
_AGE_AFTER = ("year old", "years old", "year-old", "years-old")
_GAPS = re.compile(r"(?:\s*,)?\s+|\s*-\s*")
"""What may separate the words of one number or code: spaces, a hyphen, a comma of a pause."""
TOP_LEVEL_DOMAINS = frozenset(
    [
        "com",
        "org",
        "net",
        "edu",
        "gov",
        "mil",
        "io",
        "info",
        "biz",
        "co",
        "uk",
        "us",
        "de",
        "fr",
        "ca",
        "au",
        "nz",
        "ie",
        "in",
        "me",
        "health",
        "nhs",
        "app",
        "dev",
        "ac",
    ]
)
_LOCAL_JOINERS = {"dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
_NOT_LOCAL = frozenset(
    [
        "is",
        "me",
        "my",
        "on",
        "at",
        "to",
        "it",
        "it's",
        "its",
        "was",
        "use",
        "using",
        "email",
        "e-mail",
        "mail",
        "address",
        "contact",
        "reach",
        "write",
        "send",
        "or",
        "and",
        "the",
        "as",
        "by",
        "via",
        "her",
        "his",
        "their",
        "your",
        "our",
        "i",
        "i'm",
        "she",
        "he",
        "they",
        "we",
        "you",
        "try",
        "message",
        "account",
    ]
)
"""Words before "at" that end an email's local part ("my email is | jo smith at ...")."""
_MAX_LOCAL_WORDS = 4
_MAX_LOCAL_RUN = 14
"""At most this many words of a local part in all (joiners and number words included)."""


_TENS_ORDINALS = {tens + ones: value + _ORDINALS[ones] for tens, value in _TENS.items() for ones in _ORDINALS}
_CODE_WORDS = frozenset(
    [*_DIGITS, *_TEENS, *_TENS, *_ORDINALS, *_REPEATS, *_ZEROS, *_TENS_ORDINALS, "hundred", "thousand"]
)
"""Every word that can be part of a number or a spelled code (besides digits and single letters)."""
_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_SPOKEN_CLUES = frozenset(_CODE_WORDS - set("abcdefghijklmnopqrstuvwxyz")) | {
    "dot",
    "twenty",
    "thirty",
    "underscore",
}
"""Words one of which any rewrite needs (a spelled code has a digit or a number word in it)."""


@dataclass(frozen=True)
class Rewrite:
    """Original characters [start, end) and the written shape they stand for."""

    start: int
    end: int
    written: str


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    folded: str


def rewrites(text: str) -> list[Rewrite]:
    """The spoken identifiers of a text in written shape, in order and not overlapping."""
    folded = text.casefold()
    if not _DIGIT.search(text) and _SPOKEN_CLUES.isdisjoint(_LETTERS.findall(folded)):
        return []  # most texts have no number word, no digit and no "dot": nothing to rewrite
    words = [_Word(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
    found = _emails(text, words) if "dot" in folded or " at " in folded else []
    taken = {i for r in found for i in range(r.start, r.end)}
    if " at " in folded or folded.startswith("at "):
        handles = _handles(text, words, taken)
        found += handles
        taken |= {i for r in handles for i in range(r.start, r.end)}
    i = 0
    while i < len(words):
        end = _code_run_end(text, words, i) if words[i].start not in taken else i
        if end > i:
            rewrite = _code(text, words[i:end], words[end] if end < len(words) else None)
            if rewrite is not None:
                found.append(rewrite)
            i = end
        else:
            i += 1
    return sorted(found, key=lambda r: r.start)


def _is_code_word(word: str) -> bool:
    return word in _CODE_WORDS or word.isdigit() or (len(word) == 1 and word.isalpha())


def _code_run_end(text: str, words: list[_Word], i: int) -> int:
    """The end of the run of number, digit and letter words starting at words[i] (i when there is none)."""
    j = i
    while j < len(words) and _is_code_word(words[j].folded):
        gap = text[words[j - 1].end : words[j].start] if j > i else ""
        if j > i and not _GAPS.fullmatch(gap):
            break
        if "," in gap and (_is_letter(words[j - 1].folded) or _is_letter(words[j].folded)):
            break  # a pause joins the groups of a number read out, not a letter to the next sentence
        j += 1
        # "one hundred and five": "and" belongs to the number only after hundred/thousand
        if (
            j + 1 < len(words)
            and words[j - 1].folded in ("hundred", "thousand")
            and words[j].folded == "and"
            and _is_code_word(words[j + 1].folded)
        ):
            j += 1
    while j > i + 1 and words[j - 1].folded == "i":
        j -= 1  # "... j e p i think": the pronoun after a spelled code (number plates have no I)
    return j


def _is_letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha() and word != "o"


def _code(text: str, run: list[_Word], after: _Word | None) -> Rewrite | None:
    """The written shape of a run of number and letter words, or None when it stays as it is."""
    if all(w.folded.isdigit() for w in run):
        return None  # written already: the patterns read it as it is
    letters = [w for w in run if _is_letter(w.folded)]
    digits = _digits(run)
    if digits is None:
        return None
    if letters and len(run) >= 4:
        return Rewrite(run[0].start, run[-1].end, _spelled(run))
    if letters:
        return None  # "a" or "i" beside a number: an ordinary sentence
    written = digits
    tail = text[run[-1].end : run[-1].end + 12].casefold().lstrip(" -")
    is_age = tail.startswith(_AGE_AFTER)
    if after is not None and after.folded in _UNITS and not is_age and len(written) < 5:
        return None  # a quantity ("fifty milligrams"): clinical content, left alone
    return Rewrite(run[0].start, run[-1].end, written)


def _spelled(run: list[_Word]) -> str:
    """Letters and digits said one by one, written as one code ("m t five eight" -> "MT58")."""
    out = []
    for word in run:
        if _is_letter(word.folded):
            out.append(word.folded.upper())
        else:
            out.append(_digits([word]) or word.folded)
    return "".join(out)


def _digits(run: list[_Word]) -> str | None:
    """Number words as digits, read the way people say phone numbers, ages and years.

    "oh seven seven" -> "077", "double four" -> "44", "ninety seven" -> "97", "one hundred and two" ->
    "102", "nineteen ninety" -> "1990", "twenty-first" -> "21st". None when the run has no number in it.
    """
    out: list[str] = []
    words = [w.folded for w in run]
    has_number = any(w not in _ZEROS and not (len(w) == 1 and w.isalpha()) for w in words)
    if not has_number:
        return None
    i = 0
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in _REPEATS and (following in _DIGITS or following in _ZEROS):
            out.append(_digit(following) * _REPEATS[word])
            i += 2
        elif word in _TENS and following in _DIGITS and following != "zero":
            out.append(str(_TENS[word] + int(_DIGITS[following])))
            i += 2
        elif word in _TENS and following in _ORDINALS and _ORDINALS[following] < 10:
            out.append(_ordinal(_TENS[word] + _ORDINALS[following]))
            i += 2
        elif following == "thousand" and (word in _DIGITS or word in _TEENS or word in _TENS):
            value, i = _thousands(words, i)
            out.append(str(value))
        elif following == "hundred" and (word in _DIGITS or word in _TEENS):
            value, i = _hundreds(words, i)
            out.append(str(value))
        else:
            out.append(_single(word))
            i += 1
    return "".join(out)


def _hundreds(words: list[str], i: int) -> tuple[int, int]:
    """ "one hundred and fifty" from words[i]: its value and the index after it."""
    value = int(_DIGITS.get(words[i]) or _TEENS[words[i]]) * 100
    i += 2
    if i < len(words) and words[i] == "and":
        i += 1
    if i < len(words) and words[i] in _TENS:
        value += _TENS[words[i]]
        i += 1
        if i < len(words) and words[i] in _DIGITS and words[i] != "zero":
            value += int(_DIGITS[words[i]])
            i += 1
    elif i < len(words) and (words[i] in _TEENS or words[i] in _DIGITS):
        value += int(_TEENS.get(words[i]) or _DIGITS[words[i]])
        i += 1
    return value, i


def _thousands(words: list[str], i: int) -> tuple[int, int]:
    """ "two thousand and five" (a year as people say it) from words[i]: its value and the index after."""
    value = int(_DIGITS.get(words[i]) or _TEENS.get(words[i]) or _TENS[words[i]]) * 1000
    i += 2
    if i + 1 < len(words) and words[i] == "and":
        i += 1
    if i + 1 < len(words) and words[i + 1] == "hundred" and (words[i] in _DIGITS or words[i] in _TEENS):
        rest, i = _hundreds(words, i)
        return value + rest, i
    if i < len(words) and words[i] in _TENS:
        value += _TENS[words[i]]
        i += 1
        if i < len(words) and words[i] in _DIGITS and words[i] != "zero":
            value += int(_DIGITS[words[i]])
            i += 1
    elif i < len(words) and (words[i] in _TEENS or (words[i] in _DIGITS and words[i] != "zero")):
        value += int(_TEENS.get(words[i]) or _DIGITS[words[i]])
        i += 1
    return value, i


def _single(word: str) -> str:
    if word in _TENS:
        return str(_TENS[word])
    if word in _ORDINALS:
        return _ordinal(_ORDINALS[word])
    tens_ordinal = _tens_ordinal(word)
    if tens_ordinal is not None:
        return _ordinal(tens_ordinal)
    if word == "hundred":
        return "100"
    if word == "thousand":
        return "1000"
    return _TEENS.get(word) or _digit(word) or word


def _digit(word: str) -> str:
    return "0" if word in _ZEROS else _DIGITS.get(word, "")


def _tens_ordinal(word: str) -> int | None:
    """ "twenty-first" as one token (written without the hyphen's split: "twentyfirst")."""
    return _TENS_ORDINALS.get(word)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _emails(text: str, words: list[_Word]) -> list[Rewrite]:
    """Emails and web addresses said aloud: "lil deborah at hotmail dot co dot uk", "nhs dot uk"."""
    found: list[Rewrite] = []
    i = 0
    while i < len(words):
        end, chain_end = _domain_end(text, words, i)
        if end is None:
            i = chain_end  # a later start in the same chain ends where this one does: skip it
            continue
        labels = [w.folded for w in words[i:end] if w.folded != "dot"]
        domain = ".".join(labels)
        start = words[i].start
        if i >= 2 and words[i - 1].folded == "at" and words[i - 2].folded not in _NOT_LOCAL:
            first = _local_start(words, i - 2)
            local = _local(words[first : i - 1])
            start, domain = words[first].start, f"{local}@{domain}"
        if "@" in domain or " dot " in text[words[i].start : words[end - 1].end].casefold():
            found.append(Rewrite(start, words[end - 1].end, domain))
        i = end
    return found


def _domain_end(text: str, words: list[_Word], i: int) -> tuple[int | None, int]:
    """The end of "hotmail dot co dot uk" (or "hotmail.co.uk") starting at words[i] if it ends in a TLD,
    and the end of the chain of dotted words."""
    j, end = i + 1, None
    while j < len(words):
        gap = text[words[j - 1].end : words[j].start]
        if words[j].folded == "dot" and gap.isspace() and j + 1 < len(words):
            nxt = words[j + 1]
            if not text[words[j].end : nxt.start].isspace():
                break
            j += 2
        elif gap == ".":
            j += 1
        else:
            break
        if words[j - 1].folded in TOP_LEVEL_DOMAINS:
            end = j
    return (end if words[i].folded not in _NOT_LOCAL else None), j


def _local_start(words: list[_Word], last: int) -> int:
    """How far back an email's local part goes: up to four words (a number read out counts as one, "one
    nine three five"), stopping at "is", "me", "email", ..."""
    first, content = last, 1
    while (
        first > 0
        and last - first < _MAX_LOCAL_RUN
        and words[first - 1].folded not in _NOT_LOCAL
        and words[first - 1].end + 2 >= words[first].start
        and (
            content < _MAX_LOCAL_WORDS
            or words[first - 1].folded in _LOCAL_JOINERS
            or _number_pair(words[first - 1].folded, words[first].folded)
        )
    ):
        first -= 1
        joined = words[first].folded in _LOCAL_JOINERS
        content += not joined and not _number_pair(words[first].folded, words[first + 1].folded)
    while words[first].folded in _LOCAL_JOINERS and first < last:
        first += 1
    return first


def _number_pair(word: str, following: str) -> bool:
    """Two words of one number read out ("nine" "three"): the pair counts as one word of a local part."""
    return is_number_word(word) and is_number_word(following)


def is_number_word(word: str) -> bool:
    return word.isdigit() or (word in _CODE_WORDS and not (len(word) == 1 and word.isalpha()))


def _local(words: list[_Word]) -> str:
    """The local part written out: joiners as symbols, a number read out as digits ("baker forty two" ->
    "baker42")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and is_number_word(words[j].folded):
            j += 1
        if j > i:
            out.append(_digits(words[i:j]) or "".join(w.folded for w in words[i:j]))
            i = j
            continue
        out.append(_LOCAL_JOINERS.get(words[i].folded, words[i].folded))
        i += 1
    return "".join(out)


_SOCIAL = frozenset(
    {"handle", "username", "user", "insta", "instagram", "twitter", "tiktok", "snapchat", "snap", "threads"}
    | {"post", "posts", "posted", "posting", "follow", "dm", "account", "profile", "gamertag", "discord"}
)
"""Words before a spoken handle ("my insta is at bean forty five") that make "at" its at sign."""
_MAX_HANDLE_WORDS = 8
_HANDLE_JOINERS = frozenset({"underscore", "dot"})


def _handles(text: str, words: list[_Word], taken: set[int]) -> list[Rewrite]:
    """Handles said aloud: "at moody underscore moth" -> "@moody_moth"; an underscore or a social word
    just before is needed, so "at home" and "at nine" stay as they are."""
    found: list[Rewrite] = []
    for i, word in enumerate(words):
        if word.folded != "at" or i + 1 >= len(words) or word.start in taken:
            continue
        social = any(w.folded in _SOCIAL for w in words[max(0, i - 3) : i])
        j = i + 1
        while (
            j < len(words)
            and j - i <= _MAX_HANDLE_WORDS
            and text[words[j - 1].end : words[j].start].isspace()
            and (
                j == i + 1
                or words[j - 1].folded in _HANDLE_JOINERS
                or words[j].folded in _HANDLE_JOINERS
                or is_number_word(words[j].folded)
                or (social and j - i <= 2 and not is_number_word(words[j - 1].folded))
            )
        ):
            j += 1
        while j > i + 1 and words[j - 1].folded in _HANDLE_JOINERS:
            j -= 1
        body = words[i + 1 : j]
        if not body or body[0].folded in _NOT_LOCAL or is_number_word(body[0].folded):
            continue
        underscored = any(w.folded == "underscore" for w in body)
        joined = any(w.folded in _HANDLE_JOINERS for w in body)
        # after a social word: words joined by a dot or ending in a number ("on twitter at blue whale
        # nineteen", "insta at kaz dot m"), not "at work"
        if underscored or (social and len(body) > 1 and (joined or is_number_word(body[-1].folded))):
            found.append(Rewrite(word.start, body[-1].end, "@" + _local(body)))
    return found
