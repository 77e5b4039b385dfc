"""The expert's path through a case: replay each expert coding through the engine to the end.

This is also how a case is checked: every question the expert path asks must have the patient's
words and a coding the engine understands, a coding the patient's words do not literally give must
carry its reason, and every answer must name a question the script has (answers off the expert's
path are allowed: a trainee whose coding leads there still hears the patient).
"""

from __future__ import annotations

from dataclasses import dataclass

from interview.engine import Conversation, Reply, Slot
from interview.engine.interpret import interpret
from interview.engine.understanding import Understood, recognize_missing
from interview.mapping.read_backs import READ_BACKS
from interview.practice.case import CaseAnswer, PracticeCase, practice_label
from interview.practice.library import CaseError
from interview.script.model import Script
from interview.script.questions import Repeat, Text

MAX_TURNS = 5000
"""A guard against a script that would never finish (the engine always advances on an answer)."""


@dataclass(frozen=True)
class ExpertTurn:
    """One question on the expert's path, with the patient's words, the coding and the engine's reply."""

    key: str
    prompt: str
    answer: CaseAnswer
    reply: Reply


@dataclass(frozen=True)
class ExpertRun:
    """The expert's finished interview: first reply, every turn, and the resulting conversation."""

    conversation: Conversation
    first: Reply
    turns: list[ExpertTurn]

    @property
    def replies(self) -> list[Reply]:
        """Every reply in order: the opening one, then one per turn (their events are the session's)."""
        return [self.first, *(turn.reply for turn in self.turns)]


def play_expert(case: PracticeCase, script: Script, patient_label: str = "") -> ExpertRun:
    """Answer every question with the expert's coding until the interview finishes.

    Raises:
        CaseError: listing each question the case leaves uncovered, each coding the engine
            rejects, each non-literal coding without a reason and each answer never asked.
    """
    conversation, first = Conversation.start(
        script,
        patient_label or practice_label(case.id),
        today=lambda: case.interview_date,
        read_backs=READ_BACKS,
    )
    turns: list[ExpertTurn] = []
    problems: list[str] = []
    while not conversation.finished and len(turns) < MAX_TURNS:
        if conversation.deciding:  # after a low alert the synthetic patient agrees to go on; the
            decided = conversation.handle("yes")  # decision joins the turn that raised the alert
            raised = turns[-1].reply if turns else first
            raised.events += decided.events
            raised.messages += decided.messages
            continue
        slot = conversation.current
        assert slot is not None  # an unfinished conversation always stands on a question
        prompt = _last_prompt(turns[-1].reply if turns else first)
        answer = case.answer(slot.key)
        if answer is None:
            problems.append(
                f"the expert path asks '{slot.key}' ({_short(prompt)}) but the case has no answer"
            )
            break
        reply = conversation.handle(answer.code)
        rejected = [m.text for m in reply.messages if m.kind == "error"]
        if rejected:
            problems.append(f"'{slot.key}': the coding '{answer.code}' is not understood: {rejected[0]}")
            break
        if answer.reason is None and _needs_reason(conversation, slot.qid, answer, case):
            problems.append(
                f"'{slot.key}': the coding '{answer.code}' is not what the patient's words give "
                "literally; add a reason"
            )
        turns.append(ExpertTurn(slot.key, prompt, answer, reply))
    unknown = [key for key in case.answers if not _in_script(script, key)]
    if unknown:
        problems.append(
            f"answers for questions the script does not have (misspelt keys?): {', '.join(unknown)}"
        )
    if problems:
        raise CaseError([f"case '{case.id}': {problem}" for problem in problems])
    return ExpertRun(conversation, first, turns)


def _in_script(script: Script, key: str) -> bool:
    """Whether a key names a slot the script can ask (answers off the expert's path are allowed:
    they give the patient's words to a trainee whose coding leads elsewhere)."""
    slot = Slot.from_key(key)
    placements = script.index.placements
    if slot.group is None:
        return slot.qid in placements and placements[slot.qid].group is None
    group = placements.get(slot.group)
    if group is None or not isinstance(group.question, Repeat):
        return False
    if slot.is_another:
        return group.question.ask_another is not None
    inner = placements.get(slot.qid)
    return inner is not None and inner.group is not None and inner.group.id == slot.group


def _needs_reason(conversation: Conversation, qid: str, answer: CaseAnswer, case: PracticeCase) -> bool:
    """A missing code, or words that read literally as a different answer, need the expert's reason."""
    if recognize_missing(answer.code) is not None:
        return True
    question = None if qid == "_another" else conversation.script.index.question(qid)
    if isinstance(question, Text):
        return False  # free text has no literal reading to contradict: the expert picks the words
    literal = interpret(question, answer.says, case.interview_date)
    coded = interpret(question, answer.code, case.interview_date)
    if not isinstance(literal, Understood) or literal.confirm is not None:  # asked back: not literal
        return False
    return isinstance(coded, Understood) and literal.value != coded.value


def _last_prompt(reply: Reply) -> str:
    prompts = [m.text for m in reply.messages if m.kind == "prompt"]
    return prompts[-1] if prompts else ""


def _short(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 60 else line[:57] + "..."
