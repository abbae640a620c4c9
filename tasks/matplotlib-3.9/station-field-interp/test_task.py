import math

import numpy as np

from solution import StationField

# value = 10 + 2 * lon + 3 * lat at every station, so linear interpolation is exact
LONS = [0.0, 4.0, 0.0, 4.0, 2.0]
LATS = [0.0, 0.0, 4.0, 4.0, 1.0]
VALUES = [10.0 + 2 * x + 3 * y for x, y in zip(LONS, LATS)]


def test_point_values():
    field = StationField(LONS, LATS, VALUES)
    assert field.at(1.0, 1.0) == 15.0
    assert field.at(3.5, 2.25) == 23.75
    assert field.at(0.0, 0.0) == 10.0
    assert field.at(5.0, 1.0) is None


def test_grid_values_and_outside_nan():
    field = StationField(LONS, LATS, VALUES)
    grid = field.on_grid([0.0, 2.0, 6.0], [0.0, 2.0])
    assert grid.shape == (2, 3)
    assert grid[0, 0] == 10.0
    assert grid[1, 1] == 20.0
    assert math.isnan(grid[0, 2]) and math.isnan(grid[1, 2])


def test_mesh_is_exposed():
    field = StationField(LONS, LATS, VALUES)
    assert field.mesh.triangles.shape == (4, 3)
    assert np.allclose(field.mesh.x, LONS)
