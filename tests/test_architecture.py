"""The dependency rules hold at run time: headless packages never load the UI or SQLite by accident."""

from __future__ import annotations

import subprocess
import sys

import pytest

PURE_CORE = [
    "interview.script",
    "interview.engine",
    "interview.record",
    "interview.staging",
    "interview.safety",
    "interview.events",
    "interview.mapping",
]
HEADLESS = [*PURE_CORE, "interview.storage", "interview.report", "interview.session", "interview.cli"]


@pytest.mark.parametrize("package", HEADLESS)
def test_headless_packages_do_not_load_textual(package: str) -> None:
    code = f"import {package}, sys; assert not [m for m in sys.modules if m.startswith('textual')]"
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("package", PURE_CORE)
def test_the_pure_core_does_not_load_sqlite_utils(package: str) -> None:
    code = f"import {package}, sys; assert 'sqlite_utils' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
