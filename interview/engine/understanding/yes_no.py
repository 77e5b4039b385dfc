"""Yes or no, in the many ways people say it, with what they add kept as a note ("yes, sometimes").

A whole answer from the lists below is a plain yes or no. Otherwise the answer is read by its edges
and its words: a yes or no word at the start or the end decides ("yes, sometimes", "terrible, yes",
"no, never been in hospital"); without one, words of frequency say yes ("a few times", "once or
twice"), a denial says no ("not in the past month", "nobody has"). A first-person statement ("I
had ECT once") is taken as a yes, and "I quit" as a no, only after asking back: "I'm still on it"
answers something else. What is said beside the yes or no is kept as a note. An answer saying both
("yes and no") is asked again. A yes played down in the same breath ("a bit dizzy, but nothing
much") is a yes with the words as its note; one turned round by a "but" ("sometimes, but not in the
past month") is asked back.

The question's own words help (its text, and the reason it is asked): a statement that
echoes them ("I had ECT once" to a question naming ECT, "I vape" to one about nicotine) is a yes at
once, kept with its note; one that does not ("I'm still on it" to a question about symptoms) is
asked back. To a question about willingness ("Would you be open to...?"), "I'd give it a go" is a
yes and "I'd rather not" a no; elsewhere "I'd rather not" may be a refusal to say, and is asked.
"""

from __future__ import annotations

import re

from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import normalize

# Whole answers only: "not sure" must never be read as "sure", nor "no idea" as "no".
_YES = frozenset(
    {
        "y", "yes", "yeah", "yea", "yep", "yup", "ya", "aye", "sure", "correct", "right", "true",
        "i do", "i have", "i did", "i am", "i was", "i had", "definitely", "of course",
        "absolutely", "certainly", "affirmative", "indeed", "that's right", "thats right",
        "yes please", "yes definitely", "definitely yes", "yes of course", "yes i do",
        "yes i have", "yes i did", "yes i am", "yes i was", "yes i had", "i think so",
    }
)  # fmt: skip
_NO = frozenset(
    {
        "n", "no", "nope", "nah", "never", "not really", "not at all", "none", "negative",
        "false", "incorrect", "i haven't", "i have not", "i don't", "i do not", "i didn't",
        "i did not", "i'm not", "i am not", "i wasn't", "i was not", "i hadn't", "i had not",
        "no never", "no not really", "no not at all", "no i haven't", "no i have not",
        "no i don't", "no i do not", "no i didn't", "no i did not", "no i'm not",
        "no i am not", "no i wasn't", "no i was not", "never have", "never had", "not once",
        "i don't think so", "i do not think so", "definitely not", "absolutely not", "certainly not",
        "of course not", "sure not", "not at all no", "no definitely not",
    }
)  # fmt: skip
_YES_EDGES = (
    "yes definitely", "yes of course", "yes please", "yes", "yeah", "yep", "yup", "yea", "aye",
    "definitely", "absolutely", "of course", "i think so", "certainly", "sure",
)  # fmt: skip
_NO_EDGES = (
    "no not really", "not really", "not usually", "not that i know of", "not that i can remember",
    "not at all", "no never", "never", "nope", "nah", "no", "i'd rather not", "i would rather not",
    "i don't think so", "not as such", "not any more", "not anymore",
)  # fmt: skip
_SOME = re.compile(
    r"^(?:(?:yeah |yes )?(?:sometimes|some|a few times|a couple of times|once or twice|once|twice|"
    r"often|very often|now and (?:then|again)|occasionally|on and off|from time to time|"
    r"every so often|a bit|a little(?: bit)?|slightly|partly|partially|quite a lot|quite a bit|"
    r"a lot|loads|lots|most days|most of the time|all the time|every day|everyday|always|daily|"
    r"constantly|terrible|awful|very|really|somewhat|kind of|sort of|a few|several|plenty|many))\b"
)
_DENIAL = re.compile(
    r"^(?:not\b|nobody\b|no one\b|nothing\b|none\b|nowhere\b|i (?:haven't|havent|have not|don't|dont|"
    r"do not|didn't|didnt|did not|wasn't|wasnt|was not|won't|wont|wouldn't|wouldnt|can't say|never|"
    r"am not|'m not)\b|i'm not\b|im not\b|that's (?:all|everything|it)\b|thats (?:all|everything|it)\b|"
    r"that was (?:the last|all|it)\b|i think that's (?:all|everything|it)\b|no more\b|nothing else\b)"
)
_STOPPED = re.compile(r"^(?:i )?(?:quit|gave up|gave it up|stopped)\b")
"""'I quit last year' is a no to "do you smoke?" but not to "was it stopped because of them?": asked back."""
_STATEMENT = re.compile(r"^(?:i|i've|ive|i'd|id|i'm|im|we)\b")
"""A first-person statement of what happened ("I had ECT once"): about someone else ("she was a
counsellor") it is no answer to the question asked."""
_NEGATION = re.compile(r"n't\b|\bnot\b|\bnever\b|\bnobody\b|\bnothing\b|\bno\b")
_BOTH = re.compile(
    r"\byes and no\b|\byes or no\b|\bmaybe\b|\bnot sure\b|\bunsure\b|\bperhaps\b|\bpossibly\b|"
    r"\bdepends\b|\bno idea\b|\bno clue\b|\bnot certain\b|\bdunno\b|\bdon't know\b|\bdont know\b|"
    r"\bcan't remember\b|\bcannot remember\b|\bcan't say\b|\bhard to say\b"
)
_RATHER_NOT = frozenset(
    {"i'd rather not", "id rather not", "rather not", "i would rather not", "i'd prefer not"}
)
_PLAYED_DOWN = re.compile(
    r"\bbut\b,? (?:it was |it's |its |they were |only |just )?(?:nothing (?:much|serious|major|too bad|bad)"
    r"|not (?:much|too bad|bad|serious|severe|a big deal|for long|too much|very much|very bad)|mild|mildly"
    r"|manageable|bearable|ok|okay|fine|it passed|they passed|passed|went away|short[- ]lived|brief"
    r"|briefly)\b"
)
"""What follows a "but" that keeps the yes: "a bit dizzy, but nothing much" is still a yes."""
_WILLING_QUESTION = re.compile(
    r"\b(?:open to|willing|would you (?:like|consider|try|want|be happy|be prepared)|prepared to|happy to)\b"
)
_WILLING = frozenset(
    {
        "i'd give it a go", "id give it a go", "i'd give it a try", "i would give it a go",
        "i would give it a try", "give it a go", "give it a try", "i'd try it", "i'd try", "i would try",
        "i would try it", "i'd try anything", "i'll try anything", "i'd be open to it", "i'd be open to that",
        "i'm open to it", "im open to it", "open to it", "i am open to it", "i'd consider it",
        "i would consider it", "i'd be willing", "i'm willing", "willing", "happy to", "i'd be happy to",
        "happy to try", "why not", "worth a try", "worth a go", "worth a shot", "up for it",
        "i'd be up for that", "i'd be up for it", "i don't mind", "don't mind", "i wouldn't mind",
        "if it helps", "if it would help", "anything that helps", "i'm up for it", "i'll try it",
    }
)  # fmt: skip
_WILLING_WORDS = re.compile(
    r"^(?:yes |yeah |oh )?(?:i'd |id |i would |i'll |i will |i'm |im |i am )?"
    r"(?:be |definitely |really |quite |more than |very |so )*"
    r"(?:willing|happy|open|keen|glad|up for|prepared|game|try|give it a (?:go|try|shot))\b"
)
"""A willingness in the person's own words: "I'd be willing to try", "happy to give it a go"."""
_UNWILLING = frozenset(
    {
        "i'd rather not", "id rather not", "rather not", "i would rather not", "i'd prefer not",
        "not keen", "not really keen", "i'm not keen", "i'd rather not try", "not for me",
        "i don't want to", "i don't want that", "no thanks", "no thank you",
    }
)  # fmt: skip
_REFUSAL = re.compile(
    r"^(?:(?:no|nah)\b[ ,]*)?(?:i'm |im |i am |i've |ive |i have |i'd |id |i would |i )?"
    r"(?:been |just |really |so |totally |completely )*"
    r"(?:done with|finished with|through with|had enough(?: of)?|sick of|fed up(?: with| of)?|tired of|"
    r"over (?:it|them|tablets|pills|medication)|not (?:going|doing) (?:that|it|back)|never again|not again|"
    r"not interested|no more (?:tablets|pills|medication|meds|drugs))\b"
)
"""A refusal in the person's own words, read as a no to a question about willingness ("I'm done
with tablets", "sick of trying new pills"); to other questions such words are asked back."""
_PARTIAL = re.compile(r"^(?:partly|partially|somewhat|in part|half|kind of|sort of)\b[ ,;:-]*\S")
"""A partial yes with words after it ("partly, at the 2022 assessment") is asked back; a bare
"partly" stays a yes."""
_STOP_WORDS = frozenset(
    {
        "the", "and", "for", "you", "your", "was", "were", "have", "had", "has", "did", "does", "been",
        "any", "that", "this", "with", "from", "about", "ever", "got", "get", "went", "feel", "felt",
        "like", "more", "than", "time", "now", "when", "then", "what", "there", "they", "them", "she",
        "her", "his", "him", "are", "not", "but", "all", "one", "some", "such", "because", "while",
        "would", "could", "should", "can", "will", "into", "out", "over", "just", "really", "very",
        "also", "much", "many", "lot", "bit", "once", "twice", "still", "which", "who", "how", "why",
        "where", "being", "since", "past", "month", "months", "week", "weeks", "year", "years", "day",
        "days", "before", "after", "during", "its", "it's", "i've", "i'm", "i'd", "ive", "im", "done",
        "say", "said", "think", "thought", "yes", "use", "used", "using", "form", "forms",
    }
)  # fmt: skip
"""Words too common to show that a statement answers the question asked."""
_TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "nicot": ("vape", "vapes", "vaping", "cigarette", "cigarettes", "cigs", "fags", "patches", "gum", "snus"),
    "smoke": (
        "vape",
        "vapes",
        "vaping",
        "cigarette",
        "cigarettes",
        "cigar",
        "cigs",
        "fag",
        "fags",
        "baccy",
        "tobacco",
        "rollies",
        "e-cig",
    ),
    "canna": ("weed", "skunk", "spliff", "spliffs", "joint", "joints", "pot", "grass", "hash", "thc"),
    "inpat": ("admitted", "ward", "hospital", "sectioned", "unit"),
    "hospi": ("admitted", "ward", "inpatient", "sectioned"),
    "sleep": ("insomnia", "awake", "wake", "waking", "nights"),
}
"""Everyday words for a question's topic (by the first five letters of the question's word)."""
_SEPARATORS = " ,.;:!-"
_MESSAGE = "Please answer yes or no; a few words may follow, e.g. 'yes, sometimes' or 'no, never'."


def understand_yes_no(text: str, question: str = "", reason: str = "") -> Understanding:
    """Understand a yes or a no, keeping what was said beside it as a note.

    Args:
        text: What the person typed.
        question: The question's text, or "" when not known: a statement echoing it is a yes.
        reason: Why the question is asked (its `why`), which may say it asks about willingness.

    Returns:
        Understood with a bool value, the display "Yes" or "No", and `notes` holding the qualifier
        ("sometimes"); `confirm` set when the yes or no was read from the words rather than said;
        otherwise a re-prompt that quotes the answer and shows the accepted forms.
    """
    key = " ".join(normalize(text).replace("!", " ").split())
    plain = " ".join(key.replace(",", " ").split())
    if plain in _YES:
        return _answer(True, "")
    if plain in _NO:
        return _answer(False, "")
    willing = bool(_WILLING_QUESTION.search(f"{question} {reason}".casefold()))
    if willing and (plain in _WILLING or (_WILLING_WORDS.match(plain) and not _NEGATION.search(plain))):
        return _answer(True, plain)
    if willing and (plain in _UNWILLING or plain in _RATHER_NOT or _REFUSAL.match(plain)):
        return _answer(False, plain)
    if plain in _RATHER_NOT:  # to "would you be open to...?" a no; to "have you...?" a refusal
        return Understood(
            False, "No", True, confirm="Do you mean no? (To leave it unanswered, say 'prefer not to say'.)"
        )
    if not plain or _BOTH.search(plain):
        return NotUnderstood(_not_understood(text))
    edged = _by_edges(key)
    if edged is not None:
        return edged
    return _by_words(key, text, question)


def rather_not(text: str) -> bool:
    """Whether the answer is a bare "I'd rather not", which to a yes/no question may mean no."""
    return " ".join(normalize(text).replace(",", " ").split()) in _RATHER_NOT


def _by_edges(key: str) -> Understood | None:
    """A yes or no word at the start or end decides; the rest is the note."""
    for value, edges in ((True, _YES_EDGES), (False, _NO_EDGES)):
        for edge in edges:
            if key.startswith(edge) and _word_ends(key, len(edge)):
                rest = key[len(edge) :].strip(_SEPARATORS)
                if not _contradicts(value, rest):
                    return _answer(value, rest)
            if key.endswith(edge) and _word_starts(key, len(key) - len(edge)):
                rest = key[: -len(edge)].strip(_SEPARATORS)
                if not _contradicts(value, rest):
                    return _answer(value, rest)
    return None


def _by_words(key: str, text: str, question: str) -> Understanding:
    """No yes or no word: frequency words say yes, a denial says no, a plain statement says yes."""
    plain = key.strip(_SEPARATORS)
    asked_back = False
    if _SOME.match(plain):
        # "a bit, but nothing much" stays a yes; "sometimes, but not in the past month" is asked
        turned = bool(re.search(r"\bbut\b", plain)) and not _PLAYED_DOWN.search(plain)
        value, asked_back = True, turned or bool(_PARTIAL.match(plain))
    elif _DENIAL.match(plain):
        value = False
    elif _STOPPED.match(plain):
        value, asked_back = False, True
    elif _STATEMENT.match(plain) and not _NEGATION.search(plain):
        # "I had ECT once" to a question naming ECT is a yes. One that does not take up the question
        # ("I walk the dog every day" to one about staying in) may mean either: asked again, with
        # no yes or no proposed, since proposing one invites a wrong value.
        if not _echoes(plain, question):
            return NotUnderstood(_not_understood(text))
        value = True
    else:
        return NotUnderstood(_not_understood(text))
    understood = _answer(value, plain)
    if asked_back:
        confirm = f"Shall I take that as a {'yes' if value else 'no'} ({plain})?"
        return Understood(value, understood.display, True, confirm=confirm, notes=understood.notes)
    return understood


def _echoes(statement: str, question: str) -> bool:
    """Whether a statement takes up the question's own topic: a shared word, or an everyday word for it."""
    asked = {w[:5] for w in _words(question.casefold())}
    said = _words(statement)
    if any(w[:5] in asked for w in said):
        return True
    return any(word in said for stem in asked for word in _TOPIC_WORDS.get(stem, ()))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][a-z0-9']*", text) if len(w) >= 3 and w not in _STOP_WORDS}


def _contradicts(value: bool, rest: str) -> bool:
    """Whether the rest turns the edge word round ("no, yes" or "yes, no")."""
    other = _YES_EDGES if not value else ("no", "not", "nope", "nah", "never")  # "definitely not"
    return any(rest == word or rest.startswith(word + " ") for word in other)


def _answer(value: bool, note: str) -> Understood:
    return Understood(value, "Yes" if value else "No", approximate=bool(note), notes=(note,) if note else ())


def _word_ends(text: str, index: int) -> bool:
    return index >= len(text) or not text[index].isalnum()


def _word_starts(text: str, index: int) -> bool:
    return index <= 0 or not text[index - 1].isalnum()


def _not_understood(text: str) -> str:
    shown = " ".join(text.split())
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"I could not tell yes or no from '{shown}'. {_MESSAGE}" if shown else _MESSAGE
