"""Reports: transcripts, and the clinician and patient reports in Markdown, HTML and JSON.

Reports only render: staging and macro-analysis come from their own packages, through ReportInput.
"""

from interview.report.alerts import Alert, AlertLevel, alerts_from_screen
from interview.report.inputs import ReportInput, SessionInfo, report_input
from interview.report.render import AUDIENCES, FORMATS, Audience, Format, render_report

__all__ = [
    "AUDIENCES",
    "FORMATS",
    "Alert",
    "AlertLevel",
    "Audience",
    "Format",
    "ReportInput",
    "SessionInfo",
    "alerts_from_screen",
    "render_report",
    "report_input",
]
