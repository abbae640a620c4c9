import pytest

from solution import kaplan_meier, median_survival


def test_survival_with_censoring():
    durations = [2, 3, 3, 5, 6, 8, 9]
    observed = [1, 1, 0, 1, 0, 1, 0]
    times, surv = kaplan_meier(durations, observed)
    assert times.tolist() == [2.0, 3.0, 5.0, 8.0]
    # 6/7, then *5/6, then *3/4, then *1/2
    assert surv.tolist() == pytest.approx([6 / 7, 5 / 7, 15 / 28, 15 / 56])
    assert median_survival(times, surv) == 8.0


def test_no_median_reached():
    times, surv = kaplan_meier([1, 4, 4, 4], [1, 0, 0, 0])
    assert surv.tolist() == pytest.approx([0.75])
    assert median_survival(times, surv) is None
