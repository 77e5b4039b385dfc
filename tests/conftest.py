"""Shared fixtures: every test gets its own database, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import is_hypothesis_test, settings

# CI replays the same examples every run, so a landing is reproducible; local runs keep exploring
# new random examples, which is how the property tests have found real bugs so far. No deadline in
# any profile: a loaded machine (or a second xdist worker) made single examples overrun it, and a
# test that fails by the clock is a flake; speed is measured in benchmarks/, never here.
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.register_profile("local", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "local")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every property test (hypothesis) is `slow`: `-m "not slow"` is the quick loop, CI runs all."""
    for item in items:
        if isinstance(item, pytest.Function) and is_hypothesis_test(item.obj):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def isolated_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point INTERVIEW_DB at a fresh file (and the script cache at a fresh folder) for each test."""
    path = tmp_path / "interview.db"
    monkeypatch.setenv("INTERVIEW_DB", str(path))
    monkeypatch.setenv("INTERVIEW_CACHE_DIR", str(tmp_path / "cache"))  # parsed scripts, never the user's
    return path
