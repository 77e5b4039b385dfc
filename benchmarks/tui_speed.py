"""TUI speed and memory: launch to the first question, Enter to the next question, memory after 500 turns.

Run: python benchmarks/tui_speed.py [--runs N] [--turns N]
Targets (issue 6):
- launch to the first question on screen, as a whole process, at most 1.5x a minimal Textual app that
  shows one line (measured in the same run, alternating, median of --runs), for the sample script and
  the assessment script. Our app is launched as `interview run SCRIPT` is (interview.cli.main, a fresh
  database each run; only the terminal check is bypassed and the app runs headless at 80x24).
  Printed for each script:
  - the minimal app;
  - ours to the first question on screen with the script cache warm (any launch after the first of a
    script file): the question is painted from the stored opening while the engine is still loading.
    This ratio is the issue's target;
  - ours to READY with the cache warm: the engine loaded, the session stored, an answer typed now
    would be accepted at once (one typed before is kept and handled then). Its ratio is printed too:
    it is what the person waits for before a first answer is processed, and it misses 1.5x;
  - ours on the first launch of a script file (cache cold), to the first question, which is then READY.
- Enter to the next question under 50 ms at turns 10, 100 and 500 of a long interview, and
  flat (the chat is one RichLog: a turn adds lines, never widgets);
- memory (resident set size) at turns 10, 100 and 500 is printed.
Timing of a turn: the Enter key goes to the headless driver as a raw key event; the clock stops when a
callback registered right after the reply was shown fires after the next refresh (the compositor has
produced the screen update). Each turn includes committing the turn's events to SQLite. The turns
start once the launch's background work is done (the imports warmed on a thread, the key hints
built after the first paint): nobody answers ten questions in the first half second.
Launch times are wall and CPU seconds of the whole process (CPU: user + system of the child); the
machine is shared, so the CPU figures are the steadier ones.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from textual import events

from interview.engine import Reply
from interview.script.cache import CACHE_ENV
from interview.storage import SessionStore, open_database
from interview.tui.app import Start, make_app
from interview.tui.screens.interview import InterviewScreen

SAMPLE = Path(__file__).resolve().parent.parent / "scripts" / "sample.yaml"
ASSESSMENT = SAMPLE.with_name("trd_assessment.yaml")
MINIMAL_APP = """
import sys
from textual.app import App
from textual.widgets import Static
class Hello(App):
    def compose(self):
        yield Static("How has your mood been?")
    def on_mount(self):
        self.call_after_refresh(self.exit)
Hello().run(headless=True, size=(80, 24))
"""
OUR_APP = """
import sys
from interview import cli
from interview.tui.app import InterviewApp
from interview.tui.screens.interview import InterviewScreen
mode, database, script = sys.argv[1:]
def done(app):  # polled every 5 ms once armed: exit after the paint that follows the question
    screen = app.screen
    if isinstance(screen, InterviewScreen) and screen.query_one("#chat").lines:
        app.call_after_refresh(app.exit)
def arm(app):
    app.set_interval(0.005, lambda: done(app))
real_mount, real_attach = InterviewScreen.on_mount, InterviewScreen.attach
def on_mount(screen):  # READY on the first launch: the screen mounts with its live session
    real_mount(screen)
    if screen.live is not None:
        arm(screen.app)
def attach(screen, live, opening):  # READY after a painted opening: the live session arrives
    real_attach(screen, live, opening)
    arm(screen.app)
if mode == "ready":  # armed only then, so that polling does not slow the loading
    InterviewScreen.on_mount, InterviewScreen.attach = on_mount, attach
real_run = InterviewApp.run
def run(app, **_options):  # headless at 80x24, with the probe; the rest is `interview run` itself
    if mode == "first":
        app.call_later(lambda: arm(app))
    return real_run(app, headless=True, size=(80, 24))
InterviewApp.run = run
cli._opens_tui = lambda args: True  # stdin and stdout are not terminals here
sys.exit(cli.main(["--db", database, "run", script, "--patient", "bench"]))
"""
LONG_SCRIPT = """
id: long
version: "1"
title: A long interview for timing
sections:
  - id: trials
    title: Medicines
    questions:
      - id: trials
        type: repeat
        text: One medicine at a time.
        item_label: medicine {n}
        ask_another: Was there another medicine?
        max_items: 200
        questions:
          - id: drug
            type: text
            text: Which medicine was it?
          - id: weeks
            type: duration
            text: For how long did you take {drug}?
"""
ANSWERS = ["sertraline", "about six weeks", "yes"]
WINDOWS = {10: range(6, 16), 100: range(91, 111), 500: range(481, 501)}


def launch_seconds(code: str, *args: str, cache: Path, pycache: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process: interpreter start, imports, first screen, exit.

    Bytecode is cached (in `pycache`) as an installed package has it, even where the environment sets
    PYTHONDONTWRITEBYTECODE: otherwise our modules, unlike textual's, would be compiled every launch.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update({CACHE_ENV: str(cache), "PYTHONPYCACHEPREFIX": str(pycache)})  # never the user's cache
    start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return time.perf_counter() - start, cpu


def launch_times(runs: int, script: Path) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds, alternating runs: the minimal app; ours to the first question and
    to READY (the script cache warm); ours on the first launch of this script file (cache cold)."""
    timings: dict[str, list[tuple[float, float]]] = {"minimal": [], "first": [], "ready": [], "cold": []}
    with tempfile.TemporaryDirectory() as folder:
        warm, pycache = Path(folder) / "cache", Path(folder) / "pycache"
        for run in range(runs + 1):
            database = str(Path(folder) / f"launch{run}")
            cold = Path(folder) / f"cold{run}"
            measured = {
                "minimal": launch_seconds(MINIMAL_APP, cache=warm, pycache=pycache),
                "first": launch_seconds(
                    OUR_APP, "first", database + "f.db", str(script), cache=warm, pycache=pycache
                ),
                "ready": launch_seconds(
                    OUR_APP, "ready", database + "r.db", str(script), cache=warm, pycache=pycache
                ),
                "cold": launch_seconds(
                    OUR_APP, "ready", database + "c.db", str(script), cache=cold, pycache=pycache
                ),
            }
            if run:  # the first runs warm the file cache (and the script cache of the warm runs)
                for name, seconds in measured.items():
                    timings[name].append(seconds)
    return {
        name: (statistics.median(t[0] for t in runs_), statistics.median(t[1] for t in runs_))
        for name, runs_ in timings.items()
    }


def rss_mib() -> float:
    """The resident set size of this process now (Linux /proc; max RSS elsewhere)."""
    statm = Path("/proc/self/statm")
    if statm.exists():
        return int(statm.read_text().split()[1]) * resource.getpagesize() / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def turn_latencies(
    turns: int, folder: Path
) -> tuple[dict[int, float], dict[int, float], dict[int, float]]:
    """Per-turn wall and CPU seconds by turn number, and the memory at turns 10, 100 and 500."""
    script = folder / "long.yaml"
    script.write_text(LONG_SCRIPT, encoding="utf-8")
    store = SessionStore(open_database(folder / "turns.db"))
    app = make_app(store, Start(script_path=script, patient_label="bench"))
    wall: dict[int, float] = {}
    cpu: dict[int, float] = {}
    memory: dict[int, float] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            if isinstance(app.screen, InterviewScreen) and app.screen.live is not None:
                break
            await pilot.pause(0.05)
        else:
            raise SystemExit("the interview screen did not open (does the long script load?)")
        while any(thread.name in ("engine", "warm imports") for thread in threading.enumerate()):
            await pilot.pause(0.05)  # the launch's background imports are done: a turn is a turn
        await pilot.pause(0.3)  # and the key hints, mounted after the first paint, are built
        screen = app.screen
        shown = asyncio.Event()
        say = screen.say

        def timed_say(text: str) -> Reply:
            reply = say(text)
            screen.call_after_refresh(shown.set)
            return reply

        screen.say = timed_say  # type: ignore[method-assign]
        field = screen.query_one("#answer")
        for turn in range(1, turns + 1):
            field.value = ANSWERS[(turn - 1) % len(ANSWERS)]  # type: ignore[attr-defined]
            shown.clear()
            start, start_cpu = time.perf_counter(), time.process_time()
            key = events.Key("enter", "\r")
            key.set_sender(app)
            app._driver.send_message(key)  # type: ignore[union-attr]
            await shown.wait()
            wall[turn], cpu[turn] = time.perf_counter() - start, time.process_time() - start_cpu
            if turn in WINDOWS:
                memory[turn] = rss_mib()
        assert len(store.events(store.summaries()[0].id)) > 3 * turns  # every turn was stored
    return wall, cpu, memory


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="launch runs of each app (default 7)")
    parser.add_argument("--turns", type=int, default=500, help="turns of the long interview (default 500)")
    args = parser.parse_args()
    cache = tempfile.TemporaryDirectory()  # the long script's cache and opening: never the user's
    os.environ[CACHE_ENV] = cache.name

    for script in (SAMPLE, ASSESSMENT):
        launch = launch_times(args.runs, script)
        minimal = launch["minimal"][0]
        print(f"{script.name} (median of {args.runs}; wall, CPU):")
        for label, name in (
            ("minimal Textual app, to its one line", "minimal"),
            ("interview run, to the first question (warm)", "first"),
            ("interview run, to READY (warm)", "ready"),
            ("interview run, first launch (cold), to READY", "cold"),
        ):
            wall_s, cpu_s = launch[name]
            print(f"  {label + ':':47} {wall_s * 1000:5.0f} ms, {cpu_s * 1000:5.0f} ms")
        ratio, ready = launch["first"][0] / minimal, launch["ready"][0] / minimal
        verdict = "OK" if ratio <= 1.5 else "MISSED"
        print(f"  first question: {ratio:.2f}x the minimal app (target <= 1.5x) {verdict}")
        print(f"  READY:          {ready:.2f}x the minimal app (not a target; shown for honesty)")

    with tempfile.TemporaryDirectory() as folder:
        wall, cpu, memory = asyncio.run(turn_latencies(args.turns, Path(folder)))
    print(f"\nEnter to next question (median over the window), {args.turns}-turn interview:")
    for at, window in WINDOWS.items():
        turns = [t for t in window if t in wall]
        if not turns:
            continue
        w = statistics.median(wall[t] for t in turns) * 1000
        c = statistics.median(cpu[t] for t in turns) * 1000
        verdict = "OK" if w < 50 else "MISSED"
        print(f"  turn {at:>3}: {w:5.1f} ms wall, {c:5.1f} ms CPU (target < 50 ms) {verdict}")
    print("\nmemory (resident set size): " + ", ".join(f"turn {t}: {m:.0f} MiB" for t, m in memory.items()))


if __name__ == "__main__":
    main()
