"""Slope of a terrain surface sampled at scattered survey points."""
import numpy as np
from matplotlib.tri import triangulation, triinterpolate


def slope_at(easting, northing, height, query_e, query_n):
    """Gradient magnitude (rise over run) and aspect (degrees, downhill, 0 = east) at query points.

    Points outside the survey hull give NaN.
    """
    mesh = triangulation.Triangulation(np.asarray(easting, float), np.asarray(northing, float))
    surface = triinterpolate.CubicTriInterpolator(mesh, np.asarray(height, float), kind="geom")
    d_e, d_n = surface.gradient(np.asarray(query_e, float), np.asarray(query_n, float))
    d_e = np.ma.filled(d_e, np.nan)
    d_n = np.ma.filled(d_n, np.nan)
    magnitude = np.hypot(d_e, d_n)
    aspect = np.degrees(np.arctan2(-d_n, -d_e)) % 360
    return np.round(magnitude, 6), np.round(aspect, 3)
