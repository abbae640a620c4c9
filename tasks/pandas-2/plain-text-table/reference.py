import pandas as pd


class TextTable:
    """Render a DataFrame as a fixed-width text table for e-mails and log files."""

    def __init__(self, frame, float_digits=2, gap=2):
        self.frame = frame
        self.float_digits = float_digits
        self.gap = gap

    def _cell(self, value):
        if pd.isna(value):
            return "-"
        if isinstance(value, float):
            return f"{value:,.{self.float_digits}f}"
        return str(value)

    def cells(self):
        return self.frame.map(self._cell)

    def widths(self):
        cells = self.cells()
        lengths = cells.map(len)
        return {
            column: max([len(str(column))] + lengths[column].tolist()) for column in cells.columns
        }

    def render(self):
        widths = self.widths()
        spacer = " " * self.gap
        header = spacer.join(str(c).ljust(widths[c]) for c in self.frame.columns)
        rule = spacer.join("-" * widths[c] for c in self.frame.columns)
        rows = [
            spacer.join(str(row[c]).rjust(widths[c]) for c in self.frame.columns)
            for _, row in self.cells().iterrows()
        ]
        return "\n".join([header.rstrip(), rule] + [r.rstrip() for r in rows])
