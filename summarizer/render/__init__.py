"""Rendering: a brief or merged note as Markdown, JSON or a self-contained HTML page."""

from summarizer.render.dispatch import FORMATS, render

__all__ = ["FORMATS", "render"]
