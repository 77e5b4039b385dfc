"""Risk detection measured on the labelled corpora in tests/corpora/risk/ (dev and held-out apart).

Run: python benchmarks/risk_detection.py [--misses]   (--misses lists the dev lines it gets wrong)
Each corpus line is `label<TAB>category<TAB>form<TAB>text`; label is risk (must raise a cue), denial
(must be recognised as a denial and raise no cue) or ordinary (must raise no cue).
Targets on the held-out part (issue 13): every risk statement caught; false alarms <= 5% of the lines
that must not fire; a typical line well under 1 ms.
The held-out files were written and committed before the tuning they measure and are never edited
after a run; their misses are not listed, so that nobody tunes on them by accident.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from interview.safety.scan import RiskScan, scan_risk

CORPORA = Path(__file__).resolve().parent.parent / "tests" / "corpora" / "risk"
SPLITS = (
    ("dev", "dev.tsv"),
    ("held-out 1", "heldout.tsv"),
    ("held-out 2", "heldout2.tsv"),
    ("held-out 3", "heldout3.tsv"),
    ("held-out 4, blind", "heldout4.tsv"),
)
"""Each held-out file was measured blind once (figures in the README) before its misses were fixed;
after that it is no longer blind, and the next one was written before those fixes."""


@dataclass(frozen=True)
class Line:
    """One labelled corpus line."""

    label: str
    category: str
    form: str
    text: str


def read_corpus(path: Path) -> list[Line]:
    """The labelled lines of a corpus file (comments and blank lines skipped)."""
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            label, category, form, text = raw.split("\t")
            lines.append(Line(label, category, form, text))
    return lines


def correct(line: Line, scan: RiskScan) -> bool:
    """Whether the scan did what the label asks."""
    if line.label == "risk":
        return bool(scan.cues)
    if line.label == "denial":
        return not scan.cues and bool(scan.denials)
    return not scan.cues


def report(name: str, lines: list[Line], show_misses: bool) -> None:
    """Print the figures of one split."""
    scans = [scan_risk(line.text) for line in lines]
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    same_category = 0
    for line, scan in zip(lines, scans, strict=True):
        for key in (line.label, f"{line.label}/{line.category}", f"{line.label}/form:{line.form}"):
            totals[key][0] += correct(line, scan)
            totals[key][1] += 1
        same_category += line.label == "risk" and any(c.category == line.category for c in scan.cues)
    quiet = [scan for line, scan in zip(lines, scans, strict=True) if line.label != "risk"]
    alarms = sum(bool(scan.cues) for scan in quiet)
    print(f"\n== {name}: {len(lines)} lines ==")
    print(f"risk statements caught: {_ratio(*totals['risk'])}   (same category as labelled: {same_category})")
    print(f"denials recognised:     {_ratio(*totals['denial'])}")
    print(f"false alarms:           {_ratio(alarms, len(quiet))} of the lines that must not fire")
    print(f"ordinary lines quiet:   {_ratio(*totals['ordinary'])}")
    for key in sorted(k for k in totals if "/" in k):
        print(f"  {key:28} {_ratio(*totals[key])}")
    if show_misses:
        for line, scan in zip(lines, scans, strict=True):
            if not correct(line, scan):
                found = [(c.category, c.matched) for c in scan.cues] + [
                    ("denied", d.matched) for d in scan.denials
                ]
                print(f"  MISS {line.label}/{line.category}: {line.text!r} -> {found}")


def speed(lines: list[Line]) -> None:
    """Lines per second over the whole corpus, and the median time of one typical line."""
    texts = [line.text for line in lines]
    scan_risk("warm up")
    start = time.perf_counter()
    for _ in range(5):
        for text in texts:
            scan_risk(text)
    elapsed = time.perf_counter() - start
    per_line = []
    for text in texts:
        begin = time.perf_counter()
        scan_risk(text)
        per_line.append((time.perf_counter() - begin) * 1000)
    median = statistics.median(per_line)
    print(f"\nspeed: {5 * len(texts) / elapsed:,.0f} lines/s; median line {median:.3f} ms, ", end="")
    print(f"slowest {max(per_line):.3f} ms")
    note = " ".join(texts)
    for size in (1000, 2000, 4000):  # linear in length up to the cap
        print(f"  a {size:,}-character note of corpus lines: {_ms(note[:size]):.1f} ms")
    print(f"  100,000 characters (only the first 4,000 scanned): {_ms(note * 3 + ' ' * 100_000):.1f} ms")
    print(f"  'Zoloft, 1' + 10,000 spaces + '1': {_ms('Zoloft, 1' + ' ' * 10_000 + '1'):.2f} ms")


def _ms(text: str) -> float:
    begin = time.perf_counter()
    scan_risk(text)
    return (time.perf_counter() - begin) * 1000


def main(argv: list[str] | None = None) -> None:
    """Print the figures for both splits (`argv`: this script's arguments; None reads the command line)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the dev lines handled wrongly")
    args = parser.parse_args(argv)
    everything: list[Line] = []
    for name, file in SPLITS:
        lines = read_corpus(CORPORA / file)
        everything += lines
        report(name, lines, show_misses=args.misses and name == "dev")
    speed(everything)


def _ratio(hit: int, total: int) -> str:
    return f"{hit}/{total} ({100 * hit / total:.1f}%)" if total else "0/0"


if __name__ == "__main__":
    main()
