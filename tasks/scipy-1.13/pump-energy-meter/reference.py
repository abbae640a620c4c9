"""Energy used by irrigation pumps, from irregularly logged power readings."""
from datetime import datetime

import numpy as np
from scipy.integrate import trapezoid


def energy_kwh(log):
    """``log`` is a list of (ISO timestamp, kW) pairs in time order; returns kWh."""
    if len(log) < 2:
        return 0.0
    stamps = [datetime.fromisoformat(ts) for ts, _ in log]
    hours = np.array([(s - stamps[0]).total_seconds() / 3600.0 for s in stamps])
    if np.any(np.diff(hours) <= 0):
        raise ValueError("timestamps must be strictly increasing")
    power = np.array([kw for _, kw in log], dtype=float)
    return float(trapezoid(power, hours))


def daily_cost(log, tariff_per_kwh):
    return round(energy_kwh(log) * tariff_per_kwh, 2)
