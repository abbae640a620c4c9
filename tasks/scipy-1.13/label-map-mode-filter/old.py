"""Clean up isolated pixels in a land-cover classification map."""
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from scipy.stats import mode


def majority_filter(labels, size=3):
    """Replace every pixel by the most common label in its size x size neighbourhood.

    Borders are handled by repeating the edge pixels; ties go to the smaller label.
    """
    labels = np.asarray(labels)
    if labels.ndim != 2:
        raise ValueError("expected a 2-D label map")
    if size % 2 == 0:
        raise ValueError("size must be odd")
    pad = size // 2
    padded = np.pad(labels, pad, mode="edge")
    windows = sliding_window_view(padded, (size, size))
    flat = windows.reshape(labels.shape[0], labels.shape[1], size * size)
    return mode(flat, axis=-1).mode[..., 0].astype(labels.dtype)


def changed_pixels(labels, size=3):
    return int(np.count_nonzero(majority_filter(labels, size) != np.asarray(labels)))
