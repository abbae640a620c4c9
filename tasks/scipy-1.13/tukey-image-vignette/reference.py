"""Soft-edge mask for image tiles before they are blended into a mosaic."""
import numpy as np
from scipy import signal as sg


class EdgeFade:
    """Multiply a tile by a separable Tukey mask so its borders fade to zero."""

    def __init__(self, alpha=0.5):
        if not 0.0 <= alpha <= 1.0:
            raise ValueError("alpha must be within [0, 1]")
        self.alpha = alpha
        self._cache = {}

    def mask(self, shape):
        if shape not in self._cache:
            rows, cols = shape
            self._cache[shape] = np.outer(sg.windows.tukey(rows, self.alpha), sg.windows.tukey(cols, self.alpha))
        return self._cache[shape]

    def __call__(self, tile):
        tile = np.asarray(tile, dtype=float)
        weights = self.mask(tile.shape[:2])
        if tile.ndim == 3:
            weights = weights[:, :, None]
        return tile * weights
