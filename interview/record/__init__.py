"""The clinical record: what the interview collects, as typed pydantic models, and how to read it."""

from interview.record.catalogue import Drug, DrugCatalogue, load_catalogue
from interview.record.loader import RecordError, load_record
from interview.record.missing import Missing, MissingReason
from interview.record.model import ClinicalRecord
from interview.record.paths import field_paths
from interview.record.values import YesNo

__all__ = [
    "ClinicalRecord",
    "Drug",
    "DrugCatalogue",
    "Missing",
    "MissingReason",
    "RecordError",
    "YesNo",
    "field_paths",
    "load_catalogue",
    "load_record",
]
