"""Courses: a trial and what was added to it, the one unit every method counts (clinical-rules §16).

An augmentation or combination belongs to the trial it was added to. The record holds it either on
that trial (add_on_drugs on the drug's own entry) or as a following entry of the same drug in the
same episode with add_on_drugs (how the interview asks about it). Both read as one course here, so
no method counts an add-on as a fresh antidepressant trial.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interview.record.values import DrugClass
from interview.staging.counting import unique_paths
from interview.staging.medication import MedAssessment
from interview.staging.tristate import Tri, all_of, any_of


@dataclass(slots=True)
class Course:
    """One drug trial with the add-on phases that followed it; judged once by finish()."""

    parent: MedAssessment
    add_on_phases: list[MedAssessment] = field(default_factory=list)
    """Entries of the same drug, later in the same episode, that record what was added."""
    counts: Tri = None
    """A failed adequate antidepressant trial, judged at its end (§16): a course whose last phase
    responded did not fail; otherwise any adequate failed phase is a failure of the drug's trial."""
    counts_gf: Tri = None
    """The same by Guidi & Fava's medication bar (4-8 weeks)."""
    counts_alone: Tri = None
    """The drug failed before anything was added: the parent's own failure (Thase & Rush, where
    augmentation does not count). 🛠 When the add-on is recorded on the parent's own entry the
    record cannot tell the phases apart, and that entry's outcome is read as the drug's."""
    augmentation_failed: Tri = None
    """An adequate add-on phase (or an add-on recorded on the parent) that did not work."""

    @property
    def phases(self) -> list[MedAssessment]:
        """The parent first, then its add-on phases in the order recorded."""
        return [self.parent, *self.add_on_phases]

    @property
    def index(self) -> int:
        """The parent trial's position in medication_trials."""
        return self.parent.index

    @property
    def indices(self) -> list[int]:
        """Every medication_trials position this course rests on."""
        return [m.index for m in self.phases]

    @property
    def label(self) -> str:
        return self.add_on_phases[-1].label if self.add_on_phases else self.parent.label

    @property
    def drug_class(self) -> DrugClass | None:
        return self.parent.drug_class

    @property
    def unknown_paths(self) -> list[str]:
        return unique_paths(m.unknown_paths for m in self.phases)

    def finish(self) -> None:
        """Derive the course's verdicts from its phases."""
        phases = self.phases
        self.counts = _at_end(phases, [m.counts for m in phases])
        self.counts_gf = _at_end(phases, [m.counts_gf for m in phases])
        self.counts_alone = self.parent.counts
        self.augmentation_failed = any_of(all_of((m.counts, m.augmented, m.add_on_ok)) for m in phases)


def _at_end(phases: list[MedAssessment], counts: list[Tri]) -> Tri:
    if phases[-1].failed is False:
        return False
    return all_of((any_of(counts), None if phases[-1].failed is None else True))


def group_courses(meds: list[MedAssessment]) -> list[Course]:
    """Attach each add-on entry to the latest earlier entry of the same drug in the same episode.

    🛠 Without dates the record's order is the chronology; an add-on entry with no earlier entry of
    its drug is a course of its own (the add-on recorded on the trial itself).
    """
    courses: list[Course] = []
    latest: dict[tuple[str, bool], Course] = {}
    for m in meds:
        key = (m.drug_key, m.current)
        parent = latest.get(key)
        if m.augmented is True and parent is not None:
            parent.add_on_phases.append(m)
            m.parent_index = parent.index
            continue
        course = Course(parent=m)
        courses.append(course)
        latest[key] = course
    for course in courses:
        course.finish()
    return courses


__all__ = ["Course", "group_courses"]
