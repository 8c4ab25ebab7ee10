"""`python -m summarizer` runs the CLI."""

from summarizer.cli import entry_point

entry_point()
