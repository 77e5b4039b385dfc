"""App-level messages: screens say what the person asked for, and the app opens the right screen."""

from __future__ import annotations

from textual.message import Message


class SessionChosen(Message):
    """Open a stored session: resume it, or (`report`) read its report."""

    def __init__(self, session_id: str, report: bool) -> None:
        super().__init__()
        self.session_id = session_id
        """The full session id."""
        self.report = report
        """True for the report, False to resume the interview."""


class NewInterviewRequested(Message):
    """Start a new interview (the app asks for the script and the label)."""
