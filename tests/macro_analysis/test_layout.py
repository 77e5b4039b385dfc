"""What the diagram draws: the primary targets and their confirmed links, at most CAP areas, with a
caption that counts what only the tables hold; proposed links between primary targets before any
link is confirmed."""

from __future__ import annotations

from interview.macro_analysis import (
    Confidence,
    Domain,
    Link,
    LinkKind,
    MacroAnalysis,
    Placement,
    ProblemArea,
    Target,
)
from interview.macro_analysis.layered import is_dummy
from interview.macro_analysis.layout import CAP, GUARANTEED, LAYER_WIDTH, diagram, select

# A typical record (practice case 07's shape): 13 areas, 23 links, ten primary targets.
P, S = Placement.PRIMARY, Placement.SECONDARY
TYPICAL_ORDER = [
    ("role_dispute", P), ("stress_overload", P), ("anxiety", P), ("role_transition", P),
    ("illness_behaviour", P), ("medical_illness", P), ("lifestyle", P), ("well_being", P),
    ("substance_use", P), ("demoralisation", S), ("nonadherence", S), ("insomnia", S), ("depression", P),
]  # fmt: skip
TYPICAL_LINKS = [
    ("role_dispute", "insomnia"), ("role_dispute", "substance_use"), ("role_dispute", "depression"),
    ("role_transition", "depression"), ("role_transition", "stress_overload"), ("insomnia", "depression"),
    ("substance_use", "depression"), ("substance_use", "insomnia"), ("substance_use", "role_dispute"),
    ("depression", "stress_overload"), ("stress_overload", "role_dispute"), ("stress_overload", "depression"),
    ("stress_overload", "insomnia"), ("depression", "demoralisation"), ("demoralisation", "nonadherence"),
    ("nonadherence", "depression"), ("illness_behaviour", "nonadherence"),
    ("illness_behaviour", "depression"),
    ("medical_illness", "depression"), ("anxiety", "depression"), ("anxiety", "insomnia"),
    ("lifestyle", "depression"), ("well_being", "depression"),
]  # fmt: skip


def analysis(
    order: list[tuple[str, Placement]],
    links: list[tuple[str, str]],
    confirmed: set[tuple[str, str]] | None = None,
) -> MacroAnalysis:
    """An analysis with these targets in this order and these links (confirmed ones as given)."""
    confirmed = set(links) if confirmed is None else confirmed
    return MacroAnalysis(
        case_label=None,
        areas=[
            ProblemArea(id=a, label=a.replace("_", " ").capitalize(), domain=Domain.SYMPTOM) for a, _ in order
        ],
        links=[
            Link(
                from_area=a,
                to_area=b,
                kind=LinkKind.CAUSES_MAINTAINS,
                rationale="a test",
                source="a test",
                confidence=Confidence.CONFIRMED if (a, b) in confirmed else Confidence.PROPOSED,
            )
            for a, b in links
        ],
        hierarchy=[
            Target(position=i, area_id=a, label=a, placement=p, reasons=[])
            for i, (a, p) in enumerate(order, start=1)
        ],
        summary="",
    )


def test_a_typical_record_draws_at_most_the_cap_and_counts_the_rest_in_the_caption() -> None:
    typical = analysis(TYPICAL_ORDER, TYPICAL_LINKS)
    assert (len(typical.areas), len(typical.links)) == (13, 23)
    d = diagram(typical)
    drawn = d.selection.area_ids
    assert len(drawn) == CAP
    assert drawn[:GUARANTEED] == ("role_dispute", "stress_overload", "anxiety"), "the first targets always"
    assert "depression" in drawn, "the area most linked to those drawn comes next"
    assert all({link.from_area, link.to_area} <= set(drawn) for link in d.selection.links)
    assert len(d.selection.links) == sum({a, b} <= set(drawn) for a, b in TYPICAL_LINKS), (
        "every link between them"
    )
    areas_left, links_left = 13 - len(drawn), 23 - len(d.selection.links)
    assert f"{areas_left} more areas and {links_left} more links are only in the tables." in d.caption
    assert all(sum(not is_dummy(n) for n in row) <= LAYER_WIDTH for row in d.layered.layers)


def test_upstream_areas_are_drawn_above_the_areas_they_lead_to_except_back_arrows() -> None:
    d = diagram(analysis(TYPICAL_ORDER, TYPICAL_LINKS))
    layer = {n: row for row, nodes in enumerate(d.layered.layers) for n in nodes}
    for route in d.layered.routes:
        a, b = route.edge
        assert (layer[a] > layer[b]) if route.back else (layer[a] < layer[b])
    assert sum(route.back for route in d.layered.routes) == 2, (
        "two circles: alcohol-dispute, depression-overload"
    )


def test_only_confirmed_links_are_drawn_once_any_is_confirmed() -> None:
    order = [
        ("a", Placement.PRIMARY),
        ("b", Placement.PRIMARY),
        ("c", Placement.SECONDARY),
        ("d", Placement.SECONDARY),
    ]
    links = [("a", "b"), ("a", "c"), ("b", "d")]
    selection = select(analysis(order, links, confirmed={("a", "c")}))
    assert selection.area_ids == ("a", "b", "c"), "a secondary area joins through a confirmed link only"
    assert [(link.from_area, link.to_area) for link in selection.links] == [("a", "c")]
    assert not selection.proposed_only and selection.primary == {"a", "b"}


def test_before_anything_is_confirmed_the_proposed_links_between_primary_targets_are_drawn() -> None:
    order = [("a", Placement.PRIMARY), ("b", Placement.PRIMARY), ("c", Placement.SECONDARY)]
    links = [("a", "b"), ("b", "c")]
    typical = analysis(order, links, confirmed=set())
    d = diagram(typical)
    assert d.selection.proposed_only and d.selection.area_ids == ("a", "b")
    assert [(link.from_area, link.to_area) for link in d.selection.links] == [("a", "b")]
    assert "Nothing is confirmed yet: dashed arrows are links proposed by rule." in d.caption
    assert "1 more area and 1 more link are only in the tables." in d.caption


def test_with_no_primary_target_nothing_is_drawn_and_the_caption_says_so() -> None:
    d = diagram(analysis([("a", Placement.SECONDARY)], []))
    assert d.selection.area_ids == () and d.layered.layers == ()
    assert d.caption.startswith("No area is a primary target yet")


def test_a_single_target_is_drawn_alone() -> None:
    d = diagram(analysis([("a", Placement.PRIMARY)], []))
    assert d.layered.layers == (("a",),)
    assert d.caption == (
        "Drawn: 1 primary target, with no link to draw. "
        "Every area and link is drawn; the tables give their reasons."
    )


def test_when_everything_fits_the_caption_says_every_area_and_link_is_drawn() -> None:
    order = [("a", Placement.PRIMARY), ("b", Placement.SECONDARY)]
    d = diagram(analysis(order, [("a", "b")]))
    assert d.caption == (
        "Drawn: 1 primary target, 1 area linked to it and the 1 confirmed link between them. "
        "Every area and link is drawn; the tables give their reasons."
    )


def test_a_cap_below_the_guaranteed_targets_is_still_kept() -> None:
    order = [(a, Placement.PRIMARY) for a in "abcd"]
    assert select(analysis(order, []), cap=2).area_ids == ("a", "b")
