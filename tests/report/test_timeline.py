"""The treatment timeline: bars on a calendar when every trial is dated, else in recorded order."""

from __future__ import annotations

import pytest

from interview.record import ClinicalRecord
from interview.report.timeline import DATED_NOTE, UNDATED_NOTE, Adequacy, Timeline, build_timeline
from interview.report.timeline_svg import layout
from interview.report.timeline_text import draw_timeline
from interview.staging import stage


def _timeline(data: dict[str, object]) -> Timeline:
    record = ClinicalRecord.model_validate(data)
    return build_timeline(record, stage(record))


DATED = {
    "medication_trials": [
        {"drug": "sertraline", "dose_mg_per_day": 100, "start_date": "2024-01", "stop_date": "2024-04"},
        {"drug": "citalopram", "dose_mg_per_day": 20, "weeks_at_dose": 3, "start_date": "2024-05"},
    ]
}


def test_dated_trials_sit_on_a_shared_calendar_with_length_from_their_dates() -> None:
    timeline = _timeline(DATED)
    assert timeline.dated and timeline.note == DATED_NOTE
    first, second = timeline.bars
    # dates are kept to the month (a record never holds the day): January to April is 13 weeks
    assert (first.offset_weeks, first.weeks) == (0.0, 13.0)
    assert second.offset_weeks == pytest.approx(121 / 7) and second.weeks == 3.0
    assert timeline.span_weeks == pytest.approx(121 / 7 + 3)


def test_undated_trials_keep_their_order_start_at_week_zero_and_say_so() -> None:
    timeline = _timeline(
        {
            "medication_trials": [
                {
                    "drug": "sertraline",
                    "dose_mg_per_day": 100,
                    "weeks_at_dose": 8,
                    "adherence": "good",
                    "response_clinician": "none",
                }
            ],
            "psychotherapy_trials": [{"modality": "cbt", "sessions_attended": 4, "weeks": 6}],
        }
    )
    assert not timeline.dated and timeline.note == UNDATED_NOTE
    assert [(b.kind, b.number, b.offset_weeks) for b in timeline.bars] == [
        ("medication", 1, 0.0),
        ("psychotherapy", 1, 0.0),
    ]
    assert timeline.bars[1].adequacy is Adequacy.INADEQUATE  # 4 sessions < Conway's 8
    assert "not when it happened" in " ".join(draw_timeline(timeline).split())


def test_unknown_length_is_drawn_as_unknown_not_as_zero() -> None:
    timeline = _timeline({"medication_trials": [{"drug": "sertraline", "dose_mg_per_day": 100}]})
    (bar,) = timeline.bars
    assert bar.weeks is None and bar.adequacy is Adequacy.UNKNOWN
    assert "? wk · unknown" in draw_timeline(timeline)
    (_, row) = layout(timeline).rows
    assert "length-unknown" in row.css and "length unknown" in row.text


def _monotherapy(dose: int) -> dict[str, object]:
    return {
        "drug": "sertraline",
        "strategy": "monotherapy",
        "dose_mg_per_day": dose,
        "weeks_at_dose": 8,
        "adherence": "good",
        "response_clinician": "none",
    }


def test_adequate_and_inadequate_bars_are_drawn_differently() -> None:
    drawing = draw_timeline(_timeline({"medication_trials": [_monotherapy(100), _monotherapy(25)]}))
    adequate, inadequate = (line for line in drawing.splitlines() if "sertraline" in line)
    assert "█" in adequate and "░" not in adequate
    assert "░" in inadequate and "█" not in inadequate


def test_no_trials_says_so() -> None:
    assert draw_timeline(_timeline({})) == "No medication, psychotherapy or somatic trials recorded."
