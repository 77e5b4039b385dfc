"""The Textual terminal UI: home, interview, review, report and help screens over the engine and storage.

Only this package imports textual, and only interview.cli imports it (lazily, when the TUI opens), so
every other command and the plain mode start without textual's import cost.
"""
