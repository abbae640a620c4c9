"""Smooth noisy daily order counts before drawing the trend line."""
import numpy as np
import scipy.signal as sps


def gaussian_kernel(width, std):
    if width % 2 == 0 or width < 3:
        raise ValueError("kernel width must be an odd number >= 3")
    kernel = sps.gaussian(width, std)
    return kernel / kernel.sum()


def smooth_counts(counts, width=7, std=1.5):
    """Gaussian-weighted moving average; edges are mirrored so the output keeps its length."""
    values = np.asarray(counts, dtype=float)
    kernel = gaussian_kernel(width, std)
    half = width // 2
    padded = np.pad(values, half, mode="reflect")
    return np.convolve(padded, kernel, mode="valid")


def peak_day(counts, **kwargs):
    return int(np.argmax(smooth_counts(counts, **kwargs)))
