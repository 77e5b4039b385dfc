"""Practice mode and the demo: how long a case takes to load, replay, compare and stage; the demo end to end.

Run: python benchmarks/practice_speed.py   (prints figures; not a test)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from interview.practice.library import case_files, case_script, load_case
from interview.practice.session import PracticeSession

T = TypeVar("T")


def timed(action: Callable[[], T]) -> tuple[T, float]:
    """The result of an action and its wall time in milliseconds."""
    start = time.perf_counter()
    result = action()
    return result, (time.perf_counter() - start) * 1000


def main() -> None:
    print(f"{'case':40} {'turns':>5} {'load ms':>8} {'expert ms':>9} {'trainee ms':>10} {'results ms':>10}")
    for path in case_files():
        case, load_ms = timed(lambda p=path: load_case(p))
        script = case_script(case, path)
        session, expert_ms = timed(lambda c=case, s=script: PracticeSession(c, s))
        codes = [turn.answer.code for turn in session.expert.turns]
        session.opening()
        _, trainee_ms = timed(lambda s=session, c=codes: [s.code(line) for line in c])
        _, results_ms = timed(session.results)
        figures = f"{load_ms:>8.1f} {expert_ms:>9.1f} {trainee_ms:>10.1f} {results_ms:>10.1f}"
        print(f"{path.stem:40} {len(codes):>5} {figures}")
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "INTERVIEW_DB": str(Path(folder) / "demo.db")}
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "interview", "demo"], env=env, check=True, capture_output=True)
        print(f"\ninterview demo, whole process (new database): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
