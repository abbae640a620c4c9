import numpy as np
import pytest

from solution import stuck_sensors

READINGS = [
    [20.1, 5.0, 101.2, 0.0],
    [20.4, 5.0, 101.3, 0.0],
    [20.2, 5.0, 101.1, 3.5],
    [20.3, 5.0, 101.2, 0.0],
    [20.5, 4.9, 101.4, 0.0],
]
NAMES = ["temp", "volt", "press", "flow"]


def test_stuck_columns_found():
    assert stuck_sensors(READINGS, NAMES) == {"volt": 5.0, "flow": 0.0}


def test_threshold_controls_sensitivity():
    assert stuck_sensors(READINGS, NAMES, max_repeat_share=0.8) == {}
    assert stuck_sensors(READINGS, NAMES, max_repeat_share=0.3) == {"volt": 5.0, "press": 101.2, "flow": 0.0}


def test_single_sensor_and_shape_check():
    assert stuck_sensors(np.array([[1.0], [1.0], [2.0]]), ["a"]) == {"a": 1.0}
    with pytest.raises(ValueError):
        stuck_sensors(READINGS, NAMES[:3])
