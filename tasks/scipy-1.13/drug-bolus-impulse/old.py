"""Plasma concentration after an IV bolus in a two-compartment pharmacokinetic model."""
import numpy as np
import scipy.signal as sig


class BolusModel:
    def __init__(self, k10, k12, k21, volume_l):
        self.volume_l = volume_l
        # states: drug amount in central and peripheral compartments (mg)
        self.A = np.array([[-(k10 + k12), k21], [k12, -k21]])
        self.B = np.array([[1.0], [0.0]])
        self.C = np.array([[1.0 / volume_l, 0.0]])
        self.D = np.array([[0.0]])

    def concentration(self, dose_mg, hours, step_h=0.25):
        """Central concentration (mg/L) at 0, step_h, ... up to hours."""
        t = np.arange(0.0, hours + step_h / 2, step_h)
        t, y = sig.impulse2((self.A, self.B, self.C, self.D), T=t)
        return t, dose_mg * y

    def hours_above(self, dose_mg, threshold, hours=24.0):
        t, c = self.concentration(dose_mg, hours, step_h=0.05)
        return round(float(np.count_nonzero(c >= threshold) * 0.05), 2)
