import numpy as np

from solution import TripPlanner

CORNERS = [(0, 0), (3, 4), (1, 1), (5, 0)]


def test_matrix():
    m = TripPlanner().distance_matrix(CORNERS)
    assert m.shape == (4, 4)
    assert m[0, 1] == 700.0
    assert m[1, 3] == 600.0
    np.testing.assert_array_equal(m, m.T)


def test_route_length_custom_block():
    assert TripPlanner(block_length_m=80).route_length(CORNERS) == (7 + 5 + 5) * 80.0


def test_farthest_pair():
    assert TripPlanner().farthest_pair(CORNERS) == ((0, 1), 700.0)
