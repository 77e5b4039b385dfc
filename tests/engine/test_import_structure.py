"""Starting an interview loads only what asking needs: mapping, staging and reports come later."""

from __future__ import annotations

import subprocess
import sys

LATER = ("interview.mapping", "interview.staging", "interview.macro_analysis", "interview.report", "jinja2")


def loaded_after(statement: str) -> set[str]:
    """The modules of LATER that a fresh interpreter has loaded after running `statement`."""
    code = f"import sys\n{statement}\nprint(' '.join(m for m in {LATER!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_importing_the_engine_leaves_mapping_staging_and_reports_unloaded() -> None:
    assert loaded_after("import interview.engine") == set()
