"""Smooth upsampling of a coarse occupancy heat map for display."""
import numpy as np
from scipy.interpolate import RectBivariateSpline


def upsample(grid, factor=4, kind="cubic"):
    """Resample a 2-D array onto a grid `factor` times denser, keeping the corner values.

    Returns the dense array with shape ((rows-1)*factor+1, (cols-1)*factor+1), clipped at 0.
    """
    grid = np.asarray(grid, dtype=float)
    rows, cols = grid.shape
    col_pos = np.arange(cols)
    row_pos = np.arange(rows)
    degree = {"linear": 1, "cubic": 3, "quintic": 5}[kind]
    smooth = RectBivariateSpline(row_pos, col_pos, grid, kx=degree, ky=degree)
    dense_cols = np.linspace(0, cols - 1, (cols - 1) * factor + 1)
    dense_rows = np.linspace(0, rows - 1, (rows - 1) * factor + 1)
    return np.clip(smooth(dense_rows, dense_cols), 0.0, None)
