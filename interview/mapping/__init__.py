"""From an interview's answers to the ClinicalRecord, through the `record:` fields the script declares."""

from interview.mapping.build import MappingError, build_record
from interview.mapping.convert import generic_name
from interview.mapping.fields import DRUG_NAME_PATHS, record_fields
from interview.mapping.readback import area_names, links_read_back_at, read_back_lines
from interview.mapping.summary_readback import summary_read_back_lines

__all__ = [
    "DRUG_NAME_PATHS",
    "MappingError",
    "area_names",
    "build_record",
    "generic_name",
    "links_read_back_at",
    "read_back_lines",
    "record_fields",
    "summary_read_back_lines",
]
