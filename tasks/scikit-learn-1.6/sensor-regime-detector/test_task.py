import numpy as np

from solution import RegimeDetector

def make_points(seed, k, dim, lo, hi, sd):
    rs = np.random.RandomState(seed)
    centers = rs.uniform(lo, hi, size=(k + 1, dim))
    return np.vstack([c + rs.normal(0, sd, size=(rs.randint(3, 8), dim)) for c in centers]).round(1)


READINGS = make_points(6, 5, 2, 0, 10, 0.7)


def test_occupancy_of_training_readings():
    det = RegimeDetector(5).fit(READINGS)
    assert det.occupancy(READINGS) == [7, 7, 4, 4, 7]


def test_regimes_ordered_by_pressure():
    det = RegimeDetector(5).fit(READINGS)
    assert det.regime_of([[-5.0, 5.0], [50.0, 5.0]]) == [0, 4]


def test_inertia_is_best_found():
    det = RegimeDetector(5).fit(READINGS)
    assert det.model.inertia_ < 24.56 + 0.05
