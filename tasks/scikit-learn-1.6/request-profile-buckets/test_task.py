import numpy as np
import pytest

from solution import bucket_requests

def make_points(seed, k, dim, lo, hi, sd):
    rs = np.random.RandomState(seed)
    centers = rs.uniform(lo, hi, size=(k + 1, dim))
    return np.vstack([c + rs.normal(0, sd, size=(rs.randint(3, 8), dim)) for c in centers]).round(1)


SAMPLES = make_points(0, 4, 2, 0, 100, 6)


def test_bucket_sizes():
    sizes, centers, _ = bucket_requests(SAMPLES)
    assert sizes == [7, 6, 5, 4]
    assert len(centers) == 4


def test_inertia():
    _, _, inertia = bucket_requests(SAMPLES)
    assert inertia == pytest.approx(1032.5, abs=0.2)
