"""Turn an unnormalised likelihood evaluated on a grid into a probability density."""
import numpy as np


def normalize_density(grid, weights):
    """Scale ``weights`` so that they integrate to one over ``grid``."""
    grid = np.asarray(grid, dtype=float)
    weights = np.clip(np.asarray(weights, dtype=float), 0.0, None)
    area = np.trapz(weights, grid)
    if area <= 0:
        raise ValueError("weights have no mass on this grid")
    return weights / area


def grid_mean(grid, density):
    grid = np.asarray(grid, dtype=float)
    return float(np.trapz(grid * density, grid))
