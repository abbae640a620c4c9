"""Step-response metrics of a quarter-car suspension (mass-spring-damper) for a kerb drop."""
import numpy as np
from scipy.signal import step2


def suspension_tf(mass_kg, stiffness, damping):
    """Body displacement per unit road displacement: (c s + k) / (m s^2 + c s + k)."""
    return [damping, stiffness], [mass_kg, damping, stiffness]


def step_metrics(mass_kg, stiffness, damping, duration_s=3.0, samples=3001):
    t = np.linspace(0.0, duration_s, samples)
    t, y = step2(suspension_tf(mass_kg, stiffness, damping), T=t)
    peak = float(y.max())
    settled = np.abs(y - 1.0) > 0.02
    settling_time = float(t[np.flatnonzero(settled)[-1] + 1]) if settled.any() else 0.0
    return {
        "overshoot_pct": round(100.0 * (peak - 1.0), 2),
        "peak_time_s": round(float(t[np.argmax(y)]), 3),
        "settling_time_s": round(settling_time, 3),
    }
