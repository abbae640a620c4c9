"""Discrete colour scheme for a land-use classification raster."""
import numpy as np
from matplotlib import colormaps
from matplotlib.colors import BoundaryNorm, to_hex


def class_scheme(boundaries, cmap_name="viridis"):
    """(cmap, norm) giving every interval between consecutive boundaries one flat colour."""
    boundaries = sorted(boundaries)
    if len(boundaries) < 2:
        raise ValueError("need at least two boundaries")
    n_classes = len(boundaries) - 1
    cmap = colormaps[cmap_name].resampled(n_classes)
    norm = BoundaryNorm(boundaries, ncolors=n_classes)
    return cmap, norm


def classify(values, boundaries, cmap_name="viridis"):
    cmap, norm = class_scheme(boundaries, cmap_name)
    return [to_hex(rgba) for rgba in cmap(norm(np.asarray(values, dtype=float)))]
