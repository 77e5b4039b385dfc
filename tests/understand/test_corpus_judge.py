"""The corpus judge: what counts as understood, and what is a different value."""

from __future__ import annotations

from interview.understand.corpus import Labelled, judge
from interview.understand.reading import Reading


def _line(expected: str) -> Labelled:
    return Labelled("q", "answer", expected, 1)


def _understood(value: object) -> Reading:
    return Reading(
        question="q", kind="text", text="answer", outcome="understood", value=value, display=str(value),
        approximate=False, confirm=None, notes=[], missing=None, message=None,
    )  # fmt: skip


def test_a_multiple_choice_list_is_a_set_whatever_the_order_said() -> None:
    assert judge(_line('["lithium", "quetiapine"]'), _understood(["quetiapine", "lithium"])) == "first_try"


def test_a_list_with_another_member_is_a_different_value() -> None:
    assert judge(_line('["lithium", "quetiapine"]'), _understood(["lithium"])) == "different"


def test_the_expected_value_of_a_confirm_recorded_at_once_is_accepted_not_first_try() -> None:
    assert judge(_line('confirm:"duloxetine"'), _understood("duloxetine")) == "accepted"


def test_another_value_where_a_confirm_was_expected_is_different() -> None:
    assert judge(_line('confirm:"duloxetine"'), _understood("citalopram")) == "different"
