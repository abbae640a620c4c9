import math

from solution import slope_at

E = [0, 1, 2, 0, 1, 2, 0, 1, 2]
N = [0, 0, 0, 1, 1, 1, 2, 2, 2]


def test_tilted_plane():
    # height rises 3 m per m eastwards and falls 4 m per m northwards
    heights = [10 + 3 * e - 4 * n for e, n in zip(E, N)]
    magnitude, aspect = slope_at(E, N, heights, [0.5, 1.5], [0.5, 1.2])
    assert magnitude.tolist() == [5.0, 5.0]
    assert aspect.tolist() == [126.87, 126.87]


def test_flat_and_outside():
    magnitude, aspect = slope_at(E, N, [7.0] * 9, [1.0, 5.0], [1.0, 5.0])
    assert magnitude[0] == 0.0
    assert math.isnan(magnitude[1])
    assert math.isnan(aspect[1])


def test_north_facing():
    heights = [2 * n for n in N]
    magnitude, aspect = slope_at(E, N, heights, [1.0], [0.5])
    assert magnitude.tolist() == [2.0]
    assert aspect.tolist() == [270.0]
