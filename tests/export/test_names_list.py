"""The shipped names list is the one Faker's person providers give (the version line may differ)."""

from __future__ import annotations

from importlib import resources

from tests.export.names_list import names


def test_the_shipped_names_list_matches_fakers_providers() -> None:
    shipped = resources.files("interview.export").joinpath("data/names.txt").read_text("utf-8")
    listed = [line for line in shipped.splitlines() if line and not line.startswith("#")]
    assert listed == names()
