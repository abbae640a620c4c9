"""Elevation profile along a hiking route from a gridded digital elevation model (DEM)."""
import numpy as np
from scipy.interpolate import RectBivariateSpline


def elevation_profile(easting, northing, dem, route):
    """dem[i, j] is the height (m) at (easting[j], northing[i]); route is a list of (e, n).

    Returns (heights along the route, total ascent, total descent).
    """
    surface = RectBivariateSpline(easting, northing, np.asarray(dem).T, kx=1, ky=1)
    heights = np.array([surface.ev(e, n) for e, n in route])
    steps = np.diff(heights)
    ascent = float(steps[steps > 0].sum())
    descent = float(-steps[steps < 0].sum())
    return np.round(heights, 3), round(ascent, 3), round(descent, 3)
