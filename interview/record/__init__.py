"""The clinical record: what the interview collects, as typed pydantic models, and how to read it.

The names below are imported when first used (PEP 562): a module that needs only the missingness
reasons or the triage levels (the engine's event models) does not build the whole ClinicalRecord.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from interview.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from interview.record.catalogue import Drug, DrugCatalogue, load_catalogue
    from interview.record.loader import RecordError, load_record
    from interview.record.missing import Missing, MissingReason
    from interview.record.model import ClinicalRecord
    from interview.record.paths import field_paths
    from interview.record.values import YesNo

_MODULE_OF = {
    "ClinicalRecord": "interview.record.model",
    "Drug": "interview.record.catalogue",
    "DrugCatalogue": "interview.record.catalogue",
    "Missing": "interview.record.missing",
    "MissingReason": "interview.record.missing",
    "RecordError": "interview.record.loader",
    "YesNo": "interview.record.values",
    "field_paths": "interview.record.paths",
    "load_catalogue": "interview.record.catalogue",
    "load_record": "interview.record.loader",
}

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


__getattr__ = lazy_exports(__name__, _MODULE_OF)
