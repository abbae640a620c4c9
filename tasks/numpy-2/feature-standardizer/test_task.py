import numpy as np
import pytest

from solution import Standardizer


def test_fit_transform_lists():
    scaler = Standardizer()
    out = scaler.fit_transform([[1, 10], [3, 10], [5, 10]])
    assert scaler.mean_.tolist() == [3.0, 10.0]
    assert out[:, 0].tolist() == pytest.approx([-1.224744871, 0.0, 1.224744871])
    assert out[:, 1].tolist() == [0.0, 0.0, 0.0]


def test_transform_new_int_array():
    scaler = Standardizer().fit(np.array([[0.0], [2.0]]))
    assert scaler.transform(np.array([[4], [1]], dtype=np.int32)).tolist() == [[3.0], [0.0]]


def test_transform_before_fit():
    with pytest.raises(RuntimeError):
        Standardizer().transform([[1.0]])
