"""Staging: every published method applied to a ClinicalRecord, side by side, with rationale."""

from interview.staging.results import MethodResult, StagingReport
from interview.staging.settings import StagingSettings
from interview.staging.stage import stage

__all__ = ["MethodResult", "StagingReport", "StagingSettings", "stage"]
