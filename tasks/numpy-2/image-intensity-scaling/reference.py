"""Contrast stretching for grayscale images before feeding them to a detector."""
import numpy as np


def scale_intensity(image, low_pct=2.0, high_pct=98.0):
    """Map the [low_pct, high_pct] percentile range of ``image`` to [0, 1] as float32."""
    img = np.asarray(image, dtype=np.float32)
    lo, hi = np.percentile(img, [low_pct, high_pct])
    if hi <= lo:
        return np.zeros_like(img)
    return np.clip((img - lo) / (hi - lo), 0.0, 1.0).astype(np.float32)
