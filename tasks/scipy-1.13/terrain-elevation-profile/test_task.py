import numpy as np

from solution import elevation_profile

EASTING = [0, 100, 200, 300]
NORTHING = [0, 100, 200]
DEM = [[100, 110, 130, 120], [105, 120, 150, 140], [100, 115, 160, 170]]


def test_route_profile_and_climb():
    route = [(0, 0), (50, 50), (150, 100), (250, 150), (300, 200), (200, 200)]
    heights, ascent, descent = elevation_profile(EASTING, NORTHING, DEM, route)
    np.testing.assert_allclose(heights, [100.0, 108.75, 135.0, 155.0, 170.0, 160.0], atol=1e-9)
    assert ascent == 70.0
    assert descent == 10.0


def test_unit_cell_bilinear():
    heights, ascent, descent = elevation_profile(
        [0, 1], [0, 1], [[0, 10], [20, 30]], [(0.5, 0.5), (0.25, 0.75), (1, 1), (0, 0)]
    )
    np.testing.assert_allclose(heights, [15.0, 17.5, 30.0, 0.0], atol=1e-9)
    assert (ascent, descent) == (15.0, 30.0)
