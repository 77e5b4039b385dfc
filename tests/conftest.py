"""Shared fixtures: every test gets its own database, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point INTERVIEW_DB at a fresh file for each test."""
    path = tmp_path / "interview.db"
    monkeypatch.setenv("INTERVIEW_DB", str(path))
    return path
