"""Interpolate weather-station readings onto the cells of a regular forecast grid."""
import numpy as np
import matplotlib.tri as mtri


class StationField:
    def __init__(self, lons, lats, values):
        self.mesh = mtri.Triangulation(np.asarray(lons, float), np.asarray(lats, float))
        self.values = np.asarray(values, dtype=float)
        self._interp = mtri.LinearTriInterpolator(self.mesh, self.values)

    def at(self, lon, lat):
        """Value at one point, or None outside the convex hull of the stations."""
        value = self._interp(np.array([lon], float), np.array([lat], float))
        return None if np.ma.is_masked(value[0]) else round(float(value[0]), 4)

    def on_grid(self, lon_edges, lat_edges):
        """Values at the grid nodes; points outside the hull become NaN."""
        grid_lon, grid_lat = np.meshgrid(lon_edges, lat_edges)
        return np.ma.filled(self._interp(grid_lon, grid_lat), np.nan)
