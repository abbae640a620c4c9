import numpy as np
import pytest

from solution import make_batches

ROWS = [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]


def test_batches_from_list_of_lists():
    batches = make_batches(ROWS, 2)
    assert [b.tolist() for b in batches] == [[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]], [[9.0, 10.0]]]
    assert all(b.dtype == np.float64 for b in batches)


def test_drop_last_and_int_array_input():
    batches = make_batches(np.arange(12).reshape(6, 2), 4, drop_last=True)
    assert len(batches) == 1
    assert batches[0].dtype == np.float64
    assert batches[0][-1].tolist() == [6.0, 7.0]


def test_float_array_input_is_not_copied():
    table = np.ones((3, 2))
    batches = make_batches(table, 3)
    assert np.shares_memory(batches[0], table)


def test_invalid():
    with pytest.raises(ValueError):
        make_batches([1, 2, 3], 2)
    with pytest.raises(ValueError):
        make_batches(ROWS, 0)
