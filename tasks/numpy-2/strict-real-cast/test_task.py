import warnings

import numpy as np
import pytest

from solution import to_real


def test_real_inputs_pass_through():
    out = to_real([1, 2, 3])
    assert out.dtype == np.float64
    assert out.tolist() == [1.0, 2.0, 3.0]
    assert to_real(np.array([1 + 0j, 2.5 + 0j]), dtype=np.float32).tolist() == [1.0, 2.5]


def test_imaginary_part_is_an_error():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match="imaginary"):
            to_real(np.array([1 + 0j, 2 + 1e-3j]))
