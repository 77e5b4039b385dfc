"""analyze(): the whole macro-analysis of one record, and render() into text, Mermaid, DOT or JSON."""

from __future__ import annotations

from typing import Literal

from interview.macro_analysis.drawing import draw
from interview.macro_analysis.graphs import dot, mermaid
from interview.macro_analysis.hierarchy import hierarchy
from interview.macro_analysis.links import decide_links, proposed_links
from interview.macro_analysis.model import DERIVED_NOTE, MacroAnalysis
from interview.macro_analysis.problems import case_label, problem_areas
from interview.macro_analysis.rules import load_rules
from interview.macro_analysis.summary import summarize
from interview.record.macro import LinkDecisions
from interview.record.model import ClinicalRecord

Format = Literal["text", "mermaid", "dot", "json"]
FORMATS: tuple[Format, ...] = ("text", "mermaid", "dot", "json")


def analyze(record: ClinicalRecord, decisions: LinkDecisions | None = None) -> MacroAnalysis:
    """Problem areas, proposed (and decided) links, and the suggested hierarchy of targets.

    The decisions are the record's own (`record.macro_decisions`, made in the interview) unless
    others are given.
    """
    decisions = decisions if decisions is not None else record.macro_decisions
    rules = load_rules()
    areas = problem_areas(record, rules, decisions.priorities, decisions.ratings)
    links, removed, notes = decide_links(proposed_links(areas, rules), decisions, {a.id for a in areas})
    targets = hierarchy(areas, links)
    return MacroAnalysis(
        case_label=case_label(record),
        areas=areas,
        links=links,
        removed_links=removed,
        hierarchy=targets,
        summary=summarize(areas, links, targets),
        notes=notes,
    )


def _text(analysis: MacroAnalysis) -> str:
    lines = [analysis.summary, "", draw(analysis), "", "Hierarchy of treatment targets (suggested):"]
    for target in analysis.hierarchy:
        lines.append(f"{target.position}. {target.label} [{target.placement.value}]")
        lines += [f"   - {reason}" for reason in target.reasons]
    lines += ["", "Links and their reasons:"]
    labels = {area.id: area.label for area in analysis.areas}
    for link in analysis.links:
        lines.append(
            f"- {link.kind.sentence(labels[link.from_area], labels[link.to_area])} ({link.confidence.value})"
        )
        lines.append(
            f"   {link.rationale} Source: {link.source}{' (🛠 our proposal)' if link.derived else ''}"
        )
    lines += ["", DERIVED_NOTE, *analysis.notes]
    return "\n".join(lines) + "\n"


def render(analysis: MacroAnalysis, format: Format = "text") -> str:  # noqa: A002 (the public API name)
    """The analysis as plain text (summary, drawing, hierarchy), Mermaid, DOT or JSON."""
    if format == "mermaid":
        return mermaid(analysis)
    if format == "dot":
        return dot(analysis)
    if format == "json":
        return analysis.model_dump_json(indent=2) + "\n"
    if format == "text":
        return _text(analysis)
    raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
