"""The `summarizer` command (`main` returns the exit code; `entry_point` is the console script)."""

from summarizer.cli.main import entry_point, main

__all__ = ["entry_point", "main"]
