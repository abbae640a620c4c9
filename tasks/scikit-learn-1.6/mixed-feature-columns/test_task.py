import numpy as np
import scipy.sparse as sp

from solution import build_preprocessor, rent_features

TRAIN = [
    [50.0, 2, "old-town"],
    [70.0, 3, "harbour"],
    [90.0, 4, "old-town"],
    [30.0, 1, "campus"],
]


def test_dense_output_with_scaled_numbers_and_districts():
    result = rent_features(TRAIN, [[60.0, 2, "harbour"], [30.0, 1, "airport"]])
    assert isinstance(result, np.ndarray)
    assert not sp.issparse(result)
    assert result.shape == (2, 5)
    # area: mean 60, std sqrt(500); rooms: mean 2.5, std sqrt(1.25)
    np.testing.assert_allclose(result[0, :2], [0.0, -0.5 / np.sqrt(1.25)])
    np.testing.assert_allclose(result[1, :2], [-30.0 / np.sqrt(500.0), -1.5 / np.sqrt(1.25)])
    # districts sorted: campus, harbour, old-town; unknown "airport" -> zeros
    assert result[:, 2:].tolist() == [[0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]


def test_preprocessor_output_is_dense_even_when_mostly_zeros():
    pre = build_preprocessor()
    out = pre.fit_transform(np.array(TRAIN, dtype=object))
    assert isinstance(out, np.ndarray)
    assert out.shape == (4, 5)
