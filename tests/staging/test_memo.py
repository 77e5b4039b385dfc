"""by_identity remembers a result per object, never across distinct objects, however equal."""

from __future__ import annotations

from interview.staging import StagingSettings
from interview.staging.memo import by_identity


def test_the_same_object_is_computed_once() -> None:
    calls: list[StagingSettings] = []

    @by_identity
    def weeks(settings: StagingSettings) -> float:
        calls.append(settings)
        return settings.adequate_medication_weeks

    settings = StagingSettings(adequate_medication_weeks=8)
    assert weeks(settings) == weeks(settings) == 8
    assert len(calls) == 1


def test_equal_but_distinct_objects_are_computed_separately() -> None:
    calls: list[StagingSettings] = []

    @by_identity
    def weeks(settings: StagingSettings) -> float:
        calls.append(settings)
        return settings.adequate_medication_weeks

    first, second = StagingSettings(), StagingSettings()
    assert first == second
    weeks(first)
    weeks(second)
    assert calls == [first, second]
    assert calls[0] is first and calls[1] is second


def test_many_objects_still_give_each_its_own_result() -> None:
    @by_identity
    def weeks(settings: StagingSettings) -> float:
        return settings.adequate_medication_weeks

    many = [StagingSettings(adequate_medication_weeks=w) for w in range(1, 100)]
    assert [weeks(s) for s in many] == list(range(1, 100))
    assert [weeks(s) for s in many] == list(range(1, 100))
