import numpy as np
import pytest

from solution import modal_answer_table, straight_liners

ANSWERS = [
    [3, 3, 3, 3, 3],
    [1, 5, 2, 4, 3],
    [4, 4, 5, 4, 4],
    [2, 1, 2, 1, 5],
]


def test_table_has_one_row_per_respondent():
    table = modal_answer_table(ANSWERS)
    assert table.shape == (4, 2)
    assert table.tolist() == [[3, 5], [1, 1], [4, 4], [1, 2]]


def test_straight_liners():
    ids = ["r1", "r2", "r3", "r4"]
    assert straight_liners(ANSWERS, ids) == ["r1", "r3"]
    assert straight_liners(ANSWERS, ids, share=1.0) == ["r1"]
    assert straight_liners(ANSWERS, ids, share=0.4) == ["r1", "r3", "r4"]


def test_grid_required():
    with pytest.raises(ValueError):
        modal_answer_table([1, 2, 3])
