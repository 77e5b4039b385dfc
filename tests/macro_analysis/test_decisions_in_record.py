"""The interview's link decisions and priorities live in the record, and analyze() reads them there."""

from __future__ import annotations

import json
from pathlib import Path

from interview.macro_analysis import Confidence, LinkDecisions, LinkRef, MacroAnalysis, analyze
from interview.record import load_record
from interview.record.macro import AddedLink, LinkKind
from tests.macro_analysis.records import record_with


def order(analysis: MacroAnalysis) -> list[str]:
    return [target.area_id for target in analysis.hierarchy]


def test_analyze_uses_the_records_own_decisions() -> None:
    decided = LinkDecisions(removed=[LinkRef(from_area="role_dispute", to_area="insomnia")])
    record = record_with("role_dispute", "insomnia").model_copy(update={"macro_decisions": decided})
    assert not analyze(record).has_link("role_dispute", "insomnia")
    assert order(analyze(record)) == order(analyze(record_with("role_dispute", "insomnia"), decided))


def test_decisions_given_to_analyze_replace_the_records_own() -> None:
    decided = LinkDecisions(removed=[LinkRef(from_area="role_dispute", to_area="insomnia")])
    record = record_with("role_dispute", "insomnia").model_copy(update={"macro_decisions": decided})
    assert analyze(record, LinkDecisions()).has_link("role_dispute", "insomnia")


def test_confirmed_and_added_links_from_the_record_show_their_origin() -> None:
    decided = LinkDecisions(
        confirmed=[LinkRef(from_area="role_dispute", to_area="insomnia")],
        added=[AddedLink(from_area="insomnia", to_area="role_dispute", kind=LinkKind.WORSENS)],
    )
    record = record_with("role_dispute", "insomnia").model_copy(update={"macro_decisions": decided})
    confidence = {(link.from_area, link.to_area): link.confidence for link in analyze(record).links}
    assert confidence[("role_dispute", "insomnia")] is Confidence.CONFIRMED
    assert confidence[("insomnia", "role_dispute")] is Confidence.ADDED


def test_record_files_without_decisions_still_load(tmp_path: Path) -> None:
    path = tmp_path / "old.record.json"
    path.write_text(json.dumps({"lifestyle": {"poor_sleep": "yes"}}), encoding="utf-8")
    assert load_record(path).macro_decisions == LinkDecisions()


def test_a_record_with_decisions_round_trips_through_json(tmp_path: Path) -> None:
    decided = LinkDecisions(
        removed=[LinkRef(from_area="insomnia", to_area="depression")], priorities=["insomnia"]
    )
    record = record_with("insomnia").model_copy(update={"macro_decisions": decided})
    path = tmp_path / "r.json"
    path.write_text(record.model_dump_json(), encoding="utf-8")
    assert load_record(path).macro_decisions == decided


def test_balanced_links_are_not_called_downstream() -> None:
    """One link in and one out reads as balanced, not 'more links lead into it than out of it'."""
    analysis = analyze(record_with("role_dispute", "insomnia"))
    insomnia = next(t for t in analysis.hierarchy if t.area_id == "insomnia")
    flow = next(reason for reason in insomnia.reasons if "link(s) out" in reason)
    assert "1 link(s) out, 1 in, as many links lead into it as out of it" in flow
    assert "more links lead into it" not in flow
