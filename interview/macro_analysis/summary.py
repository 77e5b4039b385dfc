"""The plain summary paragraph, in clinician wording (the treatments did not help enough; never 'failed')."""

from __future__ import annotations

from interview.macro_analysis.model import Link, Placement, ProblemArea, Target


def _lower(label: str) -> str:
    """Lower-case the first letter unless the first word is an acronym."""
    first = label.split(" ", 1)[0]
    return label if first.isupper() else label[:1].lower() + label[1:]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def summarize(areas: list[ProblemArea], links: list[Link], targets: list[Target]) -> str:
    """One paragraph: the areas, how they link, the suggested order and what is left to discuss."""
    labels = {area.id: area.label for area in areas}
    parts = [
        f"The record points to {len(areas)} problem area(s): {_join([_lower(area.label) for area in areas])}."
    ]
    safety = next((area for area in areas if area.id == "safety"), None)
    if safety is not None:
        parts.append(f"The suicide-risk screen was positive ({safety.urgency.value}), so safety comes first.")
    if links:
        shown = [
            link.kind.sentence(labels[link.from_area], _lower(labels[link.to_area])) for link in links[:4]
        ]
        more = f" (and {len(links) - 4} more)" if len(links) > 4 else ""
        parts.append(f"Proposed links, to check with the patient: {'; '.join(shown)}{more}.")
    else:
        parts.append("No functional links between the areas were proposed.")
    primary = [_lower(t.label) for t in targets if t.placement is Placement.PRIMARY]
    if primary:
        parts.append(f"Suggested primary targets, in order: {_join(primary)}.")
    secondary = [_lower(t.label) for t in targets if t.placement is Placement.SECONDARY]
    if secondary:
        parts.append(f"Secondary: {_join(secondary)}.")
    discuss = [_lower(t.label) for t in targets if t.placement is Placement.TO_DISCUSS]
    if discuss:
        parts.append(f"To discuss, as no treatment the patient is open to is listed: {_join(discuss)}.")
    parts.append(
        "This order is our proposal (🛠 derived from clinical-rules §12), a basis for a shared decision "
        "that the clinician and the patient can change."
    )
    return " ".join(parts)
