"""Extract the most common colours of an RGB image for a theme generator."""
import numpy as np


def dominant_colors(image, top=3):
    """Return the ``top`` most frequent (r, g, b) colours with their pixel share."""
    img = np.asarray(image, dtype=np.uint8)
    if img.ndim != 3 or img.shape[2] != 3:
        raise ValueError("expected an (h, w, 3) RGB image")
    pixels = np.reshape(img, shape=(-1, 3))
    colors, counts = np.unique(pixels, axis=0, return_counts=True)
    order = np.argsort(-counts, kind="stable")[:top]
    total = pixels.shape[0]
    return [(tuple(colors[i].tolist()), counts[i] / total) for i in order]
