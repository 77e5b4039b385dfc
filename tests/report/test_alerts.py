"""Alerts in reports: from a session's alert events first (as shown then), else from the record's screen."""

from __future__ import annotations

from interview.record import ClinicalRecord
from interview.record.safety import TriageLevel
from interview.report import render_report, report_input
from interview.report.alerts import AlertLevel, alerts_from_screen, alerts_from_session
from interview.safety.alerts import RaisedAlert
from interview.safety.triage import ACTIONS
from tests.report.cases import FIXED


def _raised(level: TriageLevel, acknowledged: str | None) -> RaisedAlert:
    return RaisedAlert(
        level=level,
        endorsed=("3 thoughts of a method (past month)",),
        unresolved=(),
        actions=("Pause the interview.",),
        contacts=("Crisis line (synthetic): 000",),
        reason="positive screen",
        raised_at="2026-01-01T09:00:00.000+00:00",
        acknowledged_at=acknowledged,
    )


def test_session_alerts_keep_their_times_and_contacts_highest_first() -> None:
    alerts = alerts_from_session(
        [_raised(TriageLevel.LOW, None), _raised(TriageLevel.MODERATE, "2026-01-01T09:05:00.000+00:00")]
    )
    assert [a.level for a in alerts] == [AlertLevel.MODERATE, AlertLevel.LOW]
    assert alerts[0].acknowledged_at is not None and alerts[0].acknowledged_at.minute == 5
    assert alerts[1].acknowledged_at is None
    assert alerts[0].contacts == ["Crisis line (synthetic): 000"] and alerts[0].origin == "session"


def test_session_alert_heads_the_clinician_report_with_raise_and_acknowledgement_times() -> None:
    alerts = alerts_from_session([_raised(TriageLevel.MODERATE, "2026-01-01T09:05:00.000+00:00")])
    data = report_input(ClinicalRecord(), alerts=alerts)
    md = render_report(data, "md", "clinician", FIXED)
    safety = md.split("## Safety alerts")[1].split("## Summary")[0]
    assert "MODERATE suicide-risk alert** (acknowledged 2026-01-01 09:05, raised 2026-01-01 09:00" in safety


def test_a_record_with_nothing_endorsed_raises_no_alert() -> None:
    record = ClinicalRecord.model_validate(
        {"safety": {"wish_to_be_dead": "no", "suicidal_thoughts": "no", "suicidal_behaviour_lifetime": "no"}}
    )
    assert alerts_from_screen(record) == []


def test_a_recorded_level_above_the_answers_is_kept() -> None:
    record = ClinicalRecord.model_validate(
        {
            "safety": {
                "wish_to_be_dead": "yes",
                "suicidal_thoughts": "no",
                "suicidal_behaviour_lifetime": "no",
                "triage_level": "moderate",
            }
        }
    )
    (alert,) = alerts_from_screen(record)
    assert alert.level is AlertLevel.MODERATE


def test_a_record_acts_on_the_level_its_unanswered_items_could_reach_and_says_both() -> None:
    record = ClinicalRecord.model_validate(
        {
            "safety": {
                "wish_to_be_dead": "yes",
                "suicidal_thoughts": "no",
                "suicidal_behaviour_lifetime": {"kind": "missing", "missing": "dont_know"},
            }
        }
    )
    (alert,) = alerts_from_screen(record)
    assert alert.level is AlertLevel.HIGH
    assert alert.actions == list(ACTIONS[TriageLevel.HIGH])
    assert alert.endorsed == ["1 wish to be dead (past month)"]
    assert alert.levels == "endorsed: low (item 1); could be high: item 6 unanswered"
    md = render_report(report_input(record), "md", "clinician", FIXED)
    safety = md.split("## Safety alerts")[1].split("## Summary")[0]
    assert "**⚠ HIGH suicide-risk alert**" in safety
    assert "Acted on as high: endorsed: low (item 1); could be high: item 6 unanswered." in safety
    assert "Triage level from the answers: endorsed: low (item 1); could be high: item 6 unanswered" in safety


def test_a_record_whose_screen_was_never_done_raises_no_alert_and_says_so() -> None:
    record = ClinicalRecord()
    assert alerts_from_screen(record) == []
    md = render_report(report_input(record), "md", "clinician", FIXED)
    assert "no suicide-risk screen is recorded, so risk has not been ruled out" in md


def test_the_session_alert_and_the_record_alert_agree_on_both_levels() -> None:
    raised = RaisedAlert(
        level=TriageLevel.HIGH,
        endorsed=("1 wish to be dead (past month)",),
        unresolved=("6 suicidal behaviour, ever", "6 suicidal behaviour within the past 3 months"),
        actions=ACTIONS[TriageLevel.HIGH],
        contacts=(),
        reason="a test",
        raised_at="2026-01-01T09:00:00.000+00:00",
    )
    (alert,) = alerts_from_session([raised])
    assert alert.levels == "endorsed: low (item 1); could be high: item 6 unanswered"
    assert alert.unresolved == list(raised.unresolved)
