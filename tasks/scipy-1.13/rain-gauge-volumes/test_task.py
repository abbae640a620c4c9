import numpy as np
import pytest

from solution import StormEvent

HOURS = [0, 1, 2, 4, 6]
RATES = [[0, 4, 10, 3, 0], [1, 2, 2, 2, 1]]
CATCHMENTS = [("north", 2.5), ("river", 12.0)]


def test_depth_per_gauge():
    depths = StormEvent(HOURS, RATES, CATCHMENTS).depths_mm()
    assert depths.shape == (2,)
    np.testing.assert_allclose(depths, [25.0, 10.5])


def test_runoff_volumes():
    event = StormEvent(HOURS, RATES, CATCHMENTS)
    assert event.volumes_m3() == {"north": 21875.0, "river": 44100.0}
    assert event.volumes_m3(0.5) == {"north": 31250.0, "river": 63000.0}


def test_single_gauge_and_shape_check():
    single = StormEvent([0, 3], [2, 2], [("lake", 1.0)])
    np.testing.assert_allclose(single.depths_mm(), [6.0])
    with pytest.raises(ValueError):
        StormEvent(HOURS, RATES, CATCHMENTS[:1])
