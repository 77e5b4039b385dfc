"""Engine speed: script load + validation + compile at 50/300/1000 questions, time per turn, replay of 300.

Run: python benchmarks/engine_speed.py
Targets (issue 2): compile of 300 questions < 100 ms; a turn < 2 ms in the engine; replay of 300 events
< 50 ms; none growing faster than linearly.
"""

from __future__ import annotations

import datetime
import statistics
import time
import tracemalloc
from collections.abc import Callable

from interview.engine import Conversation
from interview.engine.compiled import compiled_for
from interview.engine.machine import compile_script
from interview.mapping.read_backs import READ_BACKS
from interview.script import load_script_text, validate
from interview.storage import SessionStore, open_database

TODAY = datetime.date(2026, 11, 21)


def synthetic_script(questions: int) -> str:
    """A script of `questions` questions in sections of 10, every third with a condition, one repeat group."""
    lines = ["id: bench", 'version: "1"', "title: Benchmark", "sections:"]
    for s in range(questions // 10):
        lines += [f"  - id: s{s}", f"    title: Section {s}", "    questions:"]
        for q in range(10):
            qid = f"q{s}_{q}"
            if q == 9 and s == 0:
                lines += [
                    f"      - id: {qid}",
                    "        type: repeat",
                    "        text: Items",
                    "        ask_another: Another?",
                    "        questions:",
                    f"          - {{id: {qid}_a, type: text, text: Name?}}",
                    f"          - {{id: {qid}_b, type: integer, text: Count?, min: 0, max: 99}}",
                ]
                continue
            kind = ("yes_no", "integer", "text")[q % 3]
            extra = "min: 0, max: 99, " if kind == "integer" else ""
            when = f", when: {{answer: q{s}_0, op: eq, value: true}}" if q % 3 == 1 and q > 0 else ""
            lines.append(f"      - {{id: {qid}, type: {kind}, {extra}text: Question {qid}?{when}}}")
    return "\n".join(lines) + "\n"


def median_ms(action: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def compile_figures() -> None:
    print("script load (YAML 1.2 with line numbers) / validate / compile to a machine, median of 7")
    for n in (50, 300, 1000):
        text = synthetic_script(n)
        loaded = load_script_text(text)
        assert not validate(loaded)
        load_ms = median_ms(lambda text=text: load_script_text(text))
        validate_ms = median_ms(lambda loaded=loaded: validate(loaded))
        compile_ms = median_ms(lambda loaded=loaded: compile_script(loaded.script))
        tracemalloc.start()
        compile_script(loaded.script)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"  {n:5} questions: load {load_ms:6.1f} ms  validate {validate_ms:5.1f} ms  "
            f"compile {compile_ms:5.2f} ms  (compile peak {peak / 2**20:.2f} MiB)"
        )


def answer_for(conversation: Conversation) -> str:
    slot = conversation.current
    question = conversation.book.question(slot) if slot else None
    kind = getattr(question, "type", "yes_no")
    return {"yes_no": "yes", "integer": "7", "text": "fine"}.get(kind, "yes")


def turn_figures() -> list[object]:
    script = load_script_text(synthetic_script(1000)).script
    compiled_for(script)
    conversation, first = Conversation.start(script, "bench", today=lambda: TODAY, read_backs=READ_BACKS)
    events = list(first.events)
    per_turn: list[float] = []
    while not conversation.finished and len(per_turn) < 600:
        line = answer_for(conversation)
        if conversation.current and conversation.current.is_another:
            line = "yes" if (conversation.current.item or 0) < 20 else "no"
        start = time.perf_counter()
        reply = conversation.handle(line)
        per_turn.append((time.perf_counter() - start) * 1000)
        events += reply.events
    print("engine time per turn (1000-question script, no I/O)")
    for label, window in (
        ("turn 10", per_turn[5:15]),
        ("turn 100", per_turn[95:105]),
        ("turn 500", per_turn[495:505]),
    ):
        print(f"  {label:8}: median {statistics.median(window):.3f} ms")
    return events


def replay_figures(events: list[object]) -> None:
    script = load_script_text(synthetic_script(1000)).script
    asked = [i for i, e in enumerate(events) if getattr(e, "kind", "") == "question_asked"]
    cut = asked[300] if len(asked) > 300 else len(events)
    first_300 = events[:cut]
    print(f"replay of a 300-turn session ({len(first_300)} events), median of 7")
    in_memory = median_ms(lambda: Conversation.replay(script, first_300, read_backs=READ_BACKS))  # type: ignore[arg-type]
    print(f"  in memory: {in_memory:.1f} ms")
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        store = SessionStore(open_database(Path(folder) / "bench.db"))
        session_id = store.create(first_300[0], script.source_text)  # type: ignore[arg-type]
        store.append(session_id, first_300)  # type: ignore[arg-type]

        def from_disk() -> None:
            reopened = SessionStore(open_database(Path(folder) / "bench.db"))
            Conversation.replay(script, reopened.events(session_id), read_backs=READ_BACKS)

        print(f"  open database + read + replay: {median_ms(from_disk):.1f} ms")


if __name__ == "__main__":
    compile_figures()
    replay_figures(turn_figures())
