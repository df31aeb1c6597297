"""What a chart shows, for the one way charts are drawn: server-rendered SVG, by the macros
of templates/_charts.html (no script, readable without one, the same on every width)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as read
    url: str = ""
    part: str = ""  # a class for its colour ("loss" for a negative week, say)
    key: str = ""  # what the bar stands for, for a program reading the page (a week's date)


@dataclass
class Chart:
    """"columns" (values in order, such as weeks, negative ones below the axis), "bars"
    (labelled horizontal bars), "stacked" (a bar per label, in parts) or "heatmap" (rows by
    columns of counts)."""

    kind: str
    title: str
    bars: list[Bar] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)  # a heat map's row labels
    columns: list[str] = field(default_factory=list)  # its column labels
    cells: list[list[int]] = field(default_factory=list)  # cells[row][column]
    stacks: list[tuple[str, list[tuple[str, int]]]] = field(default_factory=list)
    caption: str = ""
    name: str = ""  # a class naming the chart on its page ("points-chart")

    @property
    def empty(self) -> bool:
        return not (any(b.value for b in self.bars) or any(map(any, self.cells))
                    or any(v for _, parts in self.stacks for _, v in parts))

    @property
    def highest(self) -> float:
        """The largest value drawn (at least 1, so that nothing divides by zero)."""
        values = [abs(b.value) for b in self.bars] + [max(row, default=0) for row in self.cells]
        values += [sum(v for _, v in parts) for _, parts in self.stacks]
        return max(values, default=0) or 1
