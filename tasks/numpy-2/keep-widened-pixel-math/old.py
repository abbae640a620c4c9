"""Alpha-blend two 8-bit images and add a signed offset, with explicit widening."""
import numpy as np


def blend_images(a, b, alpha_percent=50, offset=0):
    """Return uint8 ``a * alpha + b * (1 - alpha) + offset``, saturated to 0..255."""
    wide_a = np.asarray(a, dtype=np.uint8).astype(np.int32)
    wide_b = np.asarray(b, dtype=np.uint8).astype(np.int32)
    mixed = (wide_a * alpha_percent + wide_b * (100 - alpha_percent)) // 100
    return np.clip(mixed + offset, 0, 255).astype(np.uint8)
