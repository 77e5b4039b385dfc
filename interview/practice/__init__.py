"""Practice mode: trainees code a synthetic patient's answers and compare their coding with an expert's."""

from interview.practice.case import PRACTICE_LABEL_PREFIX, PracticeCase, practice_label
from interview.practice.library import CaseError, case_files, find_case, load_case
from interview.practice.results import PracticeResults
from interview.practice.session import Feedback, PracticeSession, Prompt

__all__ = [
    "PRACTICE_LABEL_PREFIX",
    "CaseError",
    "Feedback",
    "PracticeCase",
    "PracticeResults",
    "PracticeSession",
    "Prompt",
    "case_files",
    "find_case",
    "load_case",
    "practice_label",
]
