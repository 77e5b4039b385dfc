"""Launching the TUI leaves reports unloaded until one is opened (jinja2 and the report code cost ~130 ms)."""

from __future__ import annotations

import subprocess
import sys

from tests.engine.test_import_structure import loaded_after


def test_the_tui_app_module_leaves_reports_unloaded_until_one_is_opened() -> None:
    assert loaded_after("import interview.tui.app") & {"interview.report", "jinja2"} == set()


def test_launching_the_tui_leaves_practice_unloaded_until_a_practice_opens() -> None:
    practice = {"interview.practice", "interview.session.practice", "interview.tui.screens.practice"}
    assert loaded_after("import interview.tui.launch") & practice == set()


def loaded(statement: str, modules: tuple[str, ...]) -> set[str]:
    """Which of `modules` a fresh interpreter has loaded after running `statement`."""
    code = f"import sys\n{statement}\nprint(' '.join(m for m in {modules!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_the_path_to_the_first_paint_of_interview_run_loads_no_engine_store_or_script_models() -> None:
    # interview run paints the stored opening with textual alone; these load on a thread after it
    heavy = ("pydantic", "sqlite_utils", "ruamel", "interview.engine.conversation", "interview.script.model")
    assert loaded("import interview.cli, interview.tui.launch, interview.tui.opening", heavy) == set()


def test_storage_reads_events_without_loading_the_conversation() -> None:
    later = ("interview.engine.conversation", "interview.record.model", "textual")
    assert loaded("from interview.storage import SessionStore, open_database", later) == set()
