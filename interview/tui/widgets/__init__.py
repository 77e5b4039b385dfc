"""Widgets the screens are built from, one module each."""
