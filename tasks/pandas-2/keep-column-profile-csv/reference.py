import pandas as pd


class ColumnProfiler:
    """Collect per-column statistics of a frame and export them as CSV."""

    def __init__(self, frame):
        self.frame = frame

    def profile(self):
        rows = []
        for name, column in self.frame.items():
            rows.append(
                {
                    "column": name,
                    "dtype": str(column.dtype),
                    "missing": int(column.isna().sum()),
                    "distinct": int(column.nunique()),
                }
            )
        return pd.DataFrame(rows, columns=["column", "dtype", "missing", "distinct"])

    def to_csv_text(self, sep=","):
        return self.profile().to_csv(index=False, sep=sep)
