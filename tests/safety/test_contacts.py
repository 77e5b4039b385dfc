"""Crisis contacts come from settings, per country, with a generic fallback that says how to set them."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.safety.contacts import SETTINGS_ENV, contact_table, load_contacts, settings_path


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("US", ["911", "988"]),
        ("GB", ["999", "111", "116 123"]),
        ("IE", ["112", "116 123"]),
        ("CA", ["911", "988"]),
        ("AU", ["000", "13 11 14"]),
        ("NZ", ["111", "1737"]),
    ],
)
def test_a_configured_country_gives_its_numbers(tmp_path: Path, country: str, expected: list[str]) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text(f'country = "{country.lower()}"\n')
    contacts = load_contacts(settings)
    assert contacts.configured
    text = "\n".join(contacts.text_lines())
    assert all(number in text for number in expected)
    assert "not configured" not in text


def test_no_settings_file_says_contacts_are_not_configured_and_how_to_set_them(tmp_path: Path) -> None:
    contacts = load_contacts(tmp_path / "absent.toml")
    text = "\n".join(contacts.text_lines())
    assert not contacts.configured
    assert "local emergency number" in text
    assert "Crisis contacts are not configured" in text and 'country = "GB"' in text


@pytest.mark.parametrize(
    ("content", "problem"),
    [('country = "XX"\n', "unknown country 'XX'"), ("country = \n", "cannot be read"), ("", "no country")],
)
def test_a_bad_settings_file_falls_back_to_the_generic_advice(
    tmp_path: Path, content: str, problem: str
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text(content)
    contacts = load_contacts(settings)
    assert not contacts.configured and problem in contacts.problem
    assert "local emergency number" in contacts.text_lines()[0]


def test_local_contacts_from_the_settings_come_first(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('country = "GB"\ncrisis_contacts = ["Home treatment team: 01632 960000"]\n')
    assert load_contacts(settings).text_lines()[0] == "Home treatment team: 01632 960000"


def test_the_settings_file_is_found_through_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "mine.toml"
    settings.write_text('country = "NZ"\n')
    monkeypatch.setenv(SETTINGS_ENV, str(settings))
    assert settings_path() == settings
    assert load_contacts().country == "NZ"


def test_every_shipped_country_has_an_emergency_line() -> None:
    for code, entry in contact_table()["countries"].items():
        assert len(code) == 2 and code.isupper()
        assert entry["emergency"] and entry["name"]
