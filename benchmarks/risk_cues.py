"""Risk-cue scanning speed: every typed line is scanned, so it must stay far below a turn's budget.

Run: python benchmarks/risk_cues.py
Target: a typical answer (under 20 words) < 1 ms; a pasted note of 2,000 words < 50 ms; linear in length.
Each distinct word is compared with the phrase words once per process (then remembered), so the
warm figures are for words seen before and the cold line is the first sight of every word.
"""

from __future__ import annotations

import statistics
import time

from interview.safety.cues import PhraseList, default_phrases, find_cues

ORDINARY = "I have been feeling tired and the side effects were bad but I kept going to work every day."
VARIED = "Some weeks were better; on sertraline I slept badly, and honestly I'd be better off dead at times."


def per_call_ms(text: str, repeats: int) -> float:
    """The median time of one scan, in milliseconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        find_cues(text)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print the figures."""
    default_phrases()  # the list is read once per process
    print(f"phrases: {len(default_phrases().cues)} cues, {len(default_phrases().exceptions)} exceptions")
    for label, text in (("ordinary", ORDINARY), ("with a cue", VARIED)):
        for copies in (1, 20, 120):
            words = len(text.split()) * copies
            ms = per_call_ms(" ".join([text] * copies), repeats=50 if copies < 100 else 10)
            print(f"{label:10} {words:5} words: {ms:7.2f} ms per scan (words seen before)")
    fresh = PhraseList(default_phrases().cues, default_phrases().exceptions)  # nothing remembered yet
    start = time.perf_counter()
    find_cues(" ".join([VARIED, ORDINARY] * 60), fresh)
    cold_ms = (time.perf_counter() - start) * 1000
    print(f"cold scan of 2,160 words (every distinct word new): {cold_ms:.2f} ms")


if __name__ == "__main__":
    main()
