import pytest

from solution import uplift_report


def test_clear_winner():
    report = uplift_report(200, 31, 0.10)
    assert report["observed_rate"] == 0.155
    assert report["p_value"] == pytest.approx(0.009508311946973231, rel=1e-9)
    assert report["ship_it"] is True
    assert type(report["p_value"]) is float


def test_not_significant_and_no_conversions():
    report = uplift_report(200, 24, 0.10)
    assert report["p_value"] == pytest.approx(0.20170235200972647, rel=1e-9)
    assert report["ship_it"] is False
    assert uplift_report(50, 0, 0.02)["p_value"] == pytest.approx(1.0)


def test_stricter_alpha_and_bad_input():
    assert uplift_report(200, 31, 0.10, alpha=0.005)["ship_it"] is False
    with pytest.raises(ValueError):
        uplift_report(10, 11, 0.5)
    with pytest.raises(ValueError):
        uplift_report(10, 3, 1.5)
