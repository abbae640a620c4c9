import numpy as np

from solution import mahalanobis_outliers

# third sensor = first + second (up to 1e-6 noise): the covariance is numerically singular
X = np.array(
    [
        [12.04, 4.86, 16.9],
        [7.44, 4.67, 12.11],
        [10.42, 4.47, 14.890002],
        [9.43, 4.8, 14.23],
        [13.55, 5.24, 18.79],
        [9.78, 4.88, 14.660001],
        [7.98, 5.48, 13.459999],
        [9.77, 4.9, 14.67],
        [9.13, 5.01, 14.140001],
        [13.32, 5.77, 19.090001],
        [10.23, 5.27, 15.5],
        [9.65, 4.75, 14.400001],
    ]
)
EXPECTED = [1.286, 1.518, 1.643, 0.605, 1.758, 0.365, 2.255, 0.324, 0.636, 2.25, 0.775, 0.703]


def test_redundant_sensor_is_ignored_by_cutoff():
    distances, flagged = mahalanobis_outliers(X, threshold=2.0)
    np.testing.assert_allclose(distances, EXPECTED, atol=1.5e-3)
    assert flagged == [6, 9]


def test_same_as_without_redundant_column():
    d3, _ = mahalanobis_outliers(X)
    d2, _ = mahalanobis_outliers(X[:, :2])
    np.testing.assert_allclose(d3, d2, atol=1.5e-3)


def test_default_threshold_flags_nothing():
    _, flagged = mahalanobis_outliers(X)
    assert flagged == []
