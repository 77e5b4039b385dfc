"""Run the command line with ``python -m interview``."""

from interview.cli import main

raise SystemExit(main())
