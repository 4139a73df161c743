"""`python -m kg` runs the CLI (used by tests that need a fresh interpreter)."""

from kg.cli import main

main()
