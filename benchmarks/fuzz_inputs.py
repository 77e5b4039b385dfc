"""Fuzzing every parser of user and script input: uncaught exceptions, slow inputs, and linear growth.

Run: python benchmarks/fuzz_inputs.py [--scale 1.0] [--seed 16] [--json]
Each parser gets random and mutated inputs from a seeded generator (the same inputs every run at the
same seed and scale); only the parser's own error (ScriptError, RecordError, UserError, UnknownSession,
argparse's usage exit) counts as handled. Then each parser is fed one growing worst-case input, doubling
until it takes over 2 s, to find the largest size it still takes in linear time.
Prints, per parser: inputs, uncaught exceptions (with the first few), inputs over 100 ms of CPU time
(CPU, not wall: the machine is shared), and the largest input measured with the time per character
still within 3x of the smallest's ("+" when growth stopped at the 2 s ceiling, still linear).
Target (issue 16): 0 uncaught in at least 100,000 inputs in all. tests/test_fuzzing.py runs the
same harness at a small fixed budget in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "scripts" / "sample.yaml").read_text(encoding="utf-8")
RECORD = (ROOT / "transcripts" / "cases" / "07_refractory_after_psychotherapy.record.json").read_text()
ANSWERS = (ROOT / "scripts" / "sample.answers").read_text(encoding="utf-8").splitlines()
SPECIALS = ["{", "}", "[", "]", ":", "- ", "&a ", "*a", "!!str ", "#", "'", '"', "\t", "\x00",
            "\x1b[2J", "\u202e", "%", "_", "\\", "\n", "  ", "?", "|", ">", "~", "null", "1e999", "-0",
            "🙂", "\udcff"]  # fmt: skip
SLOW_MS = 100.0


@dataclass
class Tally:
    """What one parser did with its inputs."""

    name: str
    inputs: int = 0
    uncaught: int = 0
    slow: int = 0
    slowest_ms: float = 0.0
    examples: list[str] = field(default_factory=list)
    linear_up_to: int = 0
    still_linear: bool = False
    """Growth stopped at the time ceiling (or the size cap) with no sign of superlinear time."""

    def run(self, feed: Callable[[], None], shown: str) -> None:
        self.inputs += 1
        start = time.process_time()  # CPU time: eight engineers share two cores, wall time is noise
        try:
            feed()
        except Exception as error:  # anything the parser did not turn into its own message
            self.uncaught += 1
            if len(self.examples) < 3:
                self.examples.append(f"{type(error).__name__}: {str(error)[:80]} <- {shown[:60]!r}")
        elapsed = (time.process_time() - start) * 1000
        self.slow += elapsed > SLOW_MS
        self.slowest_ms = max(self.slowest_ms, elapsed)


def mutate(rng: random.Random, text: str, edits: int) -> str:
    """`text` with a few random edits: deleted, duplicated or swapped spans, inserted specials."""
    chars = list(text)
    for _ in range(edits):
        at = rng.randrange(len(chars) + 1)
        action = rng.randrange(5)
        if action == 0 and chars:
            del chars[at : at + rng.randint(1, 40)]
        elif action == 1:
            chars[at:at] = list(rng.choice(SPECIALS))
        elif action == 2 and chars:
            span = chars[at : at + rng.randint(1, 80)]
            chars[at:at] = span * rng.randint(1, 4)
        elif action == 3:
            chars[at:at] = [chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randint(1, 5))]
        elif chars:
            other = rng.randrange(len(chars))
            chars[at % len(chars)], chars[other] = chars[other], chars[at % len(chars)]
    return "".join(chars)


def junk(rng: random.Random, longest: int = 200) -> str:
    """A random line: specials, letters, digits and words of the answers, run together."""
    pool = SPECIALS + ANSWERS + list("abcxyz0123456789 .,;-")
    parts = [rng.choice(pool) for _ in range(rng.randint(0, 12))]
    return "".join(parts)[: rng.randint(0, longest)]


# --- the parsers --------------------------------------------------------------------------------------


def fuzz_scripts(rng: random.Random, count: int, tally: Tally) -> None:
    from interview.mapping import record_fields
    from interview.script import ScriptError, load_script_text, validate

    fields = record_fields()

    def feed(text: str) -> Callable[[], None]:
        def go() -> None:
            with contextlib.suppress(ScriptError):
                validate(load_script_text(text, "<fuzz>"), fields)

        return go

    for n in range(count):
        text = mutate(rng, SAMPLE, rng.randint(1, 6)) if n % 10 else junk(rng, 2000)
        tally.run(feed(text), text)


def fuzz_records(rng: random.Random, count: int, tally: Tally, folder: Path) -> None:
    from interview.record import RecordError, load_record

    path = folder / "record.json"

    def go() -> None:
        with contextlib.suppress(RecordError):
            load_record(path)

    for n in range(count):
        text = mutate(rng, RECORD, rng.randint(1, 8)) if n % 10 else junk(rng, 500)
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        tally.run(go, text)


def fuzz_answers(rng: random.Random, count: int, tally: Tally) -> None:
    """Lines typed into the interview (what an answers file or standard input gives the engine)."""
    from interview.engine import Conversation
    from interview.script import load_script_text

    script = load_script_text(SAMPLE, "sample.yaml").script
    conversation, _ = Conversation.start(script, "P-fuzz")
    for n in range(count):
        if conversation.finished or conversation.paused:
            conversation, _ = Conversation.start(script, "P-fuzz")
        kind = n % 3  # an answer of the sample interview, a mutated one, or junk
        line = (
            rng.choice(ANSWERS)
            if kind == 0
            else mutate(rng, rng.choice(ANSWERS), 2)
            if kind == 1
            else junk(rng)
        )
        tally.run(lambda line=line, talk=conversation: talk.handle(line) and None, line)


def fuzz_answer_files(rng: random.Random, count: int, tally: Tally, folder: Path) -> None:
    from interview.commands.input_lines import read_answers_file
    from interview.errors import UserError

    path = folder / "answers.txt"

    def go() -> None:
        with contextlib.suppress(UserError):
            read_answers_file(path)

    for _ in range(count):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
        path.write_bytes(data if rng.random() < 0.5 else "\n".join(ANSWERS).encode() + data)
        tally.run(go, repr(data[:40]))


def fuzz_stdin(rng: random.Random, count: int, tally: Tally) -> None:
    from interview.commands.input_lines import text_lines
    from interview.errors import UserError

    def go(data: bytes) -> None:
        with contextlib.suppress(UserError):
            for _ in text_lines(io.BytesIO(data)):
                pass

    for _ in range(count):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))
        tally.run(lambda data=data: go(data), repr(data[:40]))


def fuzz_cli_args(rng: random.Random, count: int, tally: Tally) -> None:
    from interview.cli import build_parser

    parser = build_parser()
    words = ["run", "resume", "sessions", "transcript", "report", "export", "serve", "stage", "--port",
             "--format", "--out", "--db", "--plain", "--json", "--answers", "-h", "99999", "--",
             "-"]  # fmt: skip

    def go(argv: list[str]) -> None:
        quiet = contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO())
        with quiet[0], quiet[1], contextlib.suppress(SystemExit):  # a usage error or --help: handled
            parser.parse_args(argv)

    for _ in range(count):
        argv = [rng.choice(words) if rng.random() < 0.7 else junk(rng, 40) for _ in range(rng.randint(0, 6))]
        tally.run(lambda argv=argv: go(argv), " ".join(argv))


def fuzz_session_ids(rng: random.Random, count: int, tally: Tally, folder: Path) -> None:
    from interview.engine import Conversation
    from interview.script import load_script_text
    from interview.storage import SessionStore, UnknownSession, open_database

    store = SessionStore(open_database(folder / "ids.db"))
    script = load_script_text(SAMPLE, "sample.yaml").script
    for _ in range(20):
        _, first = Conversation.start(script, "P")
        store.create_begun(first.events, script.source_text)

    def go(prefix: str) -> None:
        with contextlib.suppress(UnknownSession):
            store.resolve(prefix)

    for n in range(count):
        prefix = junk(rng, 60) if n % 50 else rng.choice(SPECIALS) * rng.randint(1, 100_000)
        tally.run(lambda prefix=prefix: go(prefix), prefix)


# --- growth: the largest input still taken in linear time --------------------------------------------


def growing_inputs() -> Iterator[tuple[str, Callable[[int], Callable[[], None]]]]:
    """Per parser, a function from a size to one input of about that many characters, ready to feed."""
    from interview.commands.input_lines import text_lines
    from interview.engine import Conversation
    from interview.record import load_record
    from interview.script import ScriptError, load_script_text, validate
    from interview.storage import SessionStore, UnknownSession, open_database

    def script_of(size: int) -> Callable[[], None]:
        head, tail = SAMPLE.split("    questions:\n", 1)
        question = "      - {id: q%d, type: yes_no, text: 'Question %d, asked when it applies?'}\n"
        extra = "".join(question % (i, i) for i in range(max(1, size // len(question % (0, 0)))))

        def go() -> None:
            with contextlib.suppress(ScriptError):
                validate(load_script_text(head + "    questions:\n" + extra + tail, "<grow>"))

        return go

    folder = Path(tempfile.mkdtemp())

    def record_of(size: int) -> Callable[[], None]:
        data = json.loads(RECORD)
        trial = data["medication_trials"][0]
        data["medication_trials"] = [trial] * max(1, size // len(json.dumps(trial)))
        path = folder / f"grow{size}.json"
        path.write_text(json.dumps(data))
        return lambda: load_record(path) and None

    script = load_script_text(SAMPLE, "sample.yaml").script

    def answer_of(size: int) -> Callable[[], None]:
        line = ("about eight months and then " * (size // 28 + 1))[:size]
        conversation, _ = Conversation.start(script, "P")
        return lambda: conversation.handle(line) and None

    def stdin_of(size: int) -> Callable[[], None]:
        data = (b"an answer " * (size // 10 + 1))[:size] + b"\n"
        return lambda: sum(1 for _ in text_lines(io.BytesIO(data))) and None

    store = SessionStore(open_database(folder / "grow.db"))

    def session_id_of(size: int) -> Callable[[], None]:
        prefix = "a%_" * (size // 3 + 1)

        def go() -> None:
            with contextlib.suppress(UnknownSession):
                store.resolve(prefix[:size])

        return go

    yield "script loader + validator", script_of
    yield "record loader", record_of
    yield "interview answers (engine)", answer_of
    yield "standard input lines", stdin_of
    yield "session ids", session_id_of


def linear_limit(
    make: Callable[[int], Callable[[], None]], start: int = 4000, ceiling_s: float = 2.0
) -> tuple[int, bool]:
    """Double the size while the time per character stays within 3x of the smallest seen (each size
    the best of 3 runs, so one collector pause or a busy neighbour does not end it): the largest size
    measured, and whether growth stopped at the ceiling still linear."""
    size, base, largest = start, None, 0
    while True:
        feed = make(size)
        elapsed = min(_cpu_seconds(feed) for _ in range(3 if size <= 1_000_000 else 1))
        per_char = elapsed / size
        base = per_char if base is None else min(base, per_char)
        if per_char > 3 * base:
            return largest, False
        largest = size
        if elapsed > ceiling_s or size >= 64_000_000:
            return largest, True
        size *= 2


def _cpu_seconds(feed: Callable[[], None]) -> float:
    begin = time.process_time()
    feed()
    return time.process_time() - begin


def measure(scale: float, seed: int, growth: bool) -> list[Tally]:
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp())
    runs: list[tuple[Tally, Callable[[Tally], None]]] = [
        (Tally("script loader + validator"), lambda t: fuzz_scripts(rng, int(3000 * scale), t)),
        (Tally("record loader"), lambda t: fuzz_records(rng, int(20000 * scale), t, folder)),
        (Tally("interview answers (engine)"), lambda t: fuzz_answers(rng, int(30000 * scale), t)),
        (Tally("answers files"), lambda t: fuzz_answer_files(rng, int(15000 * scale), t, folder)),
        (Tally("standard input lines"), lambda t: fuzz_stdin(rng, int(15000 * scale), t)),
        (Tally("command-line arguments"), lambda t: fuzz_cli_args(rng, int(15000 * scale), t)),
        (Tally("session ids"), lambda t: fuzz_session_ids(rng, int(5000 * scale), t, folder)),
    ]
    tallies = []
    for tally, run in runs:
        run(tally)
        tallies.append(tally)
    if growth:
        by_name = {t.name: t for t in tallies}
        for name, make in growing_inputs():
            by_name[name].linear_up_to, by_name[name].still_linear = linear_limit(make)
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="inputs per parser, times this")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--no-growth", action="store_true", help="skip the linear-growth measurement")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    tallies = measure(args.scale, args.seed, not args.no_growth)
    if args.json:
        print(json.dumps([t.__dict__ for t in tallies]))
        return
    print(f"{'parser':28} {'inputs':>8} {'uncaught':>8} {'>100 ms':>8} {'slowest':>9} {'linear up to':>14}")
    for t in tallies:
        linear = f"{t.linear_up_to:,} ch{'+' if t.still_linear else ''}" if t.linear_up_to else "-"
        print(f"{t.name:28} {t.inputs:>8,} {t.uncaught:>8} {t.slow:>8} {t.slowest_ms:>7.1f}ms {linear:>14}")
        for example in t.examples:
            print(f"    {example}")
    total = sum(t.inputs for t in tallies)
    print(f"{'all':28} {total:>8,} {sum(t.uncaught for t in tallies):>8} {sum(t.slow for t in tallies):>8}")
    print(f"({time.perf_counter() - started:.0f} s; seed {args.seed}, scale {args.scale})")


if __name__ == "__main__":
    sys.setrecursionlimit(1000)  # the default: parsers must cope with it, not with a raised limit
    main()
