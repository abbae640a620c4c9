"""Energy drawn from a battery, integrated from irregularly timed power samples."""
import numpy as np


def energy_report(timestamps_s, voltage, current):
    """Integrate P = V * I over time.

    Returns a dict with the energy in watt-hours, the charge in amp-hours and the mean power
    in watts over the logged interval.
    """
    t = np.asarray(timestamps_s, dtype=float)
    if t.size < 2 or np.any(np.diff(t) <= 0):
        raise ValueError("need at least two strictly increasing timestamps")
    v = np.asarray(voltage, dtype=float)
    i = np.asarray(current, dtype=float)
    joules = np.trapezoid(v * i, x=t)
    coulombs = np.trapezoid(i, x=t)
    return {
        "wh": float(joules / 3600.0),
        "ah": float(coulombs / 3600.0),
        "mean_w": float(joules / (t[-1] - t[0])),
    }
