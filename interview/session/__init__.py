"""A stored session read back: its conversation replayed, and what it produced (record, staging, alerts).

The pipeline's middle: it joins the engine, the mapping, the analysis and storage, so that the
commands, the TUI and the exports all read a session the same way.
"""
