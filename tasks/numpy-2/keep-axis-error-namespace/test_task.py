from solution import column_means


def test_means():
    assert column_means([[1, 2], [3, 6]]) == [2.0, 4.0]
    assert column_means([[1, 2], [3, 6]], axis=1) == [1.5, 4.5]


def test_bad_axis_returns_none():
    assert column_means([1, 2, 3], axis=1) is None
