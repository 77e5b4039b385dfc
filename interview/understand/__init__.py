"""The package's public API for answer understanding: what an answer to a question is understood as.

    >>> from interview.understand import understand_answer, scan_for_risk
    >>> understand_answer(script, "phq_9", "1").value
    '1'

`interview try` prints the same readings as JSON (README, "What answers are understood").
"""

from interview.understand.cues import CueScan, scan_for_risk
from interview.understand.reading import ANOTHER_ID, Reading, UnknownQuestion, understand_answer

__all__ = ["ANOTHER_ID", "CueScan", "Reading", "UnknownQuestion", "scan_for_risk", "understand_answer"]
