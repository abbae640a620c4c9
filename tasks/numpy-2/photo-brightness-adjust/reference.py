"""Brightness and exposure tweaks for 8-bit RGB photos."""
import numpy as np


def adjust_brightness(image, delta):
    """Add ``delta`` (an int, may be negative) to every channel, saturating at 0 and 255."""
    image = np.asarray(image)
    if image.dtype != np.uint8:
        raise TypeError("expected an 8-bit image")
    shifted = image.astype(np.int16) + delta
    return np.clip(shifted, 0, 255).astype(np.uint8)


def histogram_shift(image, delta):
    """How many pixel values get clipped by the adjustment."""
    shifted = np.asarray(image).astype(np.int16) + delta
    return int(((shifted < 0) | (shifted > 255)).sum())
