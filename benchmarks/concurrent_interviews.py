"""Many interviews at once on one database: separate processes, each running whole interviews for a time.

Run: python benchmarks/concurrent_interviews.py [--processes 8] [--seconds 60] [--json]
Each worker process runs `interview run sample --plain --answers scripts/sample.answers` (through the
command line's own `main`, so imports are paid once per process) again and again until its time is up.
Afterwards every session is read back: a finished run must have stored every answer a run alone stores.
Prints: processes x minutes held, interviews finished, answers stored, answers lost, errors.
Target (issue 16): 0 answers lost and 0 errors at 8 processes.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "scripts" / "sample.answers"


def worker(database: str, seconds: float) -> None:
    """Run interviews until the time is up; print one JSON line: runs, failures and their reasons."""
    from interview.cli import main

    runs, failures, reasons = 0, 0, []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or runs == 0:
        out, err = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["--db", database, "run", "sample", "--plain", "--answers", str(ANSWERS)])
        except BaseException:  # a traceback is exactly what this counts
            code, reason = -1, traceback.format_exc().strip().splitlines()[-1]
        else:
            reason = err.getvalue().strip()
        runs += 1
        if code != 0 or "complete" not in out.getvalue():
            failures += 1
            reasons.append(reason or f"exit {code}")
    print(json.dumps({"runs": runs, "failures": failures, "reasons": reasons[:5]}))


def answers_per_session(database: Path) -> dict[str, int]:
    """Stored answers of each finished session (answer_recorded events)."""
    from interview.storage import SessionStore, open_database

    store = SessionStore(open_database(database))
    counts = {}
    for summary in store.summaries():
        if summary.status == "finished":
            counts[summary.id] = sum(e.kind == "answer_recorded" for e in store.events(summary.id))
    return counts


def measure(processes: int, seconds: float, folder: Path) -> dict[str, object]:
    """Run `processes` workers for `seconds` on one new database; the figures."""
    alone = folder / "alone.db"
    subprocess.run([sys.executable, __file__, "--worker", str(alone), "--seconds", "0"], check=True,
                   capture_output=True)  # fmt: skip
    expected = next(iter(answers_per_session(alone).values()))
    database = folder / "shared.db"
    started = time.monotonic()
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", str(database), "--seconds", str(seconds)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    results, crashed = [], 0
    for process in workers:
        out, err = process.communicate()
        if process.returncode != 0 or not out.strip():
            crashed += 1
            results.append({"runs": 0, "failures": 1, "reasons": [err.strip().splitlines()[-1:]]})
        else:
            results.append(json.loads(out.strip().splitlines()[-1]))
    held = time.monotonic() - started
    stored = answers_per_session(database)
    runs = sum(int(r["runs"]) for r in results)
    failures = sum(int(r["failures"]) for r in results) + crashed
    succeeded = runs - failures
    # each run that said it completed must have left a finished session holding every answer
    lost = expected * succeeded - sum(min(n, expected) for n in stored.values())
    return {
        "processes": processes,
        "minutes": round(held / 60, 2),
        "interviews_finished": len(stored),
        "answers_per_interview": expected,
        "answers_stored": sum(stored.values()),
        "answers_lost": max(lost, 0),
        "errors": failures,
        "error_reasons": sorted({str(reason) for r in results for reason in r["reasons"]})[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worker", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.seconds)
        return
    with tempfile.TemporaryDirectory() as folder:
        figures = measure(args.processes, args.seconds, Path(folder))
    if args.json:
        print(json.dumps(figures))
        return
    for name, value in figures.items():
        print(f"{name:22} {value}")


if __name__ == "__main__":
    main()
