"""Spoken and lower-case identifiers that leaked (issue 17), each as the cause it stands for, with the
ordinary sentences that must stay as they are beside them. The examples are new, not the benchmark's."""

from __future__ import annotations

import pytest

from interview.export import Anonymizer
from interview.export.normalizer import normalize

_ANONYMIZER = Anonymizer()


def _covered(text: str, piece: str) -> bool:
    """Whether every letter and digit of piece (found in text) lies inside a detected span."""
    start = text.index(piece)
    spans = _ANONYMIZER.spans(text)
    return all(
        any(s.start <= i < s.end for s in spans)
        for i in range(start, start + len(piece))
        if text[i].isalnum()
    )


def _kept(text: str, piece: str) -> bool:
    """Whether no letter of piece (found in text) is inside a detected span."""
    start = text.index(piece)
    spans = _ANONYMIZER.spans(text)
    return not any(s.start < start + len(piece) and start < s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("the review was the fourteenth and nobody came", "the fourteenth"),
        ("her funeral is the 9th, I think", "the 9th"),
        ("the scan was the twenty-second", "the twenty-second"),
        ("we moved house in june two thousand and nine", "june two thousand and nine"),
        ("it all started around march two thousand twelve", "march two thousand twelve"),
        ("I relapsed over the spring bank holiday", "spring bank holiday"),
        ("every may day the family rows", "may day"),
        ("since st george's day I have not slept", "st george's day"),
    ],
)
def test_spoken_dates_are_masked(text: str, date: str) -> None:
    assert _covered(text, date)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("it was the third time this year", "third"),
        ("she was the first to notice", "first"),
        ("the second one worked better", "second"),
    ],
)
def test_ordinals_that_are_no_dates_stay(text: str, word: str) -> None:
    assert _kept(text, word)


def test_two_thousand_and_a_year_is_written_as_the_year() -> None:
    assert normalize("in two thousand and seven").text == "in 2007"
    assert normalize("since two thousand nineteen").text == "since 2019"


@pytest.mark.parametrize(
    ("text", "email"),
    [
        (
            "write to k patel two zero one nine at outlook dot com please",
            "k patel two zero one nine at outlook dot com",
        ),
        (
            "it's sam underscore reid eight oh one at yahoo dot co dot uk",
            "sam underscore reid eight oh one at yahoo dot co dot uk",
        ),
        (
            "mail dot harris dot jen four four at icloud dot com today",
            "harris dot jen four four at icloud dot com",
        ),
    ],
)
def test_spoken_emails_with_numbers_in_them_are_masked_whole(text: str, email: str) -> None:
    assert _covered(text, email)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("on insta I'm at moody underscore moth", "at moody underscore moth"),
        ("my handle was at grey underscore days ninety", "at grey underscore days ninety"),
    ],
)
def test_spoken_handles_are_masked(text: str, handle: str) -> None:
    assert _covered(text, handle)


def test_at_before_ordinary_words_is_no_handle() -> None:
    assert _kept("I was at home all day", "home")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we lived in cookham before the move", "cookham"),
        ("she was born in street, a small town", "street"),
        ("they rent a flat in hope now", "hope"),
        ("I stay with my cousin in bristol most weekends", "bristol"),
        ("then we moved back down to sandwich", "sandwich"),
    ],
)
def test_places_that_are_words_are_masked_by_their_context(text: str, place: str) -> None:
    assert _covered(text, place)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I lived in hope that it would pass", "hope"),
        ("we live in fear of the bills", "fear"),
        ("she stayed in bed all week", "bed"),
    ],
)
def test_ordinary_words_after_place_words_stay(text: str, word: str) -> None:
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("then fatima rang and I ignored it", "fatima"),
        ("ciaran texted, then nobody did", "ciaran"),
        ("after that, dawn phoned the GP", "dawn"),
        ("We argued; ted kept the dog.", "ted"),
        ("sunny said I looked tired", "sunny"),
        ("robert called twice yesterday", "robert"),
    ],
)
def test_lower_case_names_that_act_are_masked(text: str, name: str) -> None:
    assert _covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("nobody rang for a week", "nobody"),
        ("work called me in early", "work"),
        ("then mum rang and cried", "mum"),
        ("worry kept me awake", "worry"),
    ],
)
def test_ordinary_subjects_stay(text: str, word: str) -> None:
    assert _kept(text, word)


def test_a_name_that_is_a_verb_is_masked_beside_another_name() -> None:
    assert _covered("Priya and will are my closest friends", "will")


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("the Young Mania Rating Scale came out at 12", "Young Mania Rating Scale"),
        ("my Montgomery Asberg of 18 was worse", "Montgomery Asberg"),
        ("a Glasgow coma score of fifteen", "Glasgow coma score"),
        ("they repeated the Hamilton of twenty", "Hamilton"),
        ("the Edinburgh Postnatal Depression Scale was 14", "Edinburgh Postnatal Depression Scale"),
        ("Beck Depression Inventory twenty-two", "Beck Depression Inventory"),
    ],
)
def test_scales_named_after_people_and_places_are_kept(text: str, scale: str) -> None:
    assert _kept(text, scale)


def test_an_eponym_as_a_surname_is_still_masked() -> None:
    assert _covered("I saw Dr Hamilton on Tuesday", "Hamilton")


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("the car was KD2 771 when it was stolen", "KD2 771"),
        ("his van is 4TR 09X, a white one", "4TR 09X"),
        ("my reg is XJ 5521", "XJ 5521"),
    ],
)
def test_plates_named_by_their_vehicle_are_masked(text: str, plate: str) -> None:
    assert _covered(text, plate)


@pytest.mark.parametrize(
    "text",
    ["the car was 10 years old", "my van was in the garage", "the car is 2 miles away"],
)
def test_vehicle_sentences_without_a_plate_stay(text: str) -> None:
    assert Anonymizer().anonymize(text) == text


@pytest.mark.parametrize("word", ["SSN", "DOB", "NHS", "MRN", "GP"])
def test_the_names_of_identifiers_are_no_identifiers(word: str) -> None:
    assert _kept(f"They wanted my {word} and my address.", word)


def test_a_rare_compound_job_word_with_a_possessive_is_one_word() -> None:
    assert _kept("My keyworker's phone is off.", "'s")


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("her name is willow", "willow"),
        ("his name's ash and he is kind", "ash"),
        ("we went on holiday to nice last year", "nice"),
        ("i was at st thomas's hospital", "st thomas's hospital"),
        ("then they took me to leeds general infirmary", "leeds general infirmary"),
        ("find me on twitter at blue whale nineteen", "at blue whale nineteen"),
        ("my twin will lives in leeds now", "will"),
        ("river rang while I was out", "river"),
    ],
)
def test_identifiers_told_by_the_words_around_them(text: str, identifier: str) -> None:
    assert _covered(text, identifier)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("he is still sharp for his age", "sharp"),
        ("my keyworker's phone is off", "keyworker"),
        ("I was in the general hospital", "general hospital"),
        ("we went to the city hospital", "city hospital"),
        ("my brother will drive me", "will"),
        ("then people said it was my fault", "people"),
        ("neighbours said it was loud", "neighbours"),
    ],
)
def test_ordinary_words_in_the_same_shapes_stay(text: str, word: str) -> None:
    assert _kept(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "My GP added Metformin last year",
        "Atorvastatin made my legs ache",
        "they said sertaline not sertraline",
        "I tried St John's wort before any of it",
    ],
)
def test_every_medicine_the_record_knows_is_kept(text: str) -> None:
    assert Anonymizer().anonymize(text) == text


def test_a_brand_that_is_a_given_name_is_still_masked_as_a_name() -> None:
    assert _covered("my friend Yasmin came round", "Yasmin")


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("my dad's ninety four now", "ninety four"),
        ("i go back on monday the sixth", "the sixth"),
        ("my birthday is the ninth of the ninth", "the ninth of the ninth"),
        ("we live in march in cambridgeshire", "cambridgeshire"),
        ("she lives on maple drive", "maple drive"),
        ("i'm at number twelve elm grove", "twelve elm grove"),
        ("she's on insta as at kaz dot m ninety nine", "at kaz dot m ninety nine"),
        ("my wife lily works nights", "lily"),
        ("I told my counsellor bev", "bev"),
    ],
)
def test_more_spoken_identifiers(text: str, identifier: str) -> None:
    assert _covered(text, identifier)


@pytest.mark.parametrize(
    "text",
    [
        "they did the Beck again",
        "my Zung was high",
        "the Montgomery and Asberg",
        "my partner often helps",
        "my nurse practitioner said",
        "The GP referred me to IAPT",
        "I live in hope",
        "she lives in the same road",
        "I walked 3 times round the park",
    ],
)
def test_more_ordinary_sentences_stay(text: str) -> None:
    assert Anonymizer().anonymize(text) == text
