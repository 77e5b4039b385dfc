"""The names list the anonymizer ships, rendered from Faker's en_US and en_GB person providers.

Regenerate: python tests/export/names_list.py > interview/export/data/names.txt
"""

from __future__ import annotations

import importlib

import faker

HEADER = """\
# Given names and surnames (case-folded) used to tell a name from an ordinary word at the start of
# a sentence or in lower case. Generated from Faker {version}'s en_US and en_GB person providers (MIT;
# their lists come from US SSA and Census name data). tests/export/test_names_list.py checks it is current.
# Regenerate: python tests/export/names_list.py > interview/export/data/names.txt"""


def names() -> list[str]:
    found: set[str] = set()
    for locale in ("en_US", "en_GB"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_female", "first_names_male", "last_names"):
            found.update(name.casefold() for name in getattr(provider, attribute, ()))
    return sorted(found)


def render() -> str:
    return "\n".join([HEADER.format(version=faker.VERSION), *names()]) + "\n"


if __name__ == "__main__":
    print(render(), end="")
