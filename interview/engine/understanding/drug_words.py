"""The words around a medicine's name: lead-ins and tails to drop, class words, and words no name contains."""

from __future__ import annotations

import re

from interview.engine.understanding.trial_details import split_drug_answer
from interview.record.values import DrugClass

CLASS_WORDS: dict[str, DrugClass] = {
    **dict.fromkeys(("ssri", "ssris"), DrugClass.SSRI),
    **dict.fromkeys(("snri", "snris"), DrugClass.SNRI),
    **dict.fromkeys(("tricyclic", "tricyclics", "tca", "tcas"), DrugClass.TCA),
    **dict.fromkeys(("maoi", "maois"), DrugClass.MAOI),
    **dict.fromkeys(("antipsychotic", "antipsychotics"), DrugClass.ANTIPSYCHOTIC),
    **dict.fromkeys(("stabiliser", "stabilizer"), DrugClass.MOOD_STABILISER),
}
"""A word naming a drug class: "an SSRI" records the class with the name unknown."""

NOT_NAME_WORDS = frozenset(
    {
        "a", "an", "the", "some", "one", "ones", "of", "for", "my", "it", "them", "they", "that", "this",
        "which", "what", "really", "beginning", "begins", "starts", "starting", "with", "something",
        "thing", "don't", "dont", "do", "not", "know", "remember", "recall", "can't", "cant", "cannot",
        "sure", "name", "called", "kind", "type", "sort", "none", "nothing", "no", "any", "other",
        "others", "yellow", "white", "blue", "pink", "green", "red", "orange", "little", "small",
        "big", "round", "pill", "pills", "tablet", "tablets", "capsule", "capsules", "inhaler",
        "injection", "injections", "cream", "spray", "drops", "medicine", "medicines", "medication",
        "antidepressant", "antidepressants", "mood", "i", "was", "is", "were", "idk", "dunno", "unsure",
        "forget", "forgot", "letter", "everything", "all", "lot", "lots", "usual", "same", "new",
    }
)  # fmt: skip
"""Words that do not occur in any medicine's name the catalogues lack: an answer made with them
("the yellow ones", "don't know", "the one beginning with C") is asked again, never recorded as a name."""

_NOTHING_FIRST = frozenset({"none", "nothing", "no", "nil", "n/a", "neither", "not", "nope"})
_NOTHING_WORDS = _NOTHING_FIRST | frozenset(
    {
        "of", "them", "really", "at", "all", "else", "other", "others", "that", "i", "know", "helped",
        "any", "one", "ones", "anything", "worked", "much", "can", "think", "did", "thanks", "thank",
        "you", "sadly", "unfortunately", "afraid", "i'm", "im", "it", "to", "be", "honest", "then",
    }
)  # fmt: skip

_LEADS = (
    "i think it was ", "i think it's ", "i think ", "it was ", "it's ", "i was on ", "i'm on ", "im on ",
    "i am on ", "i take ", "i took ", "i tried ", "they gave me ", "they put me on ", "they added ",
    "they tried ", "they tried me on ", "my gp gave me ", "the doctor gave me ", "just ", "only ",
    "maybe ", "probably ", "some ", "an ", "a ", "the ", "on ", "then ", "later ", "also ",
    # Sequence words before a name in a list of trials: "first quetiapine and then later on lithium".
    "first ", "firstly ", "at first ", "after that ", "afterwards ", "followed by ", "next ", "and ",
)  # fmt: skip
_TAILS = (
    " to it", " to that", " as well", " too", " tablets", " tablet", " capsules", " i think", " maybe",
    " probably", " helped a bit", " helped a lot", " helped", " worked", " xl", " sr", " mr", " xr",
    " er", " cr", " la", " modified release", " slow release", " prolonged release", " liquid",
    " at night", " in the morning", " daily", " each day", " every day", " to", " i guess",
    # Salt words: "lithium carbonate" is lithium (no salt is a medicine of its own here).
    " carbonate", " hydrochloride", " hcl", " hydrobromide", " succinate", " sodium", " citrate",
    " maleate", " fumarate", " oxalate", " besylate", " mesylate", " tartrate", " sulfate",
    " sulphate", " dihydrochloride",
)  # fmt: skip
_EDGES = " .,;:!?-"
_PUNCTUATION = re.compile(r"[.,;:!?]")


def strip_filler(key: str) -> str:
    """The name in a normalized piece: "they added lithium to it" -> "lithium", "225mg xl" details gone."""
    name, _ = split_drug_answer(key)
    name = name.strip(_EDGES)
    changed = True
    while changed and name:
        changed = False
        for lead in _LEADS:
            if name.startswith(lead):
                name, changed = name[len(lead) :].strip(_EDGES), True
        for tail in _TAILS:
            if name.endswith(tail) and len(name) > len(tail):
                name, changed = name[: -len(tail)].strip(_EDGES), True
    return name


def nothing_named(key: str) -> bool:
    """Whether a list answer names no medicine: "none", "none of them really", "nothing helped"."""
    words = _PUNCTUATION.sub(" ", key).split()
    return bool(words) and words[0] in _NOTHING_FIRST and all(w in _NOTHING_WORDS for w in words)
