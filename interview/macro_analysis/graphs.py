"""Mermaid flowchart and Graphviz DOT text of the macro-analysis (DOT written by hand, correctly quoted)."""

from __future__ import annotations

from interview.macro_analysis.model import Confidence, MacroAnalysis, Placement


def _mermaid_text(text: str) -> str:
    """Mermaid label text: quotes and angle brackets as entity codes."""
    return text.replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def mermaid(analysis: MacroAnalysis) -> str:
    """A Mermaid flowchart: dashed arrows are proposed, solid ones confirmed or added."""
    lines = ["flowchart TD"]
    for target in analysis.hierarchy:
        label = _mermaid_text(f"{target.position}. {target.label} ({target.placement.value})")
        lines.append(f'    {target.area_id}["{label}"]')
    for link in analysis.links:
        arrow = "-.->" if link.confidence is Confidence.PROPOSED else "-->"
        lines.append(f'    {link.from_area} {arrow}|"{_mermaid_text(link.kind.arrow)}"| {link.to_area}')
    primary = [t.area_id for t in analysis.hierarchy if t.placement is Placement.PRIMARY]
    if primary:
        lines.append("    classDef primary stroke-width:3px")
        lines.append(f"    class {','.join(primary)} primary")
    return "\n".join(lines) + "\n"


def dot_quote(text: str) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, newlines as \\n."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot(analysis: MacroAnalysis) -> str:
    """A Graphviz digraph: dashed edges are proposed, solid ones confirmed or added."""
    lines = [
        "digraph macro_analysis {",
        "  rankdir=TB;",
        '  node [shape=box, style="rounded"];',
        f"  label={dot_quote('Macro-analysis (our proposal, derived)')};",
    ]
    for target in analysis.hierarchy:
        width = "2" if target.placement is Placement.PRIMARY else "1"
        label = f"{target.position}. {target.label}\n{target.placement.value}"
        lines.append(f"  {dot_quote(target.area_id)} [label={dot_quote(label)}, penwidth={width}];")
    for link in analysis.links:
        style = "dashed" if link.confidence is Confidence.PROPOSED else "solid"
        lines.append(
            f"  {dot_quote(link.from_area)} -> {dot_quote(link.to_area)} "
            f"[label={dot_quote(link.kind.arrow)}, style={style}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"
