"""From an interview's answers to the ClinicalRecord, through the `record:` fields the script declares.

The names below are imported when first used (PEP 562): a conversation holds the read-backs
(`read_backs.READ_BACKS`) from its start, and building records pulls in the macro-analysis and staging.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from interview.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from interview.mapping.build import MappingError, build_record
    from interview.mapping.convert import generic_name
    from interview.mapping.fields import record_fields
    from interview.mapping.readback import area_names, links_read_back_at, read_back_lines
    from interview.mapping.summary_readback import summary_read_back_lines

_MODULE_OF = {
    "MappingError": "interview.mapping.build",
    "area_names": "interview.mapping.readback",
    "build_record": "interview.mapping.build",
    "generic_name": "interview.mapping.convert",
    "links_read_back_at": "interview.mapping.readback",
    "read_back_lines": "interview.mapping.readback",
    "record_fields": "interview.mapping.fields",
    "summary_read_back_lines": "interview.mapping.summary_readback",
}

__all__ = [
    "MappingError",
    "area_names",
    "build_record",
    "generic_name",
    "links_read_back_at",
    "read_back_lines",
    "record_fields",
    "summary_read_back_lines",
]


__getattr__ = lazy_exports(__name__, _MODULE_OF)
