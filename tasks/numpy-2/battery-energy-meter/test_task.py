import pytest

from solution import energy_report


def test_constant_then_ramp():
    t = [0, 1800, 3600, 5400]
    v = [12.0, 12.0, 12.0, 12.0]
    i = [2.0, 2.0, 1.0, 1.0]
    report = energy_report(t, v, i)
    assert report["ah"] == pytest.approx(2.25)
    assert report["wh"] == pytest.approx(27.0)
    assert report["mean_w"] == pytest.approx(18.0)
    assert type(report["wh"]) is float


def test_bad_timestamps():
    with pytest.raises(ValueError):
        energy_report([0, 10, 5], [1, 1, 1], [1, 1, 1])
    with pytest.raises(ValueError):
        energy_report([0], [1], [1])
