"""field_paths() and the drug catalogue: the names other packages build on."""

from __future__ import annotations

from interview.record import ClinicalRecord, field_paths, load_catalogue
from interview.record.values import ANTIDEPRESSANT_CLASSES, DrugClass


def test_field_paths_cover_nested_models_and_lists() -> None:
    paths = field_paths()
    assert paths["current_episode.duration_weeks"] == "number (>= 0) | Missing"
    assert paths["medication_trials[].dose_mg_per_day"] == "number (>= 0) | Missing"
    assert paths["medication_trials[].drug"] == "text"
    assert paths["medication_trials[].kellner_rating"] == "int (1 to 9) | Missing"
    assert paths["safety.suicidal_behaviour_past_3_months"] == "yes/no | Missing"
    assert paths["psychotherapy_trials[].modality"].startswith("one of: cbt, ")
    assert "medication_trials[].behavioural_toxicity.paradoxical_reaction" in paths


def test_every_top_level_field_appears_in_field_paths() -> None:
    roots = {path.split(".")[0].removesuffix("[]") for path in field_paths()}
    assert roots == set(ClinicalRecord.model_fields)


def test_find_matches_generic_and_brand_names_case_insensitively() -> None:
    catalogue = load_catalogue()
    for name in ("Zoloft", "zoloft", "SERTRALINE", " Lustral "):
        drug = catalogue.find(name)
        assert drug is not None
        assert drug.generic == "sertraline"
    assert catalogue.find("zoloftt") is None


def test_names_include_the_common_brands() -> None:
    names = set(load_catalogue().names())
    assert {"Zoloft", "Lexapro", "Prozac", "Cymbalta", "Effexor", "Wellbutrin", "Remeron"} <= names


def test_every_antidepressant_has_a_class_and_a_dose_source() -> None:
    for drug in load_catalogue().drugs:
        assert drug.dose_source
        if drug.min_usual_dose_mg is None:
            assert drug.dose_status == "unconfirmed" or drug.drug_class not in ANTIDEPRESSANT_CLASSES


def test_catalogue_doses_follow_clinical_rules_7d() -> None:
    catalogue = load_catalogue()
    expected = {"citalopram": 20, "sertraline": 50, "duloxetine": 60, "bupropion": 300}
    for generic, dose in expected.items():
        drug = catalogue.find(generic)
        assert drug is not None
        assert drug.min_usual_dose_mg == dose
    venlafaxine = catalogue.find("Effexor")
    assert venlafaxine is not None
    assert venlafaxine.inadequate_at_or_below_mg == 75
    assert venlafaxine.dose_status == "unconfirmed"
    phenelzine = catalogue.find("Nardil")
    assert phenelzine is not None
    assert phenelzine.drug_class is DrugClass.MAOI
