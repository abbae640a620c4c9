import pytest

from solution import summarize

TABLE = [[1, 2, 3], [4, 5, 6]]


def test_columns_and_rows():
    assert summarize(TABLE, 0) == {"mean": [2.5, 3.5, 4.5], "min": [1.0, 2.0, 3.0], "max": [4.0, 5.0, 6.0]}
    assert summarize(TABLE, -1) == {"mean": [2.0, 5.0], "min": [1.0, 4.0], "max": [3.0, 6.0]}


def test_bad_axis_message():
    with pytest.raises(ValueError) as info:
        summarize(TABLE, 2)
    assert str(info.value) == "axis 2 is not valid here; choose one of: -2, -1, 0, 1"
    with pytest.raises(ValueError) as info:
        summarize([1.0, 2.0], -3)
    assert str(info.value) == "axis -3 is not valid here; choose one of: -1, 0"
