import pandas as pd


class BatchCsvWriter:
    """Stream DataFrame batches into one open text handle as a single CSV document."""

    def __init__(self, handle, columns, newline="\n", sep=","):
        self.handle = handle
        self.columns = list(columns)
        self.newline = newline
        self.sep = sep
        self.rows_written = 0

    def write(self, batch):
        missing = [c for c in self.columns if c not in batch.columns]
        if missing:
            raise KeyError(f"batch lacks columns {missing}")
        batch[self.columns].to_csv(
            self.handle,
            sep=self.sep,
            index=False,
            header=self.rows_written == 0,
            line_terminator=self.newline,
        )
        self.rows_written += len(batch)
        return self.rows_written
