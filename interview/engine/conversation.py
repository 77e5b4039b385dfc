"""One line of text in, the events to store and the words to show out; independent of any UI."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Literal

from interview.engine.answers import AnswerBook
from interview.engine.compiled import compiled_for
from interview.engine.interpret import carried_answers, interpret, missing_answer
from interview.engine.prompts import (
    accepted_forms,
    fill_template,
    help_text,
    item_heading,
    prompt_text,
    question_line,
    quote_answer,
    why_text,
)
from interview.engine.read_backs import NoReadBacks, ReadBacks
from interview.engine.reply import Message, MessageKind, Reply
from interview.engine.review import review_lines, reviewable_slots
from interview.engine.safety_turns import SafetyTurns, Screening
from interview.engine.screener import Screener
from interview.engine.session import InterviewSession
from interview.engine.slots import Slot
from interview.engine.understanding import (
    Command,
    NotUnderstood,
    Understood,
    recognize_command,
    understand_yes_no,
)
from interview.events import (
    ANSWER_NOTE,
    AlertAcknowledged,
    AlertRaised,
    AnswerMissing,
    AnswerProposed,
    AnswerRecorded,
    AnswerRejected,
    ContinuationDecided,
    Event,
    Finished,
    InputReceived,
    ItemsListed,
    Navigated,
    NoteAdded,
    Paused,
    QuestionAsked,
    Resumed,
    RiskCueNoticed,
    ScreenerCompleted,
    ScreenerStarted,
    SessionEnded,
    SessionStarted,
)
from interview.record.missing import MissingReason
from interview.safety.alerts import SafetyLog
from interview.safety.contacts import CrisisContacts, load_contacts
from interview.script.model import Script
from interview.script.questions import Repeat

__all__ = ["Conversation", "Message", "MessageKind", "Reply"]  # Message and Reply live in reply.py


class Conversation(SafetyTurns):
    """An interview in progress: replayed from its events, advanced one line at a time."""

    def __init__(
        self,
        script: Script,
        today: Callable[[], datetime.date] = datetime.date.today,
        contacts: Callable[[], CrisisContacts] = load_contacts,
        read_backs: ReadBacks | None = None,
    ) -> None:
        self.script = script
        self.read_backs: ReadBacks = read_backs or NoReadBacks()
        """Makes the link and summary read-backs (interview.session.read_backs for the product's own)."""
        self.book = AnswerBook(script)
        self.session = InterviewSession(compiled_for(script), self.book)
        self.today = today
        self.contacts = contacts
        """Read only when an alert is raised; the lines shown are stored with the alert."""
        self.patient_label = ""
        self.script_path = ""
        self.paused = False
        self.finished = False
        self.screener = Screener(script)
        self.safety = SafetyLog()
        self.screening: Screening | None = None
        """The out-of-turn safety screen under way, if any."""
        self._continue_at = ""
        """Where to go once a halting alert is acknowledged ("" for script order)."""
        self._held_triggers: frozenset[int] = frozenset()
        self._pending: str | None = None
        """Within one turn: why the screener must be asked before the next ordinary question."""
        self._shown_section: str | None = None
        self._shown_item: tuple[str | None, int | None] = (None, None)
        self.proposal: AnswerProposed | None = None
        """An approximate answer waiting for its yes ("Did you mean sertraline?"), if any."""
        self._listing: list[Event] = []
        """Within one turn: the ItemsListed events of the groups reached, for the turn's reply."""
        self.session.on_listing = self._list_items

    # --- starting and replaying -----------------------------------------------------------------
    @classmethod
    def start(
        cls,
        script: Script,
        patient_label: str,
        script_path: str = "",
        today: Callable[[], datetime.date] = datetime.date.today,
        contacts: Callable[[], CrisisContacts] = load_contacts,
        read_backs: ReadBacks | None = None,
    ) -> tuple[Conversation, Reply]:
        """A new interview: its first events and first question."""
        conversation = cls(script, today, contacts, read_backs)
        reply = Reply()
        conversation._emit(
            reply,
            SessionStarted(
                script_id=script.id,
                script_version=script.version,
                script_digest=script.digest,
                patient_label=patient_label,
                script_path=script_path,
            ),
        )
        conversation._move_on(reply)
        conversation._ready_scan()
        return conversation, reply

    @classmethod
    def replay(
        cls,
        script: Script,
        events: Iterable[Event],
        today: Callable[[], datetime.date] = datetime.date.today,
        contacts: Callable[[], CrisisContacts] = load_contacts,
        read_backs: ReadBacks | None = None,
    ) -> Conversation:
        """Rebuild an interview's state from its stored events."""
        conversation = cls(script, today, contacts, read_backs)
        for event in events:
            conversation.apply(event)
        return conversation

    def resume(self) -> Reply:
        """Pick up where the interview stood: the same question again."""
        self._ready_scan()
        reply = Reply()
        self._emit(reply, Resumed())
        slot = self.current
        if self.halted or self.deciding:
            self._say_waiting(reply)
        elif self.finished or slot is None:
            self._move_on(reply)
        elif self.proposal is not None and self.proposal.key == slot.key:
            reply.say("prompt", self.proposal.question)
        else:
            self._shown_section, self._shown_item = None, (None, None)
            self._ask(reply, slot)
        return reply

    def apply(self, event: Event) -> None:
        """Update the state from one event (the same path live turns and replays take)."""
        if isinstance(event, AnswerProposed):
            self.proposal = event
        elif not isinstance(event, InputReceived | NoteAdded | RiskCueNoticed | Paused | Resumed):
            self.proposal = None  # an answer, a rejection or a move settles what was proposed
        match event:
            case SessionStarted(patient_label=label, script_path=path):
                self.patient_label = label
                self.script_path = path
            case QuestionAsked(key=key):
                slot = Slot.from_key(key)
                self.session.jump(slot)
                self.finished = self.paused = False
                self._shown_section = self._section_of(slot)
                self._shown_item = (slot.group, slot.item)
            case ItemsListed(key=key, items=items):
                self.book.set_listed(key, items)
            case AnswerRecorded(key=key, value=value, display=display, approximate=approximate):
                self.book.set_answer(Slot.from_key(key), value, display, approximate)
                self._held_triggers = self.screener.holding_triggers(self.book)
            case AnswerMissing(key=key, reason=reason):
                self.book.set_missing(Slot.from_key(key), reason)
                self._held_triggers = self.screener.holding_triggers(self.book)
            case ScreenerStarted(reason=reason, resume_key=resume_key):
                self.screening = Screening(reason, resume_key)
                for slot in self.screener.slots():  # new answers supersede; the log keeps the old
                    self.book.clear(slot)
            case ScreenerCompleted():
                self._continue_at = self.screening.resume_key if self.screening else ""
                self.screening = None
                self.safety.apply(event)
            case AlertRaised() | AlertAcknowledged() | ContinuationDecided():
                self.safety.apply(event)
            case NoteAdded(key=key, text=text):
                self.book.entry(Slot.from_key(key)).notes.append(text)
            case Paused():
                self.paused = True
            case Resumed():
                self.paused = False
            case Finished() | SessionEnded():
                self.finished = True

    # --- one turn -----------------------------------------------------------------------------
    @property
    def current(self) -> Slot | None:
        """The question waiting for an answer (None when finished)."""
        return None if self.finished else self.session.slot

    def handle(self, text: str) -> Reply:
        """Take one line typed by the person; never raises for any text."""
        reply = Reply()
        slot = self.current
        self._emit(reply, InputReceived(key=slot.key if slot else "", text=text))
        self._notice_cues(reply, slot, text)
        command = recognize_command(text)
        if self.halted:  # a risk phrase now is stored, but the alert already stops everything
            self._pending = None
            self._halted_turn(reply, command)
            return reply
        if self.deciding and not self.finished:
            self._pending = None
            self._decision_turn(reply, command, text)
            return reply
        if command is not None:
            self._command(reply, command, slot)
        elif self.proposal is not None and slot is not None and self.proposal.key == slot.key:
            self._settle(reply, slot, text, self.proposal)
        elif slot is None:
            reply.say("info", "The interview is complete. Type 'review' to see the answers or 'edit N'.")
        else:
            self._answer(reply, slot, text)
        if self._pending is not None and not self.halted:  # nothing was asked this turn: ask it now
            self._start_screen(reply, self.current.key if self.current else "")
        self._pending = None
        if not reply.messages and self.current is not None:  # never a bare prompt: say what is asked
            reply.say("prompt", prompt_text(self.book, self.current, self.read_backs))
        return reply

    def _answer(self, reply: Reply, slot: Slot, text: str) -> None:
        question = self.book.question(slot)
        missing = missing_answer(question, text)
        if not text.strip() and question is not None and not question.required:
            missing = MissingReason.SKIPPED
        if missing is not None and self._missing_allowed(slot, missing):
            self._emit(reply, AnswerMissing(key=slot.key, reason=missing))
            self._move_on(reply)
            return
        understood = interpret(question, text, self.today(), (self.book, slot), self.read_backs)
        if isinstance(understood, NotUnderstood):
            message = understood.message
            if missing is not None:
                message = (
                    f"This question needs an answer here. You can answer with {accepted_forms(question)}."
                )
            self._emit(reply, AnswerRejected(key=slot.key, message=message))
            reply.say("error", message)
            return
        if understood.confirm is not None:
            proposal = AnswerProposed(
                key=slot.key,
                value=understood.value,
                display=understood.display,
                question=understood.confirm,
                text=text,
                notes=list(understood.notes),
            )
            self._emit(reply, proposal)
            reply.say("prompt", f"{understood.confirm} (yes or no)")
            return
        self._record(
            reply, slot, understood.value, understood.display, understood.approximate, understood.notes
        )
        self._carry_on(reply, slot, text)
        self._move_on(reply)

    def _record(
        self, reply: Reply, slot: Slot, value: object, display: str, approximate: bool, notes: Iterable[str]
    ) -> None:
        """Store an answer, then what was said beside it (as notes), and acknowledge it."""
        self._emit(reply, AnswerRecorded(key=slot.key, value=value, display=display, approximate=approximate))
        for note in notes:
            self._emit(reply, NoteAdded(key=slot.key, text=f"{ANSWER_NOTE}{note}"))
        self._acknowledge(reply, slot, display, approximate)

    def _settle(self, reply: Reply, slot: Slot, text: str, proposal: AnswerProposed) -> None:
        """The answer to "Did you mean ...?": yes records the proposal, no asks again, else a new answer."""
        said = understand_yes_no(text)
        if not isinstance(said, Understood):
            self._answer(reply, slot, text)  # not a yes or no: taken as the answer itself
            return
        if said.value is True:
            self._record(reply, slot, proposal.value, proposal.display, True, proposal.notes)
            self._carry_on(reply, slot, proposal.text)
            self._move_on(reply)
            return
        message = "Then please give the answer again, in other words if you can."
        self._emit(reply, AnswerRejected(key=slot.key, message=message))
        reply.say("error", message)
        reply.say("prompt", prompt_text(self.book, slot, self.read_backs))

    def _carry_on(self, reply: Reply, slot: Slot, text: str) -> None:
        """Record what a drug answer also said ("Zoloft, 100 mg"), each with its words, and show it."""
        carried = carried_answers(self.book, slot, text, self.today())
        for found in carried:
            self._emit(reply, InputReceived(key=found.slot.key, text=found.text))
            self._emit(
                reply,
                AnswerRecorded(
                    key=found.slot.key,
                    value=found.understood.value,
                    display=found.understood.display,
                    approximate=True,
                ),
            )
        if not carried:
            return
        # numbered once all are recorded: one typed in a later question's order shifts the others
        numbers = {s: n for n, s in enumerate(reviewable_slots(self.book), start=1)}
        lines = []
        for found in carried:
            number = f"{numbers[found.slot]}. " if found.slot in numbers else "- "
            lines.append(
                f"  {number}{question_line(self.book, found.slot, width=70)}: {found.understood.display}"
            )
        reply.say("ack", "From what you said, also noted (type 'edit N' to change):\n" + "\n".join(lines))

    def _missing_allowed(self, slot: Slot, reason: MissingReason) -> bool:
        question = self.book.question(slot)
        if question is None:
            return False
        return {
            MissingReason.DONT_KNOW: question.allow_dont_know,
            MissingReason.DECLINED: question.allow_decline,
            MissingReason.SKIPPED: not question.required,
        }.get(reason, False)

    def _acknowledge(self, reply: Reply, slot: Slot, display: str, approximate: bool) -> None:
        """The question's acknowledgement; an approximate answer's value is shown once, under the
        answer (Reply.understood), so an acknowledgement quoting it is left out."""
        question = self.book.question(slot)
        quotes_answer = question is not None and "{answer}" in (question.ack or "")
        if question is not None and question.ack and not (approximate and quotes_answer):
            quote = lambda name: display if name == "answer" else quote_answer(self.book, slot, name)  # noqa: E731
            reply.say("ack", fill_template(question.ack, quote))

    # --- commands -----------------------------------------------------------------------------
    def _command(self, reply: Reply, command: Command, slot: Slot | None) -> None:
        question = self.book.question(slot) if slot else None
        match command.name:
            case "why":
                reply.say("why", why_text(question))
            case "help":
                reply.say("help", help_text(question))
            case "review":
                reply.say("review", "\n".join(review_lines(self.book)) or "No answers yet.")
            case "pause":
                self._emit(reply, Paused())
                reply.say("paused", "Paused. Nothing is lost; the interview resumes at this question.")
            case "note":
                self._note(reply, slot, command.argument)
            case "skip":
                self._skip(reply, slot)
            case "back":
                self._back(reply, slot)
            case "edit":
                self._edit(reply, command.argument)
            case "acknowledge":
                self._acknowledge_alert(reply)
            case "alert":
                self._show_alert(reply)

    def _note(self, reply: Reply, slot: Slot | None, text: str) -> None:
        if slot is None or not text.strip():
            reply.say("error", "A note needs some text, e.g. 'note patient unsure of dates'.")
            return
        self._emit(reply, NoteAdded(key=slot.key, text=text.strip()))
        reply.say("info", "Note kept with this question.")

    def _skip(self, reply: Reply, slot: Slot | None) -> None:
        question = self.book.question(slot) if slot else None
        if slot is None or question is None or question.required:
            forms = accepted_forms(question)
            reply.say("error", f"This question cannot be skipped. You can answer with {forms}.")
            return
        self._emit(reply, AnswerMissing(key=slot.key, reason=MissingReason.SKIPPED))
        self._move_on(reply)

    def _back(self, reply: Reply, slot: Slot | None) -> None:
        if self.screening is not None and slot is not None and slot == self.screener.slots()[0]:
            reply.say("info", "This is the first of the safety questions; let us finish them first.")
            return
        order = list(self.book.slots())
        before = order[: order.index(slot)] if slot in order else order
        earlier = [s for s in before if self.book.answered(s)]
        if not earlier:
            reply.say("info", "This is the first question.")
            return
        self._go_to(reply, earlier[-1], "back")

    def _edit(self, reply: Reply, argument: str) -> None:
        if self.screening is not None:
            reply.say("info", "Let us finish the safety questions first; then any answer can be edited.")
            return
        slots = reviewable_slots(self.book)
        target = _pick(slots, argument.strip())
        if target is None:
            reply.say("error", f"Say 'edit N' with N from 1 to {len(slots)} (type 'review' to see them).")
            return
        self._go_to(reply, target, "edit")

    def _go_to(self, reply: Reply, target: Slot, command: Literal["back", "edit"]) -> None:
        self._emit(reply, Navigated(key=target.key, command=command))
        entry = self.book.entries.get(target.key)
        if entry is not None and entry.answered:
            reply.say("info", f"The answer so far: {entry.shown}. Give the new answer.")
        self._ask(reply, target)

    # --- moving -------------------------------------------------------------------------------
    def _move_on(self, reply: Reply) -> None:
        """Advance to the next question that needs an answer, or finish; a completed screen is triaged."""
        slot = self.session.slot
        if slot is not None and self.screener.holds(slot) and self.screener.complete(self.book):
            self._complete_screen(reply)
            return
        self._advance(reply)

    def _advance(self, reply: Reply) -> None:
        self.session.advance()
        reply.events += self._listing
        self._listing = []
        slot = self.session.slot
        if self.session.finished or slot is None:
            if self._pending is not None:
                self._start_screen(reply, "")
                return
            self._emit(reply, Finished())
            reply.say("finished", "That is the end of the interview. Thank you for your time.")
            return
        self._ask(reply, slot)

    def _ask(self, reply: Reply, slot: Slot) -> None:
        if self._pending is not None:  # the safety screen comes before any other question
            self._start_screen(reply, "" if self.screener.holds(slot) else slot.key)
            return
        if self._label_from_session(reply, slot):
            self._move_on(reply)
            return
        placement = self.book.index.placements[slot.group or slot.qid]
        if placement.section.id != self._shown_section:
            intro = f"\n{placement.section.intro}" if placement.section.intro else ""
            reply.say("section", f"{placement.section.title}{intro}")
        group = placement.question if isinstance(placement.question, Repeat) else None
        if group is not None and slot.item is not None and (slot.group, slot.item) != self._shown_item:
            if slot.item == 0 and slot.qid == group.questions[0].id:
                reply.say("info", group.text)
            reply.say("item", item_heading(group, slot.item))
        prompt = prompt_text(self.book, slot, self.read_backs)
        self._emit(reply, QuestionAsked(key=slot.key, prompt=prompt))
        reply.say("prompt", prompt)

    def _list_items(self, group: Repeat) -> None:
        """Fix the entries of an items_from group as it is reached, from the answers so far.

        Once fixed they keep their numbers: reached again (after an earlier answer changed), new
        entries are appended and entries no longer found stay, so no answer moves to another entry.
        """
        assert group.items_from is not None  # only items_from groups are listed
        listed = self.book.listed.get(group.id, [])
        known = {item_id for item_id, _ in listed}
        found = self.read_backs.items(self.book, group.items_from)
        new = [(item_id, words) for item_id, words in found if item_id not in known]
        if new or group.id not in self.book.listed:
            event = ItemsListed(key=group.id, items=[*listed, *new])
            self.apply(event)
            self._listing.append(event)

    def _label_from_session(self, reply: Reply, slot: Slot) -> bool:
        """Answer the record's label question from the session's label instead of asking it.

        The session label (`interview run --patient`) is the record's `case_label`; asking again
        let an answer typed for the next question become the label. Stored as an answer, so replay,
        review and `edit` treat it like any other; a label the question refuses is asked for.
        """
        question = self.book.question(slot)
        if not self.patient_label or question is None or question.record != "case_label":
            return False
        if self.book.answered(slot):  # back or edit: asked like any answered question
            return False
        understood = interpret(question, self.patient_label, self.today(), (self.book, slot), self.read_backs)
        if isinstance(understood, NotUnderstood):
            return False
        self._emit(
            reply,
            AnswerRecorded(
                key=slot.key, value=understood.value, display=understood.display, source="session_label"
            ),
        )
        number = reviewable_slots(self.book).index(slot) + 1
        reply.say(
            "info",
            f"Label for this record: {understood.display} (the session label). "
            f"Type 'edit {number}' to change it.",
        )
        return True

    def _section_of(self, slot: Slot) -> str | None:
        placement = self.book.index.placements.get(slot.group or slot.qid)
        return placement.section.id if placement else None

    def _emit(self, reply: Reply, event: Event) -> None:
        before = self._held_triggers
        self.apply(event)
        reply.events.append(event)
        fired = sorted(self._held_triggers - before)
        if fired and self.screening is None and self._pending is None:  # a trigger just became true
            self._pending = self.screener.trigger_reason(self.book, fired[0])


def _pick(slots: list[Slot], argument: str) -> Slot | None:
    """A slot by its review number or its key."""
    if argument.isdigit() and 1 <= int(argument) <= len(slots):
        return slots[int(argument) - 1]
    return next((s for s in slots if s.key == argument), None)
