import numpy as np
import pytest

from solution import integrate_motion, travel_summary

ACCEL = [0, 1, 1, 1, 0, 0, -1, -1, -1, 0]


def test_velocity_and_position_profiles():
    velocity, position = integrate_motion(ACCEL, 2.0)
    assert velocity.shape == position.shape == (10,)
    np.testing.assert_allclose(velocity, [0, 0.25, 0.75, 1.25, 1.5, 1.5, 1.25, 0.75, 0.25, 0])
    np.testing.assert_allclose(position, [0, 0.0625, 0.3125, 0.8125, 1.5, 2.25, 2.9375, 3.4375, 3.6875, 3.75])


def test_initial_conditions():
    velocity, position = integrate_motion([0, 0, 0], 10.0, v0=1.5, x0=2.0)
    np.testing.assert_allclose(velocity, [1.5, 1.5, 1.5])
    np.testing.assert_allclose(position, [2.0, 2.15, 2.3])


def test_summary_and_rate_check():
    assert travel_summary(ACCEL, 2.0) == {"top_speed": 1.5, "final_position": 3.75}
    with pytest.raises(ValueError):
        integrate_motion(ACCEL, 0)
