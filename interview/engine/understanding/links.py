"""The macro-analysis read-back: "ok", "remove 2", "add insomnia -> low mood", several in one line.

The understood value holds the links read back and the edits, with numbers already resolved to
the links they named, so the answer means the same whatever is answered later (JSON in the log):
`{"shown": [["role_dispute", "insomnia"], ...], "edits": [{"op": "remove", "from": ..., "to": ...},
{"op": "add", "from": ..., "to": ..., "kind": "worsens"}]}`. No edits: every link read back is right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from interview.engine.understanding.matching import Ambiguous, match_name
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import MAX_ANSWER_LENGTH, TOO_LONG_MESSAGE, normalize

AreaNames = Sequence[tuple[str, str, Sequence[str]]]
"""Each problem area as (id, label, other names it goes by)."""
Shown = Sequence[tuple[str, str]]
"""The links read back, numbered from 1, as (from area id, to area id)."""

HOW = "Say 'ok' if the links are right, or e.g. 'remove 2' or 'add insomnia -> low mood' (several at once)."

_ACCEPT = (
    r"ok(?:ay)?|yes|yeah|yep|correct|right|fine|agreed?|confirm(?:ed)?|all good|looks good|spot on"
    r"|makes sense|sounds about right|that's it|exactly|true"
)
_VERB = re.compile(rf"\b(?P<verb>remove|delete|drop|take out|add|{_ACCEPT})\b")
_REMOVE = frozenset({"remove", "delete", "drop", "take out"})
_ARROW = re.compile(
    r"\s*(?:->|→|=>|\bleads to\b|\bcauses\b|\bmaintains\b|\bworsens\b|\bmakes worse\b|\bto\b)\s*"
)
_FILLER = re.compile(
    r"^(?:[\s,;.:]|\b(?:and|then|also|please|link|links|the|from|number|nos?)\b)+|(?:[\s,;.:]|\b(?:and|then|also|please)\b)+$"
)
_LEAD = re.compile(
    r"^(?:[\s,;.:]|\b(?:and|then|also|please|that|that's|thats|it|it's|its|this|looks|look|seems|sounds|is"
    r"|all|about|pretty|much|yes|yeah|i|think|so)\b)+"
)
"""Words before the first verb that say nothing by themselves: "that looks right", "I think so, ok"."""
_ALL = re.compile(r"^(?:all|all of them|everything|every link|them all)$")
_NUMBERS = re.compile(r"\d+")
_ENDS_WORDS = re.compile(r"^[\d\s,;.&+]*(?:\band\b[\d\s,;.&+]*)*$")


def understand_link_edits(text: str, areas: AreaNames, shown: Shown) -> Understanding:
    """Understand a reply to the read-back of the links `shown` (see the module docstring)."""
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(f"{TOO_LONG_MESSAGE} {HOW}")
    said = normalize(text)
    verbs = list(_VERB.finditer(said))
    if not verbs or _LEAD.sub("", _FILLER.sub("", said[: verbs[0].start()])):
        return NotUnderstood(HOW)
    edits: list[dict[str, Any]] = []
    for here, verb in enumerate(verbs):
        end = verbs[here + 1].start() if here + 1 < len(verbs) else len(said)
        body = _FILLER.sub("", said[verb.end() : end])
        name = verb["verb"]
        if name == "add":
            found = _link(body, areas)
            if isinstance(found, str):
                return NotUnderstood(found)
            edits.append({"op": "add", **found})
        elif name in _REMOVE:
            removal = _removal(body, areas, shown)
            if isinstance(removal, str):
                return NotUnderstood(removal)
            edits += removal
    labels = {area_id: label for area_id, label, _ in areas}
    value = {"shown": [list(link) for link in shown], "edits": edits}
    if not edits:
        return Understood(value, "the links read back are right", approximate=False)
    return Understood(value, "; ".join(describe_edit(edit, labels) for edit in edits), approximate=True)


def describe_edit(edit: dict[str, Any], labels: dict[str, str]) -> str:
    """One edit in words, e.g. 'remove: Insomnia -> Depressive symptoms'."""
    start, end = str(edit.get("from", "")), str(edit.get("to", ""))
    ends = f"{labels.get(start, start)} -> {labels.get(end, end)}"
    if edit.get("op") == "add":
        return f"add: {ends} ({edit.get('kind', 'causes/maintains')})"
    return f"remove: {ends}"


def _removal(body: str, areas: AreaNames, shown: Shown) -> list[dict[str, Any]] | str:
    if not body:
        return f"Which link should go? {HOW}"
    if _ALL.match(body):
        return [{"op": "remove", "from": a, "to": b} for a, b in shown]
    if _ENDS_WORDS.match(body):
        numbers = [int(n) for n in _NUMBERS.findall(body)]
        wrong = [n for n in numbers if not 1 <= n <= len(shown)]
        if not numbers or wrong:
            if not shown:
                return f"No links were read back, so there is none to remove. {HOW}"
            return f"The links read back are numbered 1 to {len(shown)}. {HOW}"
        return [
            {"op": "remove", "from": shown[n - 1][0], "to": shown[n - 1][1]} for n in dict.fromkeys(numbers)
        ]
    found = _link(body, areas)
    return found if isinstance(found, str) else [{"op": "remove", "from": found["from"], "to": found["to"]}]


def _link(body: str, areas: AreaNames) -> dict[str, str] | str:
    """'insomnia -> low mood' as {'from': 'insomnia', 'to': 'depression', 'kind': ...}, or why not."""
    arrow = _ARROW.search(body)
    if arrow is None or not body[: arrow.start()].strip() or not body[arrow.end() :].strip():
        return f"I need a link as 'one area -> another', e.g. 'insomnia -> low mood'. {HOW}"
    kind = "worsens" if "worse" in arrow.group(0) else "causes/maintains"
    ends: list[str] = []
    for part in (body[: arrow.start()], body[arrow.end() :]):
        area = _area(_FILLER.sub("", part), areas)
        if area.startswith("?"):
            return area[1:]
        ends.append(area)
    if ends[0] == ends[1]:
        return "A link joins two different areas."
    return {"from": ends[0], "to": ends[1], "kind": kind}


def _area(name: str, areas: AreaNames) -> str:
    """The id of the area called `name`, or '?' and a message saying which names are known."""
    candidates = [[area_id.replace("_", " "), label, *label.replace("(", "/").split("/"), *others]
                  for area_id, label, others in areas]  # fmt: skip
    found = match_name(
        normalize(name), [[c.strip(" )") for c in names] for names in candidates], min_prefix=3
    )
    if isinstance(found, Ambiguous):
        options = ", ".join(areas[i][1] for i in found.indices)
        return f"?'{name}' could be several areas ({options}); please say which."
    if found is None:
        known = ", ".join(area_id.replace("_", " ") for area_id, _, _ in areas)
        return f"?I don't know the problem area '{name}'. The areas are: {known}."
    return areas[found.index][0]
