"""Yes or no, in the many ways people say it ("yeah", "of course", "not really", "never")."""

from __future__ import annotations

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
        "i don't think so", "i do not think so",
    }
)  # fmt: skip
_MESSAGE = "Please answer yes or no (y/n)."


def understand_yes_no(text: str) -> Understanding:
    """Understand a yes or a no.

    Only whole answers count, with commas and full stops ignored: "yes", "yeah", "of course",
    "yes, I have" are yes; "no", "nope", "never", "not really", "I haven't", "none" are no.
    Anything else ("not sure", "yes and no", "sometimes") is not understood.

    Args:
        text: What the person typed.

    Returns:
        Understood with a bool value and the display "Yes" or "No"; otherwise a re-prompt.
    """
    key = normalize(text).replace(",", " ").replace("!", " ")
    key = " ".join(key.split())
    if key in _YES:
        return Understood(True, "Yes", approximate=False)
    if key in _NO:
        return Understood(False, "No", approximate=False)
    return NotUnderstood(_MESSAGE)
