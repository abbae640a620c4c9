import numpy as np

from solution import regrid_sst

LON = [0, 10, 20, 30]
LAT = [-10, 0, 10]
SST = [[20, 21, 22, 23], [24, 25, -999, 26], [22, 23, 24, 25]]


def test_regrid_with_land_mask():
    out = regrid_sst(LON, LAT, SST, [0, 5, 15, 25, 30], [-10, -5, 5])
    assert out.shape == (3, 5)
    expected = np.array(
        [
            [20.0, 20.5, 21.5, 22.5, 23.0],
            [22.0, 22.5, np.nan, np.nan, 24.5],
            [23.0, 23.5, np.nan, np.nan, 25.5],
        ]
    )
    np.testing.assert_allclose(out, expected, atol=1e-9)


def test_all_ocean_source_points_are_reproduced():
    sea = [[10, 12], [14, 16]]
    out = regrid_sst([0, 1], [0, 1], sea, [0, 0.5, 1], [0, 1])
    np.testing.assert_allclose(out, [[10, 11, 12], [14, 15, 16]], atol=1e-9)
