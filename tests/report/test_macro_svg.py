"""The HTML macro-analysis diagram: a box per area in the hierarchy order, an arrow per link, no overlaps."""

from __future__ import annotations

from itertools import combinations

import pytest

from interview.macro_analysis import analyze
from interview.record import ClinicalRecord
from interview.report.macro_svg import SvgBox, layout
from tests.report.cases import CASES, case_input

MANY_AREAS = {
    "safety": {"wish_to_be_dead": "yes"},
    "lifestyle": {
        "poor_sleep": "yes",
        "physically_inactive": "yes",
        "smoking": "yes",
        "alcohol_units_per_week": 30,
    },
    "interpersonal": {
        "problem_areas": ["grief", "role_dispute", "role_transition", "interpersonal_deficits"]
    },
    "stress_load": {"stressor_exceeds_coping": "yes", "distress_manifestations": "yes"},
    "illness_behaviour": {
        "demoralisation_helplessness": "yes",
        "demoralisation_month_or_longer": "yes",
        "psychological_reactance": "yes",
    },
    "comorbidity": {"anxiety": "disorder", "medical_conditions": ["hypothyroidism"]},
    "well_being": {"autonomy": "low", "purpose_in_life": "low"},
    "medication_trials": [
        {"drug": "sertraline", "adherence": "poor", "loss_of_effect_during_maintenance": "yes"}
    ],
}


def _overlap(a: SvgBox, b: SvgBox, width: float, height: float) -> bool:
    return abs(a.x - b.x) < width and abs(a.y - b.y) < height


def _check(analysis_boxes: list[SvgBox], box_w: float, box_h: float) -> None:
    for a, b in combinations(analysis_boxes, 2):
        assert not _overlap(a, b, box_w, box_h), (a.lines, b.lines)


def test_a_record_with_many_areas_gives_boxes_that_never_overlap() -> None:
    analysis = analyze(ClinicalRecord.model_validate(MANY_AREAS))
    assert len(analysis.areas) >= 12
    svg = layout(analysis)
    assert len(svg.boxes) == len(analysis.areas) and len(svg.arrows) == len(analysis.links)
    _check(svg.boxes, svg.box_w, svg.box_h)
    assert all(box.x >= 0 and box.x + svg.box_w <= svg.width for box in svg.boxes)
    assert all(box.y >= 0 and box.y + svg.box_h <= svg.height for box in svg.boxes)


@pytest.mark.parametrize("case", CASES)
def test_every_vignette_diagram_is_laid_out_without_overlaps(case: str) -> None:
    svg = layout(case_input(case).macro)
    _check(svg.boxes, svg.box_w, svg.box_h)
    assert [box.lines[0].split(".")[0] for box in svg.boxes] == [str(i) for i in range(1, len(svg.boxes) + 1)]
