from solution import invalid_cells

ANSWERS = [
    [1, 5, -9],
    [0, 3, 6],
    [2, 2, 4],
]


def test_out_of_range_codes():
    assert invalid_cells(ANSWERS) == [(1, 0), (1, 2)]


def test_missing_not_allowed_and_custom_codes():
    assert invalid_cells(ANSWERS, allow_missing=False) == [(0, 2), (1, 0), (1, 2)]
    assert invalid_cells([[0, 1], [1, 1]], allowed=[0, 1]) == []
