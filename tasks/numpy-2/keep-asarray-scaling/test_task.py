import numpy as np
import pytest

from solution import min_max_scale


def test_list_and_int_array():
    assert min_max_scale([2, 4, 6]).tolist() == [0.0, 0.5, 1.0]
    assert min_max_scale(np.array([0, 5, 10], dtype=np.int8), (-1.0, 1.0)).tolist() == [-1.0, 0.0, 1.0]


def test_input_not_modified_and_constant():
    data = np.array([3.0, 1.0])
    out = min_max_scale(data)
    assert out.tolist() == [1.0, 0.0]
    assert data.tolist() == [3.0, 1.0]
    assert min_max_scale([7, 7]).tolist() == pytest.approx([0.0, 0.0])
