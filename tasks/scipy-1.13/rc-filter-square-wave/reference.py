"""Response of a two-stage RC low-pass filter to a square-wave clock signal."""
import numpy as np
from scipy import signal


def rc_ladder(r_ohm, c_farad):
    """Two identical RC sections, unbuffered: H(s) = 1 / (tau^2 s^2 + 3 tau s + 1)."""
    tau = r_ohm * c_farad
    return signal.lti([1.0], [tau**2, 3.0 * tau, 1.0])


def filter_square_wave(freq_hz, r_ohm, c_farad, periods=3, points_per_period=200, v_high=3.3):
    t = np.linspace(0.0, periods / freq_hz, periods * points_per_period + 1)
    clock = np.where((t * freq_hz) % 1.0 < 0.5, v_high, 0.0)
    _, v_out, _ = signal.lsim(rc_ladder(r_ohm, c_farad), U=clock, T=t)
    last = t >= (periods - 1) / freq_hz
    return {
        "ripple_v": round(float(v_out[last].max() - v_out[last].min()), 4),
        "mean_v": round(float(v_out[last].mean()), 4),
        "final_v": round(float(v_out[-1]), 4),
    }
