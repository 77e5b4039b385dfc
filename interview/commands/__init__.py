"""The implementations behind each `interview` subcommand, grouped by what they work on."""
