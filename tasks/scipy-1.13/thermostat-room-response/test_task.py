import numpy as np
import pytest

from solution import minutes_to_reach, simulate_room

SCHEDULE = [3.0] * 12 + [0.0] * 6


def test_heating_then_cooling_curve():
    temps = simulate_room(SCHEDULE)
    assert temps.shape == (18,)
    np.testing.assert_allclose(
        temps[[0, 1, 5, 9, 11, 12, 17]],
        [15.0, 15.15991117, 15.68151874, 16.05526689, 16.20030069, 15.77784541, 12.1051936],
        atol=1e-6,
    )


def test_heater_off_decays_towards_outdoor():
    np.testing.assert_allclose(
        simulate_room([0.0] * 4, start_c=15.0), [15.0, 14.20044415, 13.46481725, 12.78800783], atol=1e-6
    )


def test_minutes_to_reach():
    assert minutes_to_reach(SCHEDULE, 16.0) == 90.0
    assert minutes_to_reach([1.0] * 30, 30.0) is None
    assert minutes_to_reach([3.0] * 20, 20.0, tau_h=1.0, start_c=10.0, dt_min=5.0, gain_c_per_kw=6.0) == 90.0
