"""Functional links: proposed by the bundled rules, then confirmed, removed or added by the clinician."""

from __future__ import annotations

from interview.macro_analysis.model import Confidence, Link, ProblemArea
from interview.macro_analysis.rules import Rules
from interview.record.macro import LinkDecisions


def proposed_links(areas: list[ProblemArea], rules: Rules) -> list[Link]:
    """Every rule whose two areas are both present, as a link 'proposed by rule'."""
    present = {area.id for area in areas}
    return [
        Link(
            from_area=rule.from_area,
            to_area=rule.to_area,
            kind=rule.kind,
            rationale=rule.rationale,
            source=rule.source,
            derived=rule.derived,
            rule_id=rule.id,
        )
        for rule in rules.rules
        if rule.from_area in present and rule.to_area in present
    ]


def decide_links(
    proposed: list[Link], decisions: LinkDecisions, present: set[str]
) -> tuple[list[Link], list[Link], list[str]]:
    """Apply the clinician's decisions: (links kept, links removed, notes on decisions not applied)."""
    removed_ends = {(ref.from_area, ref.to_area) for ref in decisions.removed}
    confirmed_ends = {(ref.from_area, ref.to_area) for ref in decisions.confirmed}
    kept: list[Link] = []
    removed: list[Link] = []
    for link in proposed:
        ends = (link.from_area, link.to_area)
        if ends in removed_ends:
            removed.append(link)
        elif ends in confirmed_ends:
            kept.append(link.model_copy(update={"confidence": Confidence.CONFIRMED}))
        else:
            kept.append(link)
    known = {(link.from_area, link.to_area) for link in proposed}
    notes = [
        f"confirmed link {a} -> {b} was not proposed, so it was not added"
        for a, b in sorted(confirmed_ends - known)
    ]
    for added in decisions.added:
        if {added.from_area, added.to_area} - present:
            notes.append(f"added link {added.from_area} -> {added.to_area} names an area not found")
            continue
        kept = [link for link in kept if (link.from_area, link.to_area) != (added.from_area, added.to_area)]
        kept.append(
            Link(
                from_area=added.from_area,
                to_area=added.to_area,
                kind=added.kind,
                rationale=added.rationale,
                source="clinician, in the interview",
                derived=False,
                confidence=Confidence.ADDED,
            )
        )
    return kept, removed, notes
