"""Fixed-size ring buffer holding the most recent readings of a sensor."""
import numpy as np


class ReadingBuffer:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self._data = np.zeros(capacity, dtype=np.float_)
        self._next = 0
        self._count = 0

    def push(self, value):
        self._data[self._next] = value
        self._next = (self._next + 1) % len(self._data)
        self._count = min(self._count + 1, len(self._data))

    def values(self):
        """Readings in arrival order, oldest first."""
        if self._count < len(self._data):
            return self._data[: self._count].copy()
        return np.concatenate([self._data[self._next :], self._data[: self._next]])

    def mean(self):
        if self._count == 0:
            return None
        return float(self.values().mean())
