"""`python -m summarizer` runs the CLI."""

from .cli import entry_point

entry_point()
