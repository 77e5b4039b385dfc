"""The risk lexicon (interview/safety/data/risk_lexicon.toml) read and compiled once per process."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from rapidfuzz.distance import OSA

LEXICON_FILE = "risk_lexicon.toml"
REAL_WORDS_FILE = "risk_real_words.txt"
CATEGORIES = ("intent", "plan", "preparation", "attempt", "self_harm", "ideation", "passive")
"""Target categories, strongest first: where two overlap equally, the stronger names the cue."""
THIRD_PARTY = "third_party"
TYPO_MIN_LENGTH = 5
"""Words this long may differ from a lexicon word by one typo; four-letter words by a swap or a
dropped letter; shorter words must match exactly."""
_MACRO = re.compile(r"<([A-Z_]+)>")


@dataclass(frozen=True)
class Target:
    """One target pattern and its category."""

    category: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Lexicon:
    """Compiled targets, pseudo-targets, negation modifiers and third-party frames."""

    targets: tuple[Target, ...]
    statements: tuple[Target, ...]
    """Denials said outright ("I do want to live"), by the category they deny."""
    pseudo_targets: re.Pattern[str]
    forward: re.Pattern[str]
    determiner: re.Pattern[str]
    backward: re.Pattern[str]
    pseudo_negation: re.Pattern[str]
    terminate: re.Pattern[str]
    frames: re.Pattern[str]
    others_words: re.Pattern[str]
    forward_window: int
    determiner_window: int
    backward_window: int
    vocabulary: frozenset[str]
    real_words: frozenset[str] = field(default_factory=frozenset)
    """Common English words one typo away from a lexicon word: never corrected ("filling")."""
    corrections: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    """Each typed word's correction, remembered (bounded: free text has no limit on distinct words)."""

    def canonical(self, word: str) -> str:
        """The lexicon word a typed word stands for (itself unless it is one typo off one)."""
        return _canonical(self, word)

    @classmethod
    def parse(cls, text: str, real_words: frozenset[str] = frozenset()) -> Lexicon:
        """Compile the TOML lexicon (see the comments at the top of the data file)."""
        data = tomllib.loads(text)
        macros = _expanded_macros(data.get("macros", {}))
        targets = tuple(
            Target(category, _compile(pattern, macros))
            for category in CATEGORIES
            for pattern in data["targets"].get(category, [])
        )
        statements = tuple(
            Target(category, _compile(pattern, macros))
            for category, patterns in data.get("denial_statements", {}).items()
            for pattern in patterns
        )
        negation: dict[str, Any] = data["negation"]
        sources = [str(p) for c in data["targets"].values() for p in c]
        sources += data["pseudo_targets"]["patterns"]
        return cls(
            targets=targets,
            statements=statements,
            pseudo_targets=_compile_any(data["pseudo_targets"]["patterns"], macros),
            forward=_compile_words(negation["forward"]),
            determiner=_compile_words(negation["determiner"]),
            backward=_compile_words(negation["backward"]),
            pseudo_negation=_compile_words(negation["pseudo"]),
            terminate=_compile_words(negation["terminate"]),
            frames=_compile_any(data["third_party"]["frames"], macros),
            others_words=re.compile(data["third_party"]["others_words"]),
            forward_window=int(negation["FORWARD_WINDOW"]),
            determiner_window=int(negation["DETERMINER_WINDOW"]),
            backward_window=int(negation["BACKWARD_WINDOW"]),
            vocabulary=frozenset(
                w for source in sources for w in re.findall(r"(?<![\\\w])[a-z]{4,}", _expand(source, macros))
            ),
            real_words=real_words,
        )


@cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in interview/safety/data/."""
    data = resources.files("interview.safety").joinpath("data")
    real = data.joinpath(REAL_WORDS_FILE).read_text(encoding="utf-8").split()
    return Lexicon.parse(data.joinpath(LEXICON_FILE).read_text(encoding="utf-8"), frozenset(real))


def typo_of(word: str, wanted: str) -> bool:
    """Whether `word` is `wanted` with one typo, by the length rules of TYPO_MIN_LENGTH."""
    if word == wanted or word[:1] != wanted[:1] or len(word) < 3:
        return False
    if len(wanted) >= TYPO_MIN_LENGTH:
        return OSA.distance(word, wanted, score_cutoff=1) <= 1
    if len(wanted) == 4:  # a swap ("wnat"), a dropped ("lfe") or doubled letter ("harrm"), not a changed one
        swapped = sorted(word) == sorted(wanted) and OSA.distance(word, wanted) == 1
        doubled = len(word) == 5 and any(word == wanted[: i + 1] + wanted[i:] for i in range(4))
        return swapped or doubled or (len(word) == 3 and OSA.distance(word, wanted) == 1)
    return False


def _canonical(lexicon: Lexicon, word: str) -> str:
    known = lexicon.corrections.get(word)
    if known is not None:
        return known
    if len(lexicon.corrections) > 50_000:
        lexicon.corrections.clear()
    result = word
    if word not in lexicon.vocabulary and word not in lexicon.real_words and word.isalpha():
        close = sorted(w for w in lexicon.vocabulary if abs(len(w) - len(word)) <= 1 and typo_of(word, w))
        result = close[0] if close else word
    lexicon.corrections[word] = result
    return result


def _expanded_macros(raw: dict[str, str]) -> dict[str, str]:
    macros: dict[str, str] = {}
    for name, value in raw.items():  # a macro may use the ones defined above it
        macros[name] = _expand(value, macros)
    return macros


def _expand(pattern: str, macros: dict[str, str]) -> str:
    return _MACRO.sub(lambda m: macros[m.group(1)], pattern)


def _compile(pattern: str, macros: dict[str, str]) -> re.Pattern[str]:
    """A pattern that matches whole words only."""
    return re.compile(rf"(?<![\w])(?:{_expand(pattern, macros)})(?![\w])")


def _compile_any(patterns: list[str], macros: dict[str, str]) -> re.Pattern[str]:
    return _compile("|".join(f"(?:{_expand(p, macros)})" for p in patterns), {})


def _compile_words(phrases: list[str]) -> re.Pattern[str]:
    """Literal phrases, longest first so that "no history of" wins over "no"."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return _compile("|".join(re.escape(p) for p in ordered), {})
