"""Link rules are data: each fires from a minimal record, and the clinician's decisions win."""

from __future__ import annotations

import pytest

from interview.macro_analysis import AddedLink, Confidence, LinkDecisions, LinkKind, LinkRef, analyze
from interview.macro_analysis.rules import RulesError, load_rules, parse_rules
from tests.macro_analysis.records import record_with

RULES = load_rules().rules


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_each_rule_fires_when_both_areas_are_present(rule: object) -> None:
    from interview.macro_analysis.rules import LinkRule

    assert isinstance(rule, LinkRule)
    analysis = analyze(record_with(rule.from_area, rule.to_area))
    link = next(link for link in analysis.links if link.rule_id == rule.id)
    assert (link.from_area, link.to_area, link.kind) == (rule.from_area, rule.to_area, rule.kind)
    assert link.confidence is Confidence.PROPOSED
    assert "clinical-rules §" in link.source and link.rationale


def test_no_rule_fires_when_an_area_is_absent() -> None:
    assert not analyze(record_with("insomnia")).has_link("role_dispute", "insomnia")


def test_rules_citing_the_illustration_are_marked_derived() -> None:
    for rule in RULES:
        if "constructed illustration" in rule.source and "§11" not in rule.source:
            assert rule.derived, rule.id


def test_a_rule_naming_an_unknown_area_is_rejected() -> None:
    areas = {"areas": {"a": {"label": "A", "treatments": []}}}
    bad = {"rules": [{"id": "x", "from_area": "a", "to_area": "b", "kind": "worsens", "rationale": "r",
                      "source": "s", "derived": True}]}  # fmt: skip
    with pytest.raises(RulesError, match="unknown area 'b'"):
        parse_rules(areas, bad)


def test_a_misspelt_key_in_a_rule_is_an_error() -> None:
    areas = {"areas": {"a": {"label": "A", "treatments": []}, "b": {"label": "B", "treatments": []}}}
    bad = {"rules": [{"id": "x", "from": "a", "to_area": "b", "kind": "worsens", "rationale": "r",
                      "source": "s", "derived": True}]}  # fmt: skip
    with pytest.raises(RulesError):
        parse_rules(areas, bad)


def test_confirmed_links_change_confidence_and_removed_links_leave_the_graph() -> None:
    decisions = LinkDecisions(
        confirmed=[LinkRef(from_area="role_dispute", to_area="insomnia")],
        removed=[LinkRef(from_area="insomnia", to_area="depression")],
    )
    analysis = analyze(record_with("role_dispute", "insomnia"), decisions)
    confirmed = next(link for link in analysis.links if link.to_area == "insomnia")
    assert confirmed.confidence is Confidence.CONFIRMED
    assert not analysis.has_link("insomnia", "depression")
    assert [(r.from_area, r.to_area) for r in analysis.removed_links] == [("insomnia", "depression")]


def test_the_clinician_can_add_a_link_no_rule_proposed() -> None:
    added = AddedLink(from_area="insomnia", to_area="role_dispute", kind=LinkKind.WORSENS)
    analysis = analyze(record_with("role_dispute", "insomnia"), LinkDecisions(added=[added]))
    ends = ("insomnia", "role_dispute")
    link = next(link for link in analysis.links if (link.from_area, link.to_area) == ends)
    assert link.confidence is Confidence.ADDED and not link.derived


def test_an_added_link_to_an_absent_area_is_noted_not_drawn() -> None:
    added = AddedLink(from_area="grief", to_area="depression", kind=LinkKind.WORSENS)
    analysis = analyze(record_with("insomnia"), LinkDecisions(added=[added]))
    assert not analysis.has_link("grief", "depression")
    assert any("grief" in note for note in analysis.notes)
