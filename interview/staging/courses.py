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
    """A failed adequate antidepressant trial: any phase of it that failed adequately (each entry's
    outcome judged at its end, §16). A later add-on that helped does not undo the drug's failure."""
    counts_gf: Tri = None
    """The same by Guidi & Fava's medication bar (4-8 weeks)."""
    counts_alone: Tri = None
    """The drug failed before anything was added: the parent's own failure (Thase & Rush, where
    augmentation does not count). 🛠 When the add-on is recorded on the parent's own entry the
    record cannot tell the phases apart, and that entry's outcome is read as the drug's."""
    augmentation_failed: Tri = None
    """An adequate add-on phase (or an add-on recorded on the parent) that did not work."""
    own_trial: Tri = True
    """Whether the parent is a trial of its own; None when its strategy is unknown and it may be an
    add-on phase of an earlier course of its drug (then it is no antidepressant trial of its own)."""

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
        self.counts = any_of(m.counts for m in phases)
        self.counts_gf = any_of(m.counts_gf for m in phases)
        self.counts_alone = self.parent.counts
        self.augmentation_failed = any_of(all_of((m.counts, m.augmented, m.add_on_ok)) for m in phases)


def failing_trials(courses: list[Course], alone: bool = False) -> list[int]:
    """medication_trials positions of the courses that failed or may have failed."""
    return [i for c in courses if (c.counts_alone if alone else c.counts) is not False for i in c.indices]


def group_courses(meds: list[MedAssessment]) -> list[Course]:
    """Attach each add-on entry to the latest earlier entry of the same drug in the same episode.

    🛠 Without dates the record's order is the chronology; an add-on entry with no earlier entry of
    its drug is a course of its own (the add-on recorded on the trial itself).
    """
    courses: list[Course] = []
    latest: dict[tuple[str, bool], Course] = {}
    maybe: list[tuple[Course, Course]] = []
    for m in meds:
        key = (m.drug_key, m.current)
        parent = latest.get(key)
        if m.augmented is True and parent is not None:
            parent.add_on_phases.append(m)
            continue
        course = Course(parent=m)
        courses.append(course)
        if m.augmented is None and parent is not None:
            maybe.append((course, parent))  # an add-on phase or a new trial: unknown strategy
        else:
            latest[key] = course
    for course in courses:
        course.finish()
    for course, parent in maybe:
        _either_reading(course, parent)
    return courses


def _either_reading(course: Course, parent: Course) -> None:
    """An entry of the parent's drug whose strategy is unknown may be a new trial or an add-on phase:
    as a trial it can only possibly count, and as an add-on it may be the parent's failed one."""
    possible = course.counts is not False
    course.own_trial = None
    course.counts = None if possible else False
    course.counts_gf = None if course.counts_gf is not False else False
    course.counts_alone = None if course.counts_alone is not False else False
    if possible and parent.augmentation_failed is not True:
        parent.augmentation_failed = None


__all__ = ["Course", "group_courses"]
