import pytest

from solution import system_reliability, weakest_group


def test_series_of_parallel_groups():
    groups = [[0.9, 0.9], [0.95], [0.8, 0.7, 0.5]]
    assert system_reliability(groups) == pytest.approx(0.99 * 0.95 * 0.97)
    assert weakest_group(groups) == 1


def test_single_component():
    assert system_reliability([[0.5]]) == 0.5


def test_invalid():
    with pytest.raises(ValueError):
        system_reliability([[1.2]])
    with pytest.raises(ValueError):
        system_reliability([[]])
