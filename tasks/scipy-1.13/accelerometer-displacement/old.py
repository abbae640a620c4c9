"""Integrate accelerometer samples from a lift test rig into velocity and position."""
import numpy as np
from scipy.integrate import cumtrapz


def integrate_motion(accel, rate_hz, v0=0.0, x0=0.0):
    """Return (velocity, position) arrays with the same length as ``accel``.

    Acceleration in m/s^2 sampled at ``rate_hz``; the first sample is at t=0.
    """
    accel = np.asarray(accel, dtype=float)
    if rate_hz <= 0:
        raise ValueError("rate_hz must be positive")
    dt = 1.0 / rate_hz
    velocity = v0 + cumtrapz(accel, dx=dt, initial=0)
    position = x0 + cumtrapz(velocity, dx=dt, initial=0)
    return velocity, position


def travel_summary(accel, rate_hz):
    velocity, position = integrate_motion(accel, rate_hz)
    return {"top_speed": round(float(np.max(np.abs(velocity))), 4),
            "final_position": round(float(position[-1]), 4)}
