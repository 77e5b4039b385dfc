"""The HTML macro-analysis diagram: the layered selection as boxes and arrows, nothing overlapping,
no arrow through a box, labels wrapped, proposed links dashed and labelled, text escaped."""

from __future__ import annotations

import math
from itertools import combinations, pairwise

import pytest

from interview.macro_analysis import Confidence, MacroAnalysis, Placement, analyze
from interview.macro_analysis.layout import diagram
from interview.record import ClinicalRecord
from interview.report.html import environment
from interview.report.macro_svg import SvgMacro, layout
from tests.macro_analysis.test_layout import TYPICAL_LINKS, TYPICAL_ORDER, analysis
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


def typical() -> MacroAnalysis:
    return analysis(TYPICAL_ORDER, TYPICAL_LINKS)


def many() -> MacroAnalysis:
    return analyze(ClinicalRecord.model_validate(MANY_AREAS))


def _inside(svg: SvgMacro, x: float, y: float) -> bool:
    return any(b.x < x < b.x + svg.box_w and b.y < y < b.y + svg.box_h for b in svg.boxes)


def _check_geometry(svg: SvgMacro) -> None:
    for a, b in combinations(svg.boxes, 2):
        assert abs(a.x - b.x) >= svg.box_w or abs(a.y - b.y) >= svg.box_h, (a.lines, b.lines)
    assert all(box.x >= 0 and box.x + svg.box_w <= svg.width for box in svg.boxes)
    assert all(box.y >= 0 and box.y + svg.box_h < svg.legend_y < svg.height for box in svg.boxes)
    for arrow in svg.arrows:  # every point of every segment, a pixel apart, lies outside every box
        for (x1, y1), (x2, y2) in pairwise(arrow.points):
            steps = max(1, math.ceil(math.dist((x1, y1), (x2, y2))))
            assert not any(
                _inside(svg, x1 + (x2 - x1) * i / steps, y1 + (y2 - y1) * i / steps) for i in range(steps + 1)
            ), arrow.title


@pytest.mark.parametrize("make", [typical, many], ids=["typical record, 13 areas", "a record with 17 areas"])
def test_a_record_with_many_areas_draws_at_most_eight_without_overlaps(make: object) -> None:
    assert callable(make)
    macro = make()
    svg = layout(macro)
    d = diagram(macro)
    assert len(svg.boxes) == len(d.selection.area_ids) <= 8
    assert len(svg.arrows) == len(d.selection.links)
    _check_geometry(svg)
    assert svg.caption == d.caption and "only in the tables" in svg.caption


@pytest.mark.parametrize("case", CASES)
def test_every_vignette_diagram_is_laid_out_without_overlaps(case: str) -> None:
    macro = case_input(case).macro
    svg = layout(macro)
    _check_geometry(svg)
    position = {t.area_id: t.position for t in macro.hierarchy if t.placement is Placement.PRIMARY}
    assert {box.lines[0].split(".")[0] for box in svg.boxes} >= {str(p) for p in position.values()}


def test_boxes_carry_their_place_in_the_hierarchy_and_wrap_long_labels() -> None:
    svg = layout(typical())
    order = {area: i for i, (area, _) in enumerate(TYPICAL_ORDER, start=1)}
    for box in svg.boxes:
        number = int(box.lines[0].split(".")[0])
        assert box.title.startswith(f"{number}. ") and number in order.values()
        assert all(len(line) <= 21 for line in box.lines) and len(box.lines) <= 3


def test_a_label_too_long_for_three_lines_ends_in_an_ellipsis() -> None:
    macro = analysis([("a", Placement.PRIMARY)], [])
    long = macro.model_copy(update={"areas": [macro.areas[0].model_copy(update={"label": "word " * 30})]})
    [box] = layout(long).boxes
    assert len(box.lines) == 3 and box.lines[-1].endswith("…")
    assert box.title.startswith("1. word word"), "the tooltip keeps the whole label"


def test_proposed_links_are_dashed_and_labelled_confirmed_ones_solid() -> None:
    order = [("a", Placement.PRIMARY), ("b", Placement.PRIMARY)]
    proposed = layout(analysis(order, [("a", "b")], confirmed=set()))
    [arrow] = proposed.arrows
    assert arrow.css == "proposed" and arrow.label == "proposed"
    confirmed = layout(analysis(order, [("a", "b")]))
    [arrow] = confirmed.arrows
    assert arrow.css == "confirmed" and arrow.label == ""


def test_a_back_arrow_points_up_at_the_box_above() -> None:
    order = [("a", Placement.PRIMARY), ("b", Placement.PRIMARY)]
    svg = layout(analysis(order, [("a", "b"), ("b", "a")]))
    [back] = [arrow for arrow in svg.arrows if "back" in arrow.css]
    top = min(svg.boxes, key=lambda box: box.y)
    assert back.points[-1][1] < back.points[0][1]
    assert abs(back.points[-1][1] - (top.y + svg.box_h)) <= 3, "the head touches the upper box"
    assert svg.has_back


def test_the_svg_escapes_labels_and_has_a_legend() -> None:
    macro = analysis([("a", Placement.PRIMARY), ("b", Placement.PRIMARY)], [("a", "b")])
    hostile = [area.model_copy(update={"label": '<script>alert("x")</script> & co'}) for area in macro.areas]
    text = (
        environment()
        .get_template("macro.svg.j2")
        .render(macro_svg=layout(macro.model_copy(update={"areas": hostile})))
    )
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "&amp; co" in text
    for words in ("confirmed or added by a person", "proposed by rule, not yet confirmed", "primary target"):
        assert words in text


@pytest.mark.parametrize("make", [typical, many], ids=["typical record", "a record with 17 areas"])
def test_proposed_labels_never_sit_on_each_other(make: object) -> None:
    # in the record with 17 areas, alcohol and the dispute feed each other: two arrows side by side
    assert callable(make)
    macro = make()
    unconfirmed = macro.model_copy(
        update={
            "links": [link.model_copy(update={"confidence": Confidence.PROPOSED}) for link in macro.links]
        }
    )
    placed = [(arrow.label_x, arrow.label_y) for arrow in layout(unconfirmed).arrows if arrow.label]
    assert placed, "at least one arrow is labelled"
    for (x1, y1), (x2, y2) in combinations(placed, 2):
        assert abs(x1 - x2) > 56 or abs(y1 - y2) > 13


def test_labels_that_would_meet_move_along_their_arrow_or_are_left_off() -> None:
    from interview.report.macro_svg import SvgArrow, _spread_labels

    same = SvgArrow(
        points=[(0.0, 0.0), (0.0, 100.0)], css="proposed", title="", label="proposed", label_x=0, label_y=0
    )
    spread = _spread_labels([same] * 4)
    assert [(a.label_y, a.label) for a in spread] == [
        (45.0, "proposed"),
        (25.0, "proposed"),
        (70.0, "proposed"),
        (0, ""),
    ]
