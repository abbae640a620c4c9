"""Memoise expensive threshold sweeps under a readable, stable text key."""
import numpy as np


class ResultCache:
    def __init__(self):
        self._store = {}
        self.misses = 0

    @staticmethod
    def key(dataset, threshold, normalize):
        return repr((dataset, threshold, normalize))

    def sweep(self, dataset, values, threshold, normalize=False):
        """Count of ``values`` above ``threshold`` (after optional min-max scaling)."""
        k = self.key(dataset, threshold, normalize)
        if k not in self._store:
            self.misses += 1
            arr = np.asarray(values, dtype=float)
            if normalize:
                arr = (arr - arr.min()) / (arr.max() - arr.min())
            self._store[k] = int((arr > threshold).sum())
        return self._store[k]

    def keys(self):
        return sorted(self._store)
