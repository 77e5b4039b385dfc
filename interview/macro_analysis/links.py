"""Functional links: proposed by the bundled rules, ordered by strength, then confirmed, changed, removed
or added in the interview."""

from __future__ import annotations

from interview.macro_analysis.model import Confidence, Link, ProblemArea
from interview.macro_analysis.rules import Rules
from interview.record.macro import ChangedLink, LinkDecisions


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


def strength(link: Link, areas: dict[str, ProblemArea]) -> tuple[int, int, int]:
    """How strong a proposed link is, as a sort key (smaller first). 🛠 ours, in this order:
    1. it touches one of the patient's priorities;
    2. the heavier its two areas: the sum of their severity x burden x impairment over the known
       factors (an area with no factor known adds nothing);
    3. it restates a published statement (not our own proposal)."""
    ends = [areas[link.from_area], areas[link.to_area]]
    touches_priority = any(area.patient_priority is not None for area in ends)
    weight = sum(area.weight or 0 for area in ends)
    return (0 if touches_priority else 1, -weight, 1 if link.derived else 0)


def strongest(links: list[Link], areas: list[ProblemArea]) -> list[Link]:
    """The links, strongest first (`strength`; the rules' order breaks ties): the read-back order."""
    by_id = {area.id: area for area in areas}
    return sorted(links, key=lambda link: strength(link, by_id))


def _changed(link: Link, change: ChangedLink) -> Link:
    """The proposed link as the person corrected it: its kind, or its direction, or both."""
    ends = (link.to_area, link.from_area) if change.reversed else (link.from_area, link.to_area)
    kind = change.kind or link.kind
    if kind is link.kind and not change.reversed:  # "it makes it worse" to a link that says so
        return link.model_copy(update={"confidence": Confidence.CONFIRMED, "checked_by": change.by})
    what = "the other way round" if change.reversed else "the same way"
    return link.model_copy(
        update={
            "from_area": ends[0],
            "to_area": ends[1],
            "kind": kind,
            "rationale": f"{link.rationale} Corrected in the interview: it runs {what} and {kind.arrow}.",
            "confidence": Confidence.CHANGED,
            "checked_by": change.by,
        }
    )


def _one_per_pair(links: list[Link]) -> list[Link]:
    """A correction that turns a link into one between the same two areas as another proposed link
    (the other way round) replaces that proposed link: one arrow, the one the person gave."""
    corrected = {(link.from_area, link.to_area) for link in links if link.confidence is Confidence.CHANGED}
    return [
        link
        for link in links
        if link.confidence is not Confidence.PROPOSED or (link.from_area, link.to_area) not in corrected
    ]


def decide_links(
    proposed: list[Link], decisions: LinkDecisions, present: set[str]
) -> tuple[list[Link], list[Link], list[str]]:
    """Apply the interview's decisions: (links kept, links removed, notes on decisions not applied).

    Each link read back is confirmed, changed or removed on its own, with who checked it; a link
    not read back stays "proposed by rule"."""
    removed_ends = {(ref.from_area, ref.to_area): ref for ref in decisions.removed}
    confirmed_ends = {(ref.from_area, ref.to_area): ref for ref in decisions.confirmed}
    changed_ends = {(change.from_area, change.to_area): change for change in decisions.changed}
    kept: list[Link] = []
    removed: list[Link] = []
    for link in proposed:
        ends = (link.from_area, link.to_area)
        if ends in removed_ends:
            removed.append(link.model_copy(update={"checked_by": removed_ends[ends].by}))
        elif ends in changed_ends:
            kept.append(_changed(link, changed_ends[ends]))
        elif ends in confirmed_ends:
            update = {"confidence": Confidence.CONFIRMED, "checked_by": confirmed_ends[ends].by}
            kept.append(link.model_copy(update=update))
        else:
            kept.append(link)
    kept = _one_per_pair(kept)
    known = {(link.from_area, link.to_area) for link in proposed}
    notes = [
        f"confirmed link {a} -> {b} was not proposed, so it was not added"
        for a, b in sorted(set(confirmed_ends) - known)
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
