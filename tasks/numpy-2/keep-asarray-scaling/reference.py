"""Min-max scaling for model inputs that may arrive as lists or arrays."""
import numpy as np


def min_max_scale(values, feature_range=(0.0, 1.0)):
    """Scale ``values`` linearly so that min -> feature_range[0] and max -> feature_range[1]."""
    x = np.asarray(values, dtype=np.float64)
    lo, hi = feature_range
    span = x.max() - x.min()
    if span == 0:
        return np.full(x.shape, lo)
    scaled = (x - x.min()) / span
    return (scaled * (hi - lo) + lo).astype(np.float64, copy=False)
