import numpy as np
import pytest

from solution import columns_to_drop, correlated_pairs

DATA = np.array(
    [
        [1, 2.1, 5, -4.8, 3],
        [2, 3.9, 3, -3.1, 1],
        [3, 6.2, 4, -4.2, 4],
        [4, 8.0, 1, -0.9, 1],
        [5, 9.8, 2, -2.5, 5],
        [6, 12.1, 6, -5.7, 2],
    ]
)
NAMES = ["a", "b", "c", "d", "e"]


def test_strong_pairs_listed_once():
    assert correlated_pairs(DATA, NAMES) == [("a", "b", 0.999), ("c", "d", -0.99)]
    assert correlated_pairs(DATA, NAMES, threshold=0.999) == [("a", "b", 0.999)]


def test_weak_threshold_orders_by_strength():
    pairs = correlated_pairs(DATA, NAMES, threshold=0.1)
    assert pairs == [("a", "b", 0.999), ("c", "d", -0.99), ("d", "e", -0.182), ("a", "e", 0.131), ("b", "e", 0.13)]
    assert all(type(r) is float for _, _, r in pairs)


def test_columns_to_drop_and_name_check():
    assert columns_to_drop(DATA, NAMES) == ["b", "d"]
    with pytest.raises(ValueError):
        correlated_pairs(DATA, NAMES[:4])
