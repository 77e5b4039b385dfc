"""A short, fixed fuzzing run of every input parser (the long one is benchmarks/fuzz_inputs.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_no_parser_raises_anything_but_its_own_error_on_fuzzed_input() -> None:
    # a fixed seed and budget: the same ~1,000 inputs every run, in about ten seconds
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "fuzz_inputs.py"),
         "--scale", "0.01", "--seed", "16", "--no-growth", "--json"],
        capture_output=True, text=True, timeout=600, check=True,
    )  # fmt: skip
    tallies = json.loads(result.stdout)
    assert sum(t["inputs"] for t in tallies) >= 1000
    assert {t["name"]: t["examples"] for t in tallies if t["uncaught"]} == {}
