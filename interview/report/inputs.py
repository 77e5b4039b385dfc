"""What a report is built from: the record, its staging and macro-analysis, the alerts and the session.

Reports only render. Staging and macro-analysis are computed by their own packages; this model
carries their results so every format and audience shows the same facts.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from interview.macro_analysis import LinkDecisions, MacroAnalysis, analyze
from interview.record import ClinicalRecord
from interview.report.alerts import Alert, alerts_from_screen
from interview.report.notes import ClinicianNote
from interview.report.risk_mentions import RiskMention
from interview.staging import StagingReport, stage


class SessionInfo(BaseModel):
    """The interview session a report comes from, when it comes from one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    session_id: str
    patient_label: str = ""
    script: str = ""
    started_at: str = ""
    status: str = ""


class ReportInput(BaseModel):
    """Everything a report shows; built once, rendered in any format for either audience."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    record: ClinicalRecord
    staging: StagingReport
    macro: MacroAnalysis
    alerts: list[Alert]
    session: SessionInfo | None = None
    crisis_contacts: list[str] = Field(default_factory=list)
    """Crisis contacts from the settings (country-specific); never hard-coded here."""
    risk_mentions: list[RiskMention] = Field(default_factory=list)
    """Risk statements and denials typed during the session, in order (none for a bare record)."""
    notes: list[ClinicianNote] = Field(default_factory=list)
    """The clinician's notes typed during the interview (a session's; a record file has none)."""

    @property
    def highest_alert(self) -> Alert | None:
        """The alert with the highest level, if any was raised."""
        return max(self.alerts, key=lambda alert: alert.level.rank, default=None)


def report_input(
    record: ClinicalRecord,
    *,
    alerts: list[Alert] | None = None,
    decisions: LinkDecisions | None = None,
    session: SessionInfo | None = None,
    crisis_contacts: list[str] | None = None,
) -> ReportInput:
    """Stage and analyze the record; alerts default to those its safety answers raise."""
    staging = stage(record)
    return ReportInput(
        record=record,
        staging=staging,
        macro=analyze(record, decisions),
        alerts=alerts if alerts is not None else alerts_from_screen(record),
        session=session,
        crisis_contacts=crisis_contacts or [],
    )
