"""Launching the TUI leaves reports unloaded until one is opened (jinja2 and the report code cost ~130 ms)."""

from __future__ import annotations

from tests.engine.test_import_structure import loaded_after


def test_the_tui_app_module_leaves_reports_unloaded_until_one_is_opened() -> None:
    assert loaded_after("import interview.tui.app") & {"interview.report", "jinja2"} == set()


def test_launching_the_tui_leaves_practice_unloaded_until_a_practice_opens() -> None:
    practice = {"interview.practice", "interview.commands.practice", "interview.tui.screens.practice"}
    assert loaded_after("import interview.tui.launch") & practice == set()
