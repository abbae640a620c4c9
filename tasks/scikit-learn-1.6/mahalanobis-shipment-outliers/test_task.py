import numpy as np

from solution import flag_unusual_shipments

rng = np.random.RandomState(0)
W = rng.normal(10.0, 2.0, 200)
HISTORY = np.column_stack([W, 2.0 * W + rng.normal(0.0, 0.5, 200)])


def test_correlation_matters():
    # both candidates are about as far from the mean in plain euclidean terms,
    # but only the second one breaks the weight/volume relationship
    flagged, dists = flag_unusual_shipments(HISTORY, [[12.0, 24.0], [12.0, 16.0]])
    assert flagged == [1]
    assert dists[0] < 1.5
    assert dists[1] > 10.0


def test_center_has_zero_distance():
    mean = HISTORY.mean(axis=0)
    flagged, dists = flag_unusual_shipments(HISTORY, [mean])
    assert flagged == []
    assert dists == [0.0]
