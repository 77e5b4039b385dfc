"""Compile a script into one `transitions` state machine, shared by every session of that script.

States are the questions in document order (a repeat group adds its own entry state and, for
ask_another groups, the implicit "another one?" state), between `start` and `finished`. One
trigger, `advance`, moves forward; repeat groups loop back with guarded transitions. Entering a
state that does not apply, or that already has an answer (after going back), moves on at once, so
compile time and memory stay linear in the number of questions (never `auto_transitions`: that
adds N² transitions, 9 s and 446 MiB at 1,000 states; see baselines.md).
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from typing import Any

from transitions import Machine

from interview.engine.slots import ANOTHER
from interview.script.model import Script
from interview.script.questions import Repeat

# model_override=True makes transitions log one warning per state it does not bind (is_<state>) for
# every session; those methods are deliberately absent, so keep its log to real errors.
logging.getLogger("transitions").setLevel(logging.ERROR)

START = "start"
FINISHED = "finished"


def another_state(group_id: str) -> str:
    """The state name of a group's implicit "another one?" question."""
    return f"{group_id}_{ANOTHER}"  # no dots: Mermaid state ids cannot hold them


@dataclass(frozen=True)
class StateInfo:
    """What a state stands for: a question, a repeat group's entry, or "another one?"."""

    qid: str
    group: str | None
    is_group_entry: bool = False


@dataclass(frozen=True)
class CompiledScript:
    """A script with its machine and the meaning of each state."""

    script: Script
    machine: Machine
    states: dict[str, StateInfo]


def compile_script(script: Script) -> CompiledScript:
    """Build the machine once per script; sessions attach to it with `add_model`."""
    states, transitions = layout(script)
    machine = Machine(
        model=None,
        states=list(states),
        transitions=transitions,
        initial=START,
        auto_transitions=False,
        queued=True,
        send_event=True,
        model_override=True,
        after_state_change="arrive",
    )
    return CompiledScript(script, machine, states)


def layout(script: Script) -> tuple[dict[str, StateInfo], list[dict[str, Any]]]:
    blocks = [_block(question) for section in script.sections for question in section.questions]
    states: dict[str, StateInfo] = {START: StateInfo(START, None)}
    for block in blocks:
        states.update(block)
    states[FINISHED] = StateInfo(FINISHED, None)
    entries = [next(iter(block)) for block in blocks] + [FINISHED]
    transitions = [_advance(START, entries[0])]
    for position, block in enumerate(blocks):
        names, after = list(block), entries[position + 1]
        if len(names) == 1:
            transitions.append(_advance(names[0], after))
        else:  # a repeat group: its entry, its inner questions, maybe "another one?"
            transitions += _group_transitions(names, after)
    return states, transitions


def _block(question: object) -> dict[str, StateInfo]:
    if not isinstance(question, Repeat):
        qid = getattr(question, "id")  # noqa: B009 (every question has an id)
        return {qid: StateInfo(qid, None)}
    block = {question.id: StateInfo(question.id, None, is_group_entry=True)}
    block.update({inner.id: StateInfo(inner.id, question.id) for inner in question.questions})
    if question.ask_another is not None:
        block[another_state(question.id)] = StateInfo(ANOTHER, question.id)
    return block


def _group_transitions(names: list[str], after: str) -> list[dict[str, Any]]:
    entry, first_inner, last = names[0], names[1], names[-1]
    return [
        # into the first item, or past the group when it has no items
        _advance(entry, first_inner, conditions="group_has_items", before="start_items"),
        _advance(entry, after, before="leave_group"),
        *(_advance(a, b) for a, b in itertools.pairwise(names[1:])),
        # loop for the next item while there is one, else leave the group
        _advance(last, first_inner, conditions="group_has_more_items", before="next_item"),
        _advance(last, after, before="leave_group"),
    ]


def _advance(source: str, dest: str, **extra: str) -> dict[str, Any]:
    return {"trigger": "advance", "source": source, "dest": dest, **extra}
