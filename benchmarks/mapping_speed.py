"""Mapping speed: build_record for whole vignette interviews, and the link read-back prompt and answer.

Run: python benchmarks/mapping_speed.py
Targets: a record from a whole assessment < 20 ms (it is rebuilt for every report and for the
read-back); the read-back prompt and the understanding of its answer < 50 ms each, since the person
waits on them.
"""

from __future__ import annotations

import datetime
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from interview.engine import Conversation
from interview.engine.interpret import interpret
from interview.locations import bundled_scripts_dir
from interview.mapping import build_record, read_back_lines
from interview.mapping.read_backs import READ_BACKS
from interview.script import Script, load_script_file
from interview.script.questions import LinkReview
from interview.session.answer_files import read_keyed_answers

ROOT = Path(__file__).resolve().parents[1]
TODAY = datetime.date(2026, 11, 21)


def median_ms(action: Callable[[], object], repeat: int = 15) -> float:
    """The median wall time of `action`, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(script: Script, review: LinkReview, answers: Path) -> str:
    """One vignette interview: how long its record, its read-back prompt and its answer take."""
    conversation, _ = Conversation.start(script, "bench", today=lambda: TODAY, read_backs=READ_BACKS)
    for line in read_keyed_answers(answers.read_text(encoding="utf-8"), str(answers)).lines(conversation):
        conversation.handle(line)
    book = conversation.book
    record_ms = median_ms(lambda: build_record(script, conversation))
    prompt_ms = median_ms(lambda: read_back_lines(script, book, review.id))
    slot = next((s for s in book.slots() if s.key == review.id), None)
    said = "remove 1, add insomnia -> low mood"
    answer_ms = (
        median_ms(lambda: interpret(review, said, TODAY, (book, slot), READ_BACKS)) if slot else float("nan")
    )
    trials = len(build_record(script, conversation).medication_trials)
    return (
        f"{answers.stem[:34]:34} {trials:2} trials: record {record_ms:5.1f} ms, "
        f"read-back prompt {prompt_ms:5.1f} ms, answer {answer_ms:5.1f} ms (targets 20 / 50 / 50)"
    )


def main() -> None:
    script = load_script_file(bundled_scripts_dir() / "trd_assessment.yaml").script
    review = next(p.question for p in script.index.placements.values() if isinstance(p.question, LinkReview))
    assert isinstance(review, LinkReview)
    for answers in sorted((ROOT / "transcripts" / "cases").glob("*.answers.yaml")):
        print(measure(script, review, answers))


if __name__ == "__main__":
    main()
