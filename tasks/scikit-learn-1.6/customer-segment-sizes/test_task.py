import numpy as np
import pytest

from solution import segment_customers

def make_points(seed, k, dim, lo, hi, sd):
    rs = np.random.RandomState(seed)
    centers = rs.uniform(lo, hi, size=(k + 1, dim))
    return np.vstack([c + rs.normal(0, sd, size=(rs.randint(3, 8), dim)) for c in centers]).round(1)


CUSTOMERS = make_points(2, 4, 2, 0, 100, 6)


def test_segments_are_the_best_of_several_starts():
    result = segment_customers(CUSTOMERS)
    assert result["sizes"] == [9, 9, 6, 4]
    assert result["inertia"] == pytest.approx(3021.6, abs=0.2)


def test_centers_match_sizes():
    result = segment_customers(CUSTOMERS)
    assert len(result["centers"]) == 4
    assert sum(result["sizes"]) == len(CUSTOMERS)


def test_too_few_customers():
    with pytest.raises(ValueError):
        segment_customers(CUSTOMERS[:3])
