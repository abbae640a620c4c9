"""Detect sensors that keep reporting the same value (stuck ADC, frozen firmware)."""
import numpy as np
import scipy.stats


def stuck_sensors(readings, names, max_repeat_share=0.6):
    """Return {name: stuck value} for columns where one value fills too many samples.

    ``readings`` has one row per sample and one column per sensor.
    """
    readings = np.asarray(readings, dtype=float)
    if readings.ndim != 2 or readings.shape[1] != len(names):
        raise ValueError("readings must be 2-D with one column per name")
    result = scipy.stats.mode(readings, axis=0, keepdims=True)
    values = result.mode[0]
    share = result.count[0] / readings.shape[0]
    flagged = np.flatnonzero(share > max_repeat_share)
    return {names[i]: float(values[i]) for i in flagged}
