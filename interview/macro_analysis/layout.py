"""What the macro-analysis diagram draws, and in which layers (issue 15; 🛠 our selection rule).

Only what helps: the primary targets and the areas at the other end of their confirmed links, with
every confirmed link between the areas drawn. Before anything is confirmed, the primary targets and
the links proposed between them (drawn dashed, labelled "proposed"). At most CAP areas: the first
GUARANTEED targets always, then the areas that add the most links to those already drawn. The whole
list stays in the tables; the caption says how much is only there. The terminal drawing and the SVG
both draw a `Diagram`.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview.macro_analysis.layered import Layered, lay_out
from interview.macro_analysis.model import Confidence, Link, MacroAnalysis, Placement

CAP = 8
"""At most this many areas are drawn."""
GUARANTEED = 3
"""The first targets of the hierarchy are drawn whatever their links."""
LAYER_WIDTH = 5
"""At most this many boxes side by side: the SVG stays readable at the report's width."""


@dataclass(frozen=True)
class Selection:
    """The areas drawn (hierarchy order) and the links drawn between them."""

    area_ids: tuple[str, ...]
    links: tuple[Link, ...]
    proposed_only: bool
    """Nothing is confirmed yet: the links drawn are proposed ones between primary targets."""
    primary: frozenset[str]


@dataclass(frozen=True)
class Diagram:
    """A selection laid out in layers, with the caption saying what is left to the tables."""

    selection: Selection
    layered: Layered
    caption: str

    def link(self, edge: tuple[str, str]) -> Link:
        """The drawn link with these ends."""
        return next(link for link in self.selection.links if (link.from_area, link.to_area) == edge)


def is_confirmed(link: Link) -> bool:
    """Confirmed or added by a person, as opposed to proposed by rule."""
    return link.confidence is not Confidence.PROPOSED


def _gain(area: str, chosen: list[str], links: list[Link]) -> int:
    """How many links drawing this area would add: those joining it to an area already chosen."""
    return sum(
        (link.from_area == area and link.to_area in chosen)
        or (link.to_area == area and link.from_area in chosen)
        for link in links
    )


def select(analysis: MacroAnalysis, cap: int = CAP) -> Selection:
    """The areas and links to draw (see the module docstring)."""
    order = [target.area_id for target in analysis.hierarchy]
    primary = [t.area_id for t in analysis.hierarchy if t.placement is Placement.PRIMARY]
    confirmed = [link for link in analysis.links if is_confirmed(link)]
    pool = confirmed if confirmed else analysis.links
    candidates = set(primary)
    if confirmed:
        for link in confirmed:
            if link.from_area in primary or link.to_area in primary:
                candidates |= {link.from_area, link.to_area}
    ranked = sorted(candidates, key=lambda a: (a not in primary, order.index(a)))
    chosen, rest = ranked[: min(GUARANTEED, cap)], ranked[min(GUARANTEED, cap) :]
    while rest and len(chosen) < cap:
        pick = min(rest, key=lambda a: (-_gain(a, chosen, pool), a not in primary, order.index(a)))
        chosen.append(pick)
        rest.remove(pick)
    drawn = set(chosen)
    links = tuple(link for link in pool if {link.from_area, link.to_area} <= drawn)
    return Selection(
        area_ids=tuple(sorted(drawn, key=order.index)),
        links=links,
        proposed_only=not confirmed,
        primary=frozenset(primary) & drawn,
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def caption(analysis: MacroAnalysis, selection: Selection) -> str:
    """What is drawn and how much is only in the tables, in words."""
    if not selection.area_ids:
        return "No area is a primary target yet, so nothing is drawn; every area and link is in the tables."
    primary = len(selection.primary)
    linked = len(selection.area_ids) - primary
    kind = "proposed" if selection.proposed_only else "confirmed"
    drawn = f"Drawn: {_plural(primary, 'primary target')}"
    if linked:
        drawn += f", {_plural(linked, 'area')} linked to {'it' if primary == 1 else 'them'}"
    if selection.links:
        drawn += f" and the {_plural(len(selection.links), kind + ' link')} between them."
    elif not analysis.links:
        drawn += ", with no link to draw."
    else:
        drawn += f", with no {kind} link between areas drawn."
    if selection.proposed_only and analysis.links:
        drawn += " Nothing is confirmed yet"
        drawn += ": dashed arrows are links proposed by rule." if selection.links else "."
    areas_left = len(analysis.areas) - len(selection.area_ids)
    links_left = len(analysis.links) - len(selection.links)
    if areas_left or links_left:
        left = f"{_plural(areas_left, 'more area')} and {_plural(links_left, 'more link')}"
        return f"{drawn} {left} are only in the tables."
    return f"{drawn} Every area and link is drawn; the tables give their reasons."


def diagram(analysis: MacroAnalysis, cap: int = CAP) -> Diagram:
    """The selection, laid out: upstream areas on top, arrows crossing as little as the order allows."""
    selection = select(analysis, cap)
    edges = [(link.from_area, link.to_area) for link in selection.links]
    return Diagram(selection, lay_out(selection.area_ids, edges, LAYER_WIDTH), caption(analysis, selection))
