"""Where things live: the database (per-user data directory unless overridden) and the bundled scripts."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from interview.errors import UserError

APP_NAME = "interview"
DATABASE_ENV = "INTERVIEW_DB"


def database_path(override: str | None = None) -> Path:
    """--db, else $INTERVIEW_DB, else interview.db in the per-user data directory."""
    chosen = override or os.environ.get(DATABASE_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "interview.db"


def bundled_scripts_dir() -> Path:
    """The scripts shipped with the package (scripts/ in a checkout, _bundled_scripts in a wheel)."""
    packaged = Path(__file__).parent / "_bundled_scripts"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "scripts"


def script_to_run(name: str) -> Path:
    """The script `interview run NAME` runs, or a UserError when there is no such file or bundled id."""
    path = find_script(name)
    if not path.exists():
        raise UserError(f"no script '{name}': give a path to a .yaml file or a bundled script id")
    return path


def find_script(name: str) -> Path:
    """A script by path, or by the id of a bundled script ("sample")."""
    path = Path(name).expanduser()
    if path.exists() or path.suffix in (".yaml", ".yml"):
        return path
    return bundled_scripts_dir() / f"{name}.yaml"
