"""Names and clinical words told apart by the words around them, where the word alone cannot say.

"my sister star", "star and ruby are my best friends": common words, names here. "my husband opens
the post": a verb after the relation word, not a name. "the Hamilton score", "Beck inventory":
scales named after people, kept. "Mark my words": an idiom, not Mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview.export import safelist
from interview.export.tokens import TITLES, Token
from interview.export.vocabulary import is_clinical

RELATIONS = frozenset(
    {"brother", "sister", "husband", "wife", "son", "daughter", "partner", "boyfriend", "girlfriend"}
    | {"friend", "uncle", "aunt", "auntie", "cousin", "niece", "nephew", "grandson", "granddaughter"}
    | {"fiance", "fiancé", "fiancee", "stepson", "stepdaughter", "ex", "colleague", "boss", "neighbour"}
    | {"neighbor", "twin", "mate", "flatmate", "housemate", "roommate", "stepbrother", "stepsister"}
    | {"grandma", "grandad", "granddad", "grandpa", "granny", "nan", "nana", "gran"}
)
"""Words after which a common word is often a name ("my brother will")."""
_NAMING = frozenset({"dr", "doctor", "mr", "mrs", "ms", "called", "named", "nicknamed"})
_FUNCTION = 5.5
"""Words this frequent ("is", "always", "never") follow a relation word as words, not names."""
_VERBS = frozenset(
    [
        "took",
        "came",
        "went",
        "got",
        "drove",
        "left",
        "told",
        "rang",
        "called",
        "said",
        "made",
        "gave",
        "found",
        "broke",
        "lost",
        "kept",
        "brought",
        "bought",
        "thought",
        "felt",
        "saw",
        "sent",
        "spent",
        "stood",
        "sat",
        "ran",
        "won",
        "wrote",
        "began",
        "knew",
        "met",
        "paid",
        "put",
        "read",
        "heard",
        "held",
        "fell",
        "forgot",
        "understood",
        "quit",
        "hit",
        "set",
        "let",
        "cut",
        "became",
        "might",
        "must",
        "can",
        "could",
        "would",
        "should",
        "shall",
        "may",
        "will",
        "doesn't",
        "didn't",
        "won't",
        "can't",
        "isn't",
        "wasn't",
        "hasn't",
        "hadn't",
        "wouldn't",
        "couldn't",
        "also",
        "just",
    ]
)
"""Verbs and auxiliaries that follow a relation word and carry no verb ending ("my son drove")."""
_EPONYMS = frozenset(
    [
        "hamilton",
        "hamilton's",
        "beck",
        "beck's",
        "montgomery",
        "asberg",
        "åsberg",
        "zung",
        "sheehan",
        "kessler",
        "edinburgh",
        "warwick",
        "columbia",
        "yale",
        "brown",
        "maudsley",
        "thase",
        "rush",
        "snaith",
        "hopkins",
        "spielberger",
    ]
)
"""Authors whose names are scales ("Hamilton score", "Beck inventory", "Montgomery-Asberg 22")."""
_SCALE_WORDS = frozenset(
    [
        "score",
        "scores",
        "scored",
        "scale",
        "scales",
        "rating",
        "ratings",
        "inventory",
        "questionnaire",
        "depression",
        "anxiety",
        "test",
        "total",
        "d",
        "a",
        "item",
        "items",
        "postnatal",
        "interview",
        "mania",
    ]
)
_ENDINGS = (
    ("s", ("",)),
    ("es", ("",)),
    ("ies", ("y",)),
    ("ed", ("", "e")),
    ("ied", ("y",)),
    ("ing", ("", "e")),
)
"""Verb endings and the stems they come from: "opens" (open), "worries" (worry), "moved" (move)."""
_OBJECTS = frozenset({"my", "your", "me", "you", "us", "him", "her", "them", "it"})
_COPULAS = frozenset({"is", "are", "was", "were"})
_POSSESSIVES = frozenset({"my", "our"})


def may_be_name(word: Token) -> bool:
    """Whether a word after "my brother" can be his name: a listed name, or not a very common word, not a
    verb ("opens", "moved", "drove") and not another relation ("my twin brother")."""
    folded = word.text.casefold()
    if is_clinical(word.text) or any(c.isdigit() for c in word.text) or folded in TITLES:
        return False
    if folded in RELATIONS or folded in _VERBS:
        return False
    if safelist.is_name(folded):
        return True
    return safelist.frequency(folded) < _FUNCTION and not _inflected(folded)


def _inflected(word: str) -> bool:
    """A verb or adverb form of a common word: "opens", "moved", "crying", "recently"."""
    for suffix, stems in _ENDINGS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            if any(safelist.frequency(base + stem) >= safelist.COMMON for stem in stems):
                return True
    return word.endswith("ly") and safelist.frequency(word) >= safelist.RARE


def names_by_context(words: Sequence[Token], masked: dict[int, str]) -> None:
    """Mark as names the words their neighbours show to be names."""
    folded = [w.folded for w in words] + ["", "", "", "", ""]
    for i, word in enumerate(words):
        before = folded[i - 1] if i else ""
        named = before in _NAMING and not masked[word.start] and _may_be_named(word)
        related = before in RELATIONS and not masked[word.start] and may_be_name(word)
        # "violet is my sister", and the first of two: "ruby and star are my best friends"
        introduced = folded[i + 1] in _COPULAS and folded[i + 2] in _POSSESSIVES
        introduced = introduced or (
            folded[i + 1] == "and" and folded[i + 3] in _COPULAS and folded[i + 4] in _POSSESSIVES
        )
        # "daisy, my daughter, drove me": a sentence's first word before "my daughter"
        apposed = word.sentence_initial and folded[i + 1] in _POSSESSIVES and folded[i + 2] in RELATIONS
        if named or related or ((introduced or apposed) and may_be_name(word)):
            masked[word.start] = "NAME"
    for i in range(1, len(words) - 1):
        if folded[i] != "and":
            continue
        left, right = words[i - 1], words[i + 1]
        if masked[left.start] == "NAME" and not masked[right.start] and _coordinated(right):
            masked[right.start] = "NAME"
        elif masked[right.start] == "NAME" and not masked[left.start] and _coordinated(left):
            masked[left.start] = "NAME"


def _may_be_named(word: Token) -> bool:
    return may_be_name(word) or (safelist.frequency(word.text) >= _FUNCTION and safelist.is_name(word.text))


def _coordinated(word: Token) -> bool:
    """ "jack and will": the word beside a name is one too when it is a listed name or a rare word."""
    folded = word.text.casefold()
    return safelist.is_name(folded) or (
        may_be_name(word) and safelist.frequency(folded) < safelist.LOWERCASE_NAME
    )


def kept_by_context(words: Sequence[Token]) -> set[int]:
    """Starts of words the context shows to be no identifier: eponymous scales and "Mark my words"."""
    kept: set[int] = set()
    folded = [w.folded for w in words] + ["", ""]
    for i, word in enumerate(words):
        after = folded[i + 1]
        if after in _SCALE_WORDS or after.isdigit():
            if all(part in _EPONYMS for part in folded[i].split("-")):
                kept.add(word.start)
        elif after in _OBJECTS and folded[i + 2] not in RELATIONS and _verb_as_name(folded[i]):
            kept.add(word.start)  # "Mark my words", "Will you": the verb; not "Mark, my brother"
    return kept


def _verb_as_name(word: str) -> bool:
    return safelist.is_name(word) and safelist.frequency(word) >= safelist.LOWERCASE_NAME
