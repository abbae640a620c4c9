"""Regrid a coarse sea-surface-temperature field onto a model grid, masking land cells."""
import numpy as np
import scipy.interpolate as si


def regrid_sst(lon, lat, sst, target_lon, target_lat, land_value=-999.0):
    """sst has shape (len(lat), len(lon)) in deg C; land cells hold land_value.

    Returns an array of shape (len(target_lat), len(target_lon)) with NaN where any
    surrounding source cell is land. Target axes must be increasing.
    """
    sst = np.asarray(sst, dtype=float)
    land = (sst == land_value).astype(float)
    filled = np.where(land > 0, np.nanmean(np.where(land > 0, np.nan, sst)), sst)
    temp = si.RectBivariateSpline(lat, lon, filled, kx=1, ky=1)
    land_frac = si.RectBivariateSpline(lat, lon, land, kx=1, ky=1)
    out = temp(target_lat, target_lon)
    out[land_frac(target_lat, target_lon) > 1e-9] = np.nan
    return np.round(out, 3)
