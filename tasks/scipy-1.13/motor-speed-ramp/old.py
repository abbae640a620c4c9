"""DC motor (armature current, shaft speed) driven by a voltage ramp, state-space model."""
import numpy as np
from scipy.signal import lsim2


class DcMotor:
    def __init__(self, R=1.0, L=0.5, Kt=0.01, Kb=0.01, J=0.01, b=0.1):
        self.A = np.array([[-b / J, Kt / J], [-Kb / L, -R / L]])  # state: [speed, current]
        self.B = np.array([[0.0], [1.0 / L]])
        self.C = np.eye(2)
        self.D = np.zeros((2, 1))

    def ramp_response(self, v_final, ramp_s, total_s, dt=0.01, initial_speed=0.0):
        t = np.arange(0.0, total_s + dt / 2, dt)
        volts = np.clip(t / ramp_s, 0.0, 1.0) * v_final
        _, y, _ = lsim2((self.A, self.B, self.C, self.D), U=volts, T=t, X0=[initial_speed, 0.0])
        return {"time": t, "speed": y[:, 0], "current": y[:, 1]}

    def peak_current(self, v_final, ramp_s, total_s):
        out = self.ramp_response(v_final, ramp_s, total_s)
        return round(float(out["current"].max()), 4)
