"""The suggested hierarchy of treatment targets (clinical-rules §12, 🛠 derived order).

Guidi & Fava's factors in their order (clinical-rules §12 principles 3 and 4; issue 15):
1. urgency: a positive safety screen first, then anything urgent or an emergency;
2. the patient's priorities, in the order they gave;
3. severity x burden x impairment, over the factors known (burden and impairment are the patient's
   own ratings, asked per area in the interview; the episode's impairment stands in for the
   depression when not rated). An unknown factor is left out of the product and named in the
   reason, never counted as 0; an area with no factor known comes after every area with one.
4. links, only to break ties: more areas reachable along the links, then more links out than in
   (🛠 ours; clinical-rules §12 puts out-degree second, issue 15 moves it after Guidi & Fava's
   factors: the rules propose nearly every link into the depression, so out-degree ranked the
   rule catalogue, not the patient);
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


def _pressing(area: ProblemArea) -> int:
    return area.urgency.rank if area.urgency in (Urgency.URGENT, Urgency.EMERGENCY) else 0


def _link_key(area: ProblemArea, links: list[Link]) -> tuple[int, int]:
    out, into = _degrees(area.id, links)
    return -len(reachable(area.id, links)), -(out - into)


def _key(area: ProblemArea, links: list[Link]) -> tuple[int, ...]:
    return (
        0 if area.id == "safety" else 1,
        -_pressing(area),
        area.patient_priority if area.patient_priority is not None else 10_000,
        0 if area.weight is not None else 1,
        -(area.weight or 0),
        *_link_key(area, links),
    )


def _factors(area: ProblemArea) -> str:
    """'severity 2 x burden 3; impairment unknown (left out, not counted as 0)'."""
    named = (("severity", area.severity), ("burden", area.burden), ("impairment", area.impairment))
    known = " x ".join(f"{name} {value}" for name, value in named if value is not None)
    unknown = [name for name, value in named if value is None]
    if not unknown:
        return known
    return f"{known}; {' and '.join(unknown)} unknown (left out, not counted as 0)"


def placed_by(area: ProblemArea, links: list[Link], tied: bool = False) -> str:
    """The factor that placed a target where it is, in words; `tied`: an area of the same rank on
    every earlier factor stands beside it, so its links decided between them."""
    if area.id == "safety":
        return "urgency: safety comes first"
    if area.urgency in (Urgency.URGENT, Urgency.EMERGENCY):
        return f"urgency ({area.urgency.value})"
    if area.patient_priority is not None:
        return f"the patient's priority {area.patient_priority}"
    downstream = len(reachable(area.id, links))
    tie_break = (
        f"; among areas of the same weight its links decided ({downstream} area(s) downstream)"
        if tied
        else ""
    )
    if area.weight is not None:
        return f"severity x burden x impairment = {area.weight} ({_factors(area)}){tie_break}"
    if downstream:
        return (
            "its links, as a tie-break: severity, burden and impairment are all unknown, "
            f"and it leads on to {downstream} other area(s)"
        )
    return "nothing that sets it apart (severity, burden and impairment unknown): it follows the areas above"


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


def _reasons(area: ProblemArea, links: list[Link], labels: dict[str, str], tied: bool) -> list[str]:
    reasons: list[str] = [f"Placed here by {placed_by(area, links, tied)}."]
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
        f"impairment {_rating(area.impairment)} (0-3)"
        + (
            "."
            if area.burden is not None
            else "; the patient was not asked, or did not say, how much it troubles them."
        )
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
    ranks = [_key(area, links)[:5] for area in ordered]  # every factor before the links
    return [
        Target(
            position=position,
            area_id=area.id,
            label=area.label,
            placement=_placement(area, links),
            reasons=_reasons(area, links, labels, tied=_tied(ranks, position - 1)),
        )
        for position, area in enumerate(ordered, start=1)
    ]


def _tied(ranks: list[tuple[int, ...]], index: int) -> bool:
    """Whether a neighbour ranks the same on every factor before the links (so the links decided)."""
    rank = ranks[index]
    if rank[:3] != (1, 0, 10_000):  # safety, urgency or a priority placed it: no tie to break
        return False
    return any(0 <= other < len(ranks) and ranks[other] == rank for other in (index - 1, index + 1))
