import pytest

from solution import process_capability


def test_centred_three_sigma_process():
    result = process_capability(10.0, 0.5, 8.5, 11.5)
    assert result == {"cp": 1.0, "cpk": 1.0, "ppm": pytest.approx(2699.8, abs=0.1), "sigma_level": 2.782}


def test_off_centre_process():
    result = process_capability(10.2, 0.5, 8.5, 11.5)
    assert result["cp"] == 1.0
    assert result["cpk"] == 0.867
    assert result["ppm"] == pytest.approx(4998.1, abs=0.1)
    assert result["sigma_level"] == pytest.approx(2.576, abs=1e-3)


def test_validation():
    with pytest.raises(ValueError):
        process_capability(0.0, 0.0, -1.0, 1.0)
    with pytest.raises(ValueError):
        process_capability(0.0, 1.0, 1.0, -1.0)
