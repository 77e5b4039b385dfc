"""Research export: anonymization in layers and the export formats (JSONL, CSV, FHIR)."""

from interview.export.anonymizer import Anonymizer, Settings
from interview.export.spans import Span

__all__ = ["Anonymizer", "Settings", "Span"]
