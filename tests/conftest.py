"""Shared fixtures: every test gets its own database, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same examples every run, so a landing is reproducible; local runs keep exploring
# new random examples, which is how the property tests have found real bugs so far. No deadline in
# CI: a loaded machine made single examples overrun it; speed is measured in benchmarks/, not here.
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def isolated_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point INTERVIEW_DB at a fresh file (and the script cache at a fresh folder) for each test."""
    path = tmp_path / "interview.db"
    monkeypatch.setenv("INTERVIEW_DB", str(path))
    monkeypatch.setenv("INTERVIEW_CACHE_DIR", str(tmp_path / "cache"))  # parsed scripts, never the user's
    return path
