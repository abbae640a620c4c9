import numpy as np

from solution import DcMotor


def test_ramp_response_samples():
    out = DcMotor().ramp_response(12.0, 1.0, 3.0)
    assert out["time"].shape == (301,)
    idx = [0, 50, 100, 200, 300]
    np.testing.assert_allclose(out["speed"][idx], [0.0, 0.15568475, 0.58129608, 1.11138677, 1.18700031], atol=1e-6)
    np.testing.assert_allclose(out["current"][idx], [0.0, 2.20688867, 6.80940611, 11.28890424, 11.89363436], atol=1e-5)


def test_initial_speed_coasts_down_first():
    out = DcMotor().ramp_response(6.0, 0.5, 1.0, initial_speed=0.5)
    np.testing.assert_allclose(out["speed"][[0, 10, 50, 100]], [0.5, 0.18692691, 0.15900153, 0.42561298], atol=1e-6)


def test_peak_current():
    motor = DcMotor()
    assert motor.peak_current(12.0, 1.0, 3.0) == 11.8936
    assert motor.peak_current(12.0, 0.1, 2.0) == 11.7461
