"""Keyed pseudonyms, the secret file, date shifts and intervals, the age cap."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest

from interview.export.dates import DateMode, DateTransform, cap_age
from interview.export.keys import Pseudonyms, SecretError, load_secret, secret_path


def test_the_secret_is_created_once_owner_only_beside_the_database(tmp_path: Path) -> None:
    path = secret_path(tmp_path / "interview.db")
    assert path.parent == tmp_path
    first = load_secret(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_secret(path) == first and len(first) == 32


def test_a_secret_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.key"
    load_secret(path)
    path.chmod(0o644)
    with pytest.raises(SecretError, match="chmod 600"):
        load_secret(path)


def test_pseudonyms_are_stable_for_one_secret_and_differ_across_secrets() -> None:
    one, again, other = Pseudonyms(b"a" * 32), Pseudonyms(b"a" * 32), Pseudonyms(b"b" * 32)
    assert one.patient("Ms A") == again.patient("Ms A") != other.patient("Ms A")
    assert one.session("abcd1234") == again.session("abcd1234")
    assert one.patient("Ms A") != one.patient("Ms B")
    assert one.patient("Ms A").startswith("P-") and one.session("x").startswith("S-")
    assert "Ms A" not in one.patient("Ms A")


def test_the_date_shift_is_per_patient_stable_within_a_year_and_never_zero() -> None:
    keys = Pseudonyms(b"k" * 32)
    shifts = [keys.date_shift_days(f"patient {n}") for n in range(200)]
    assert all(-365 <= s <= 365 and s != 0 for s in shifts)
    assert len(set(shifts)) > 50
    assert keys.date_shift_days("patient 1") == Pseudonyms(b"k" * 32).date_shift_days("patient 1")


def test_shifting_keeps_the_interval_between_two_dates() -> None:
    rule = DateTransform(DateMode.SHIFT, 10, date(2026, 3, 1))
    assert rule.apply("2026-03-01") == "2026-03-11"
    assert rule.apply("2026-03-01T10:00:00.000+00:00") == "2026-03-11T10:00:00+00:00"
    assert rule.apply("2024-02") == "2024-02"  # the 15th moved 10 days is still February
    assert rule.apply("not a date") == "not a date"


def test_intervals_count_days_from_the_session_start() -> None:
    rule = DateTransform(DateMode.INTERVAL, 10, date(2026, 3, 1))
    assert rule.apply("2026-03-01T09:00:00+00:00") == "+0"
    assert rule.apply("2026-02-01") == "-28"


@pytest.mark.parametrize(("age", "capped"), [(45, 45), (89, 89), (90, 90), (97, 90), (104.5, 90)])
def test_ages_over_89_are_capped_at_90(age: float, capped: float) -> None:
    assert cap_age(age) == capped
