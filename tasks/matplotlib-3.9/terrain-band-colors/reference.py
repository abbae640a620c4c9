"""Colour elevation bands for the legend of a hiking map."""
import numpy as np
import matplotlib
from matplotlib.colors import Normalize, to_hex


def band_colors(elevations, n_bands=4, low=0.0, high=3000.0):
    """Hex colour of the terrain band each elevation (in metres) falls into.

    The terrain colormap is cut into ``n_bands`` flat colours; elevations outside
    ``[low, high]`` take the colour of the nearest band.
    """
    if n_bands < 2:
        raise ValueError("n_bands must be at least 2")
    cmap = matplotlib.colormaps["terrain"].resampled(n_bands)
    norm = Normalize(vmin=low, vmax=high, clip=True)
    values = cmap(norm(np.asarray(elevations, dtype=float)))
    return [to_hex(value) for value in values]


def band_edges(n_bands=4, low=0.0, high=3000.0):
    """Elevations where one band ends and the next starts, for the legend labels."""
    return [float(edge) for edge in np.linspace(low, high, n_bands + 1)]
