import pytest

from solution import income_tax


def test_default_brackets():
    assert income_tax([5_000, 25_000, 100_000]).tolist() == [0.0, 3_000.0, 30_000.0]


def test_custom_brackets():
    brackets = [(1_000, 0.1), (float("inf"), 0.5)]
    assert income_tax([500, 3_000], brackets).tolist() == [50.0, 1_100.0]


def test_closed_last_bracket_rejected():
    with pytest.raises(ValueError):
        income_tax([1.0], [(1_000, 0.1), (5_000, 0.2)])
