"""One row of the benchmark table: what was measured, the issue's target, and whether it was met."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    name: str
    measured: str
    target: str = ""
    met: bool | None = None

    @property
    def verdict(self) -> str:
        return {True: "met", False: "MISSED", None: ""}[self.met]


def print_table(rows: list[Row]) -> None:
    """Rows as a Markdown table, so the output pastes into a README or an issue as it is."""
    cells = [("benchmark", "measured", "target", "")] + [(r.name, r.measured, r.target, r.verdict) for r in rows]
    widths = [max(len(row[column]) for row in cells) for column in range(4)]
    for number, row in enumerate(cells):
        print("| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |")
        if number == 0:
            print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
