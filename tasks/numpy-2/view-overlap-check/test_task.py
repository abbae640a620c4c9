import numpy as np

from solution import may_overlap, safe_add_into


def test_decidable_cases():
    base = np.zeros(10)
    assert may_overlap(base[:5], base[5:]) is False
    assert may_overlap(base[:6], base[4:]) is True
    assert may_overlap(np.zeros(3), np.zeros(3)) is False


def test_budget_exceeded_is_unknown():
    grid = np.arange(64.0).reshape(8, 8)
    assert may_overlap(grid[::2, 1::3], grid[1::3, ::2], budget=1) is None


def test_safe_add_with_shifted_views():
    data = np.arange(6.0)
    safe_add_into(data[1:], data[:-1], data[:-1], budget=1)
    assert data.tolist() == [0.0, 0.0, 2.0, 4.0, 6.0, 8.0]
