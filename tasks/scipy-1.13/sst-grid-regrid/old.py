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
    temp = si.interp2d(lon, lat, filled, kind="linear")
    land_frac = si.interp2d(lon, lat, land, kind="linear")
    out = temp(target_lon, target_lat)
    out[land_frac(target_lon, target_lat) > 1e-9] = np.nan
    return np.round(out, 3)
