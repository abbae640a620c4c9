"""Cumulative drug exposure from a plasma concentration profile."""
import numpy as np
from scipy import integrate


class ExposureProfile:
    def __init__(self, hours, concentration):
        self.hours = np.asarray(hours, dtype=float)
        self.conc = np.asarray(concentration, dtype=float)
        if self.hours.shape != self.conc.shape or self.hours.size < 2:
            raise ValueError("need matching time and concentration samples")

    def cumulative_auc(self):
        """AUC from the first sample up to every sample time (mg*h/L), starting at 0."""
        return integrate.cumtrapz(self.conc, self.hours, initial=0)

    def total_auc(self):
        return float(self.cumulative_auc()[-1])

    def time_to_fraction(self, fraction=0.5):
        """First sample time at which ``fraction`` of the total exposure has accumulated."""
        auc = self.cumulative_auc()
        index = int(np.argmax(auc >= fraction * auc[-1]))
        return float(self.hours[index])
