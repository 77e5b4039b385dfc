"""Benchmark: stage 100,000 varied synthetic records on one core and print records per second."""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from interview.record import ClinicalRecord, Missing, MissingReason
from interview.staging import stage

DRUGS = (
    "sertraline",
    "Prozac",
    "venlafaxine",
    "duloxetine",
    "bupropion",
    "mirtazapine",
    "amitriptyline",
    "phenelzine",
    "lithium",
    "unknownium",
)
UNKNOWN = Missing(missing=MissingReason.DONT_KNOW)


def _maybe(rng: random.Random, value: object) -> object:
    """The value, or unknown one time in five."""
    return UNKNOWN if rng.random() < 0.2 else value


def _trial(rng: random.Random) -> dict[str, object]:
    return {
        "drug": rng.choice(DRUGS),
        "strategy": rng.choice(("monotherapy", "monotherapy", "augmentation")),
        "add_on_weeks": _maybe(rng, rng.randint(0, 12)),
        "dose_mg_per_day": _maybe(rng, rng.choice((10, 20, 50, 75, 100, 150, 200, 300))),
        "weeks_at_dose": _maybe(rng, rng.randint(1, 30)),
        "percent_improvement": _maybe(rng, rng.randint(-20, 90)),
        "dose_optimised": _maybe(rng, rng.choice(("yes", "no"))),
        "loss_of_effect_during_maintenance": _maybe(rng, rng.choice(("yes", "no", "no"))),
    }


def _therapy(rng: random.Random) -> dict[str, object]:
    return {
        "modality": rng.choice(("cbt", "ipt", "supportive", "cbasp")),
        "sessions_attended": _maybe(rng, rng.randint(1, 30)),
        "weeks": _maybe(rng, rng.randint(4, 52)),
        "therapist_trained": _maybe(rng, rng.choice(("yes", "no"))),
        "outcome": _maybe(rng, rng.choice(("response", "partial", "none"))),
    }


def make_record(rng: random.Random) -> ClinicalRecord:
    """A random but valid record: 0-6 drug trials, 0-2 therapies, maybe ECT, unknowns."""
    data = {
        "current_episode": {
            "duration_weeks": _maybe(rng, rng.randint(4, 300)),
            "severity_scale": "hamd17",
            "severity_score": _maybe(rng, rng.randint(5, 35)),
            "psychotic_features": _maybe(rng, rng.choice(("yes", "no", "no"))),
        },
        "medication_trials": [_trial(rng) for _ in range(rng.randint(0, 6))],
        "psychotherapy_trials": [_therapy(rng) for _ in range(rng.randint(0, 2))],
        "somatic_treatments": [{"kind": "ect", "sessions": 10, "response_clinician": "none"}]
        if rng.random() < 0.1
        else [],
        "safety": {"wish_to_be_dead": rng.choice(("yes", "no"))},
    }
    return ClinicalRecord.model_validate(data)


def _timed(label: str, count: int, work: Callable[[int], object]) -> None:
    """Run work(0..count-1); print wall-clock and CPU rates (CPU is steadier on a shared machine)."""
    start, cpu_start = time.perf_counter(), time.process_time()
    for i in range(count):
        work(i)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(
        f"{label} {count} records in {elapsed:.2f} s: {count / elapsed:,.0f} records/s wall-clock; "
        f"CPU {cpu / count * 1e6:.1f} µs per record = {count / cpu:,.0f} records/s"
    )


def main(count: int = 100_000, distinct: int = 2_000) -> None:
    """Build `distinct` varied records, stage `count` of them, print the rates (target 10,000/s)."""
    rng = random.Random(20240401)
    records = [make_record(rng) for _ in range(distinct)]
    _timed("staged", count, lambda i: stage(records[i % distinct]))
    # What `interview stage --format json` adds per record: serialising the report.
    _timed("staged + JSON", count // 10, lambda i: stage(records[i % distinct]).model_dump_json())


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
