"""The suggested hierarchy of treatment targets (clinical-rules §12, 🛠 derived order).

Guidi & Fava's factors in their order (clinical-rules §12 principles 3 and 4; issue 15):
1. urgency: a positive safety screen first, then anything urgent or an emergency;
2. the patient's priorities, in the order they gave;
3. upstream areas: more areas reachable along the links, then more links out than in (🛠 ours);
4. severity x burden x impairment over the known factors. (Guidi & Fava put it before the links;
   it moves up once burden and impairment are asked for every area: today most areas have only a
   severity, so ranking on it would put the best-documented area first, not the heaviest.)
5. areas with no treatment tool the patient is open to go to "to discuss".
Each target says which factor placed it (`placed_by`).
"""

from __future__ import annotations

from interview.macro_analysis.model import Link, Placement, ProblemArea, Target, Urgency


def reachable(area_id: str, links: list[Link]) -> set[str]:
    """Every area reachable from area_id along the links (itself excluded)."""
    seen: set[str] = set()
    stack = [area_id]
    while stack:
        current = stack.pop()
        for link in links:
            if link.from_area == current and link.to_area not in seen:
                seen.add(link.to_area)
                stack.append(link.to_area)
    seen.discard(area_id)
    return seen


def _degrees(area_id: str, links: list[Link]) -> tuple[int, int]:
    out = sum(link.from_area == area_id for link in links)
    return out, sum(link.to_area == area_id for link in links)


def _key(area: ProblemArea, links: list[Link]) -> tuple[int, int, int, int, int, int]:
    out, into = _degrees(area.id, links)
    pressing = area.urgency.rank if area.urgency in (Urgency.URGENT, Urgency.EMERGENCY) else 0
    return (
        0 if area.id == "safety" else 1,
        -pressing,
        area.patient_priority if area.patient_priority is not None else 10_000,
        -len(reachable(area.id, links)),
        -(out - into),
        -(area.weight if area.weight is not None else -1),
    )


def placed_by(area: ProblemArea, links: list[Link]) -> str:
    """The factor that placed a target where it is, in words."""
    if area.id == "safety":
        return "urgency: safety comes first"
    if area.urgency in (Urgency.URGENT, Urgency.EMERGENCY):
        return f"urgency ({area.urgency.value})"
    if area.patient_priority is not None:
        return f"the patient's priority {area.patient_priority}"
    downstream = len(reachable(area.id, links))
    if downstream:
        return f"its links: it leads on to {downstream} other area(s)"
    if area.weight is not None:
        return f"severity x burden x impairment = {area.weight} (known factors only)"
    return "nothing that sets it apart: it follows the areas above"


def _placement(area: ProblemArea, links: list[Link]) -> Placement:
    """Primary: safety, urgent, upstream (more out than in), or any rating of 2 or more (🛠)."""
    if not area.treatment_available:
        return Placement.TO_DISCUSS
    out, into = _degrees(area.id, links)
    ratings = [r for r in (area.severity, area.burden, area.impairment) if r is not None]
    if (
        area.id == "safety"
        or area.urgency in (Urgency.URGENT, Urgency.EMERGENCY)
        or out > into
        or max(ratings, default=0) >= 2
    ):
        return Placement.PRIMARY
    return Placement.SECONDARY


def _flow_verdict(out: int, into: int) -> str:
    """How the links through an area read: upstream, balanced, or mostly downstream."""
    if out > into:
        return "so change here may help the others"
    if out == into:
        return "as many links lead into it as out of it"
    return "but more links lead into it than out of it"


def _rating(value: int | None) -> str:
    return "unknown" if value is None else str(value)


def _reasons(area: ProblemArea, links: list[Link], labels: dict[str, str]) -> list[str]:
    reasons: list[str] = [f"Placed here by {placed_by(area, links)}."]
    if area.id == "safety":
        reasons.append(f"Safety comes first: {area.urgency_reason}.")
    elif area.urgency is not Urgency.ROUTINE:
        reasons.append(f"Urgency {area.urgency.value}: {area.urgency_reason}.")
    out, into = _degrees(area.id, links)
    downstream = sorted(labels[a] for a in reachable(area.id, links))
    if downstream:
        verdict = _flow_verdict(out, into)
        reasons.append(
            f"Leads on to {len(downstream)} area(s) ({', '.join(downstream)}); "
            f"{out} link(s) out, {into} in, {verdict}."
        )
    else:
        reasons.append(f"No proposed link leads from it to another area ({into} link(s) in).")
    reasons.append(
        f"Severity {_rating(area.severity)}, burden {_rating(area.burden)}, "
        f"impairment {_rating(area.impairment)} (0-3)."
    )
    if area.patient_priority is not None:
        reasons.append(f"The patient named it as priority {area.patient_priority}.")
    if not area.treatment_available:
        reasons.append("No treatment tool the patient is open to: to discuss.")
    return reasons


def hierarchy(areas: list[ProblemArea], links: list[Link]) -> list[Target]:
    """Areas in the suggested order; 'to discuss' areas last, each with its reasons."""
    labels = {area.id: area.label for area in areas}
    ordered = sorted(areas, key=lambda area: _key(area, links))
    ordered.sort(key=lambda area: not area.treatment_available)  # stable: keeps the order within
    return [
        Target(
            position=position,
            area_id=area.id,
            label=area.label,
            placement=_placement(area, links),
            reasons=_reasons(area, links, labels),
        )
        for position, area in enumerate(ordered, start=1)
    ]
