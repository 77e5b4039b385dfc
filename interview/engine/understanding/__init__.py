"""Answer understanding: free text in, typed value (or a re-prompt) out; pure, no I/O."""

from interview.engine.understanding.choices import understand_choice, understand_choices
from interview.engine.understanding.commands import Command, recognize_command
from interview.engine.understanding.dates import understand_month_year
from interview.engine.understanding.doses import understand_dose_mg_per_day
from interview.engine.understanding.drugs import understand_drug_name
from interview.engine.understanding.durations import WEEKS_PER_MONTH, understand_duration_weeks
from interview.engine.understanding.free_text import understand_free_text
from interview.engine.understanding.missing import recognize_missing
from interview.engine.understanding.numbers import understand_integer, understand_number
from interview.engine.understanding.ratings import understand_rating
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.yes_no import understand_yes_no

__all__ = [
    "WEEKS_PER_MONTH",
    "Command",
    "NotUnderstood",
    "Understanding",
    "Understood",
    "recognize_command",
    "recognize_missing",
    "understand_choice",
    "understand_choices",
    "understand_dose_mg_per_day",
    "understand_drug_name",
    "understand_duration_weeks",
    "understand_free_text",
    "understand_integer",
    "understand_month_year",
    "understand_number",
    "understand_rating",
    "understand_yes_no",
]
