"""Elevation profile along a hiking route from a gridded digital elevation model (DEM)."""
import numpy as np
from scipy.interpolate import interp2d


def elevation_profile(easting, northing, dem, route):
    """dem[i, j] is the height (m) at (easting[j], northing[i]); route is a list of (e, n).

    Returns (heights along the route, total ascent, total descent).
    """
    surface = interp2d(easting, northing, dem, kind="linear")
    heights = np.array([surface(e, n)[0] for e, n in route])
    steps = np.diff(heights)
    ascent = float(steps[steps > 0].sum())
    descent = float(-steps[steps < 0].sum())
    return np.round(heights, 3), round(ascent, 3), round(descent, 3)
