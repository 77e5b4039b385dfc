"""interview: a conversational structured interview for difficult-to-treat depression."""

__version__ = "0.1.0"
