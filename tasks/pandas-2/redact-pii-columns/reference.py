import pandas as pd


class Redactor:
    """Mask personal data in selected columns before a frame is shared."""

    def __init__(self, columns, keep_last=2, fill="*"):
        self.columns = list(columns)
        self.keep_last = keep_last
        self.fill = fill

    def _mask(self, value):
        text = str(value)
        hidden = max(len(text) - self.keep_last, 0)
        return self.fill * hidden + text[hidden:]

    def redact(self, frame):
        present = [c for c in self.columns if c in frame.columns]
        out = frame.copy()
        out[present] = frame[present].map(self._mask, na_action="ignore")
        return out
