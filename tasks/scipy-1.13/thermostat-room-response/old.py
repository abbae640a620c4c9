"""First-order thermal model of a room heated by a radiator on a fixed schedule."""
import numpy as np
from scipy import signal


def simulate_room(heater_kw, dt_min=10.0, tau_h=2.0, gain_c_per_kw=4.0, outdoor_c=5.0, start_c=15.0):
    """Indoor temperature (deg C) every dt_min minutes for a heater power schedule (kW).

    Model: tau * dT/dt = -(T - outdoor) + gain * P.
    """
    power = np.asarray(heater_kw, dtype=float)
    t_hours = np.arange(power.size) * dt_min / 60.0
    room = ([gain_c_per_kw], [tau_h, 1.0])
    initial_state = (start_c - outdoor_c) / gain_c_per_kw * tau_h
    _, rise, _ = signal.lsim2(room, U=power, T=t_hours, X0=[initial_state])
    return outdoor_c + rise


def minutes_to_reach(heater_kw, target_c, **model):
    temps = simulate_room(heater_kw, **model)
    hits = np.flatnonzero(temps >= target_c)
    dt_min = model.get("dt_min", 10.0)
    return None if hits.size == 0 else float(hits[0] * dt_min)
