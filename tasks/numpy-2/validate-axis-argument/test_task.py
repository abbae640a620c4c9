import pytest
from numpy.exceptions import AxisError

from solution import moving_average


def test_last_axis_and_first_axis():
    data = [[1, 2, 3, 4], [10, 20, 30, 40]]
    assert moving_average(data, 2).tolist() == [[1.5, 2.5, 3.5], [15.0, 25.0, 35.0]]
    assert moving_average(data, 2, axis=0).tolist() == [[5.5, 11.0, 16.5, 22.0]]


def test_invalid_axis_raises_axis_error():
    with pytest.raises(AxisError) as info:
        moving_average([[1.0, 2.0]], 1, axis=2)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, IndexError)
    assert "axis 2 is out of bounds for array of dimension 2" in str(info.value)


def test_invalid_window():
    with pytest.raises(ValueError):
        moving_average([1.0, 2.0], 3)
