import numpy as np
import pytest

from solution import plan_depots

def make_points(seed, k, dim, lo, hi, sd):
    rs = np.random.RandomState(seed)
    centers = rs.uniform(lo, hi, size=(k + 1, dim))
    return np.vstack([c + rs.normal(0, sd, size=(rs.randint(3, 8), dim)) for c in centers]).round(1)


POINTS = make_points(5, 3, 2, 0, 50, 3)


def test_depots():
    depots, worst = plan_depots(POINTS, 3)
    assert len(depots) == 3
    np.testing.assert_allclose(depots, [[11.0, 44.6], [24.6, 32.1], [37.1, 26.1]], atol=0.11)


def test_worst_distance():
    _, worst = plan_depots(POINTS, 3)
    assert worst == pytest.approx(7.78, abs=0.02)


def test_one_depot_is_the_centroid():
    depots, _ = plan_depots(POINTS, 1)
    np.testing.assert_allclose(depots[0], POINTS.mean(axis=0), atol=0.051)
