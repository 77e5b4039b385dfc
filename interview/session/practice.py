"""A trainee's practice attempt stored as a session, as plain mode and the TUI both store it."""

from __future__ import annotations

from interview.events import Paused
from interview.practice.library import case_script, find_case, load_case
from interview.practice.results import PracticeResults
from interview.practice.session import Feedback, PracticeSession
from interview.storage import SessionStore
from interview.storage.attempts import AttemptSummary, NewAttempt, PracticeAttempts


def load_practice(name: str) -> PracticeSession:
    """A practice session on a case named as `interview practice CASE` names it (CaseError if unusable)."""
    path = find_case(name)
    case = load_case(path)
    return PracticeSession(case, case_script(case, path))


class StoredPractice:
    """A practice attempt stored as a session, as plain mode and the TUI both store it.

    Every turn's events are committed before the caller shows the feedback; a completed attempt is
    added to the trainee's progress once, when `finish()` is called.
    """

    def __init__(self, session: PracticeSession, store: SessionStore, trainee: str) -> None:
        self.session = session
        self.store = store
        self.trainee = trainee
        self.session_id = ""
        self.attempt_stored = False

    def open(self) -> Feedback:
        """Create the stored session and commit the opening (session start and first question)."""
        feedback = self.session.opening()
        self.session_id = self.store.create_begun(feedback.reply.events, self.session.script.source_text)
        self.store.append(self.session_id, feedback.reply.events)
        return feedback

    def code(self, text: str) -> Feedback:
        """One line from the trainee; its events are committed before the feedback is returned."""
        feedback = self.session.code(text)
        self.store.append(self.session_id, feedback.reply.events)
        return feedback

    def interrupt(self) -> None:
        """The trainee stopped mid-case: mark the session paused (every coding is already stored)."""
        conversation = self.session.conversation
        if self.session_id and not (conversation.finished or conversation.paused):
            self.store.append(self.session_id, [Paused()])
        if self.session_id:
            self.store.release(self.session_id)  # another process may open the session now

    def finish(self) -> PracticeResults:
        """The results; a completed attempt is added to the trainee's progress (once)."""
        results = self.session.results()
        if results.completed and not self.attempt_stored:
            record = attempt_record(results, self.trainee, self.session_id or None)
            PracticeAttempts(self.store.db).add(record)
            self.attempt_stored = True
        if self.session_id and self.session.conversation.finished:
            self.store.release(self.session_id)  # nothing more to write
        return results

    def history(self) -> list[AttemptSummary]:
        """The trainee's attempts at this case, oldest first."""
        return PracticeAttempts(self.store.db).history(self.trainee, self.session.case.id)


def attempt_record(results: PracticeResults, trainee: str, session_id: str | None) -> NewAttempt:
    """What is stored of an attempt."""
    overall = results.overall
    detail = {
        "sections": [
            {
                "title": s.title,
                "scored": s.scored,
                "agreed": s.agreed,
                "percent": s.percent,
                "kappa": s.kappa.value,
            }
            for s in results.sections
        ],
        "disagreements": [
            {"key": i.key, "trainee": i.trainee.shown, "expert": i.expert.shown}
            for i in results.disagreements
        ],
        "staging": [{"label": r.label, "expert": r.expert, "trainee": r.trainee} for r in results.staging],
    }
    return NewAttempt(
        case_id=results.case.id,
        case_title=results.case.title,
        trainee=trainee,
        session_id=session_id,
        completed=results.completed,
        items_scored=overall.scored,
        items_agreed=overall.agreed,
        percent=overall.percent,
        kappa=overall.kappa.value,
        staging_rows=len(results.staging),
        staging_same=sum(1 for row in results.staging if row.same),
        detail=detail,
    )
