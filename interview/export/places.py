"""Towns and cities by name (a GeoNames gazetteer), masked where the words before them say "a place".

Capitalised place names inside a sentence are masked by the safe-list already; the gazetteer is for the
ones it lets through: lower case as speech recognition writes them ("lives in derby"), and names that
are English words ("moved to reading"). The more ordinary the word, the stronger the context must be.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from typing import Protocol

from interview.export import safelist

_WEAK = frozenset({"in", "to", "from", "near", "outside", "at", "visit", "visited", "visiting", "via"})
"""One word before a place: enough for a rare word (below Zipf 4, "swindon", "wigan")."""
_STRONG = frozenset(
    {"near", "outside", "visit", "visited", "visiting", "towards"}
    | {f"{verb} {p}" for verb in ("live", "lives", "lived", "living") for p in ("in", "near", "outside")}
    | {f"{verb} to" for verb in ("moved", "move", "moving", "moves", "drove", "flew", "relocated", "trip")}
    | {f"{verb} in" for verb in ("up", "born", "raised", "based", "stay", "stayed", "staying", "holiday")}
    | {f"{verb} in" for verb in ("holidays", "flat", "house", "home", "work", "works", "worked", "working")}
    | {f"{verb} in" for verb in ("studied", "school", "uni", "family", "settled", "grew")}
    | {f"{subject} from" for subject in ("is", "am", "are", "was", "were", "i'm", "im", "she's", "he's")}
    | {f"{verb} from" for verb in ("came", "comes", "come", "originally", "family", "back")}
)
"""Words before a place that make even a common word one ("lives in bath", "is from nice")."""
_LINKS = frozenset({"in", "to", "near", "from", "outside"})
_PLACE_VERBS = frozenset(
    {"live", "lives", "lived", "living", "stay", "stays", "stayed", "staying", "moved", "move", "moving"}
    | {"born", "raised", "grew", "rent", "rents", "rented", "renting", "flat", "house", "home", "based"}
    | {"settled", "relocated", "holiday", "holidays", "holidayed", "trip", "flew", "emigrated", "visit"}
    | {"visited", "visiting", "commute", "commutes", "commuted"}
)
"""Verbs of living and moving; a few words before "in" or "to" they make the next name a place."""
_WINDOW = 6
_IDIOMS = frozenset({f"{verb} in" for verb in ("live", "lives", "lived", "living")})
"""Where a place noun ending the sentence is a saying ("I live in hope")."""
_PHRASE_STARTS = frozenset(
    {"at", "before", "after", "now", "then", "and", "for", "with", "when", "since", "until", "on", "but"}
    | {"so", "where", "because", "every", "most", "last", "next", "this", "these", "till", "while", "near"}
    | {"today", "nowadays", "anymore", "again", "too", "as", "or", "if", "though", "by", "from", "to"}
)
"""Words after a place name that start a new phrase ("in hope at weekends"), unlike "in hope that"."""
_BEFORE_PLACES = _WEAK | {context.rsplit(" ", 1)[-1] for context in _STRONG}
"""The word right before a place in every context."""
COMMON = 4.0
"""From this Zipf frequency a place name is also an English word and needs a strong context."""
_TOO_COMMON = 5.5
"""From this frequency ("time", "can", "best") a lower-case word is never read as a place."""
_NOUNS = frozenset(
    [
        "university",
        "college",
        "police",
        "airport",
        "street",
        "center",
        "centre",
        "bank",
        "post",
        "hospital",
        "union",
        "central",
        "federal",
        "media",
        "page",
        "price",
        "date",
        "deal",
        "mine",
        "officer",
        "normal",
        "success",
        "welcome",
        "economy",
        "mission",
        "opportunity",
        "justice",
        "battle",
        "spring",
        "green",
        "king",
        "star",
        "young",
        "hope",
        "progress",
        "reserve",
        "drama",
        "holiday",
        "landing",
        "celebration",
        "surprise",
        "golden",
        "liberty",
        "legacy",
        "enterprise",
        "alliance",
        "commerce",
        "commonwealth",
        "independence",
        "republic",
        "pacific",
        "atlantic",
        "downtown",
        "valley",
        "forest",
        "bay",
        "temple",
        "trail",
        "superior",
        "wedding",
        "wales",
        "asia",
    ]
)
"""Ordinary nouns among the gazetteer's names: after "moved to" they are seldom the town."""


class Word(Protocol):
    """What the gazetteer needs of a token: its text and whether it is capitalised."""

    @property
    def text(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@cache
def places() -> frozenset[str]:
    """Place names, case-folded: towns (data/places.txt, generated) and counties (data/regions.txt)."""
    data = resources.files("interview.export").joinpath("data")
    text = "\n".join(data.joinpath(name).read_text("utf-8") for name in ("places.txt", "regions.txt"))
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def _longest() -> int:
    return max(len(name.split()) for name in places())


def place_runs(words: Sequence[Word], text: str = "") -> Iterator[tuple[int, int]]:
    """Index ranges [i, j) of words naming a place in a place context (text: the text the words are of,
    for the punctuation after a name)."""
    names = places()
    i = 1
    while i < len(words):
        if words[i - 1].text.casefold() not in _BEFORE_PLACES:
            i += 1  # most words follow no place word: the gazetteer is not looked at for them
            continue
        for n in range(min(3, _longest(), len(words) - i), 0, -1):
            name = " ".join(w.text.casefold() for w in words[i : i + n])
            if name in names and _in_context(words, i, name, _ends_phrase(words, i + n, text), text):
                yield i, i + n
                i += n
                break
        else:
            i += 1


def _in_context(words: Sequence[Word], i: int, name: str, ends_phrase: bool, text: str = "") -> bool:
    if i == 0:
        return False
    one = words[i - 1].text.casefold()
    two = f"{words[i - 2].text.casefold()} {one}" if i >= 2 else one
    frequency = safelist.frequency(name) if " " not in name else 0.0
    if frequency < COMMON:
        return one in _WEAK
    strong = one in _STRONG or two in _STRONG or (one in _LINKS and _place_verb_before(words, i - 1))
    if not strong or frequency >= _TOO_COMMON:
        return False
    # a noun with no article that ends its phrase is a town: "born in hope, moved", "a flat in street now";
    # but "I live in hope." is the saying, unless more of the move follows ("live in hope before moving")
    if name in _NOUNS and two in _IDIOMS and _last_of_sentence(words, i + 1, text):
        return False
    return name not in _NOUNS or ends_phrase


def _last_of_sentence(words: Sequence[Word], j: int, text: str) -> bool:
    if j >= len(words):
        return True
    return bool(text) and any(c in ".;!?" for c in text[words[j - 1].end : words[j].start])


def _place_verb_before(words: Sequence[Word], link: int) -> bool:
    """A verb of living or moving a few words before the place's preposition ("stay with my friend jo in
    bristol", "moved back down to sandwich")."""
    return any(w.text.casefold() in _PLACE_VERBS for w in words[max(0, link - _WINDOW) : link])


def _ends_phrase(words: Sequence[Word], j: int, text: str) -> bool:
    """Whether the words end at j: the text's end, punctuation, or a word that starts a new phrase."""
    if j >= len(words):
        return True
    if text and any(c in ",.;:!?)" for c in text[words[j - 1].end : words[j].start]):
        return True
    return words[j].text.casefold() in _PHRASE_STARTS
