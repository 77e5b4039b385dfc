"""The common English words one typo away from a lexicon word, from wordfreq (kept as data so that
the scan never loads wordfreq). Regenerate after changing the lexicon:
`python -m tests.safety.real_words > interview/safety/data/risk_real_words.txt`."""

from __future__ import annotations

import re

from wordfreq import top_n_list

from interview.safety.lexicon import LEXICON_FILE, Lexicon, typo_of

COMMON_WORDS = 60_000
"""How many of wordfreq's most frequent English words count as real words."""


def near_misses(lexicon: Lexicon) -> list[str]:
    """Common words that the typo rule would otherwise correct to a lexicon word, sorted."""
    words = {w.replace("'", "") for w in top_n_list("en", COMMON_WORDS) if re.fullmatch(r"[a-z']+", w)}
    by_letter: dict[str, list[str]] = {}
    for wanted in lexicon.vocabulary:  # a typo never changes the first letter
        by_letter.setdefault(wanted[0], []).append(wanted)
    return sorted(
        word
        for word in words - lexicon.vocabulary
        if any(abs(len(w) - len(word)) <= 1 and typo_of(word, w) for w in by_letter.get(word[:1], []))
    )


def shipped_lexicon() -> Lexicon:
    """The shipped lexicon without its real-words list."""
    from importlib import resources

    text = resources.files("interview.safety").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    return Lexicon.parse(text)


if __name__ == "__main__":
    print("\n".join(near_misses(shipped_lexicon())))
