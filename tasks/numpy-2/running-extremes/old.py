"""Track the lowest and highest value seen per channel of a streaming feed."""
import numpy as np


class ExtremesTracker:
    def __init__(self, channels):
        self.low = np.full(channels, np.PINF)
        self.high = np.full(channels, np.NINF)
        self.updates = 0

    def update(self, frame):
        """Fold one frame (a value per channel; NaN = no reading) into the extremes."""
        frame = np.asarray(frame, dtype=float)
        seen = ~np.isnan(frame)
        self.low[seen] = np.minimum(self.low[seen], frame[seen])
        self.high[seen] = np.maximum(self.high[seen], frame[seen])
        self.updates += 1

    def spread(self):
        """high - low per channel, or None for channels that never reported."""
        return [None if np.isinf(lo) else float(hi - lo) for lo, hi in zip(self.low, self.high)]
