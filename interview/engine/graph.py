"""Draw a script's flow from its compiled machine as Mermaid or Graphviz DOT text (no Graphviz binary)."""

from __future__ import annotations

from typing import Any, Literal

from transitions.extensions import GraphMachine

from interview.engine.machine import layout
from interview.script.conditions import (
    AllCondition,
    AnswerCondition,
    AnyCondition,
    Condition,
    CountCondition,
    NotCondition,
)
from interview.script.model import Script, iter_questions

SYMBOLS = {"eq": "=", "ne": "≠", "gt": ">", "ge": "≥", "lt": "<", "le": "≤", "in": "in", "not_in": "not in"}


def describe(condition: Condition) -> str:
    """A condition in a few readable words, for diagrams."""
    match condition:
        case AnswerCondition(answer=qid, op=op, value=value):
            if op in ("answered", "unanswered", "missing"):
                return f"{qid} {op}" + (f" ({value})" if value else "")
            return f"{qid} {SYMBOLS.get(op, op)} {value}"
        case CountCondition(count=gid, where=where, op=op, value=value):
            scope = f" where {describe(where)}" if where else ""
            return f"count({gid}{scope}) {SYMBOLS.get(op, op)} {value}"
        case AllCondition(all=parts):
            return "(" + " and ".join(describe(p) for p in parts) + ")"
        case AnyCondition(any=parts):
            return "(" + " or ".join(describe(p) for p in parts) + ")"
        case NotCondition(not_=inner):
            return f"not {describe(inner)}"
    return "?"


class _Drawing:
    """The model GraphMachine needs to draw; it is never triggered."""


def flow_diagram(script: Script, engine: Literal["mermaid", "dot"]) -> str:
    """The machine's states and transitions, with each question's `when` on the edges into it."""
    states, transitions = layout(script)
    conditional = {q.id: q.when for q, _, _ in iter_questions(script) if q.when is not None}
    drawn: list[dict[str, Any]] = []
    for transition in transitions:
        edge = dict(transition)
        when = conditional.get(edge["dest"])
        if when is not None:
            edge["conditions"] = [f"when {describe(when)}", *_listed(edge.get("conditions"))]
        drawn.append(edge)
    model = _Drawing()
    GraphMachine(
        model=model,
        states=list(states),
        transitions=drawn,
        initial="start",
        auto_transitions=False,
        graph_engine="mermaid" if engine == "mermaid" else "graphviz",
        show_conditions=True,
        title=f"{script.title} (v{script.version})",
    )
    graph = model.get_graph()  # type: ignore[attr-defined]
    if engine == "mermaid":
        return str(graph.draw(None))
    if not hasattr(graph, "source"):  # transitions falls back to Mermaid when graphviz is missing
        raise RuntimeError("DOT output needs the 'graphviz' Python package (a declared dependency)")
    return str(graph.source)


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
