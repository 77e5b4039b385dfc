"""The one family of errors the command line reports as a single line on stderr with exit status 1.

It lives apart from the packages that raise it so that `interview` can catch it without importing them
(importing storage alone costs half a second: sqlite-utils brings its own command line with it).
"""

from __future__ import annotations


class InterviewError(Exception):
    """A problem the user can act on; its message says what happened and what to do."""


class UserError(InterviewError):
    """A problem the user can fix; printed as one line on stderr with exit status 1."""
