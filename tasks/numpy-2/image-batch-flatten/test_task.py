import numpy as np
import pytest

from solution import flatten_batch


def test_flatten_and_centre():
    images = [[[1, 2], [3, 4]], [[3, 4], [5, 6]]]
    features, mean = flatten_batch(images)
    assert features.shape == (2, 4)
    assert features.tolist() == [[-1.0, -1.0, -1.0, -1.0], [1.0, 1.0, 1.0, 1.0]]
    assert mean.tolist() == [[2.0, 3.0], [4.0, 5.0]]


def test_given_mean_and_bad_shape():
    features, _ = flatten_batch(np.ones((3, 1, 2)), mean_image=np.zeros((1, 2)))
    assert features.tolist() == [[1.0, 1.0]] * 3
    with pytest.raises(ValueError):
        flatten_batch(np.ones((2, 2)))
