"""Windowed-sinc low-pass filter design for a sensor front end."""
from dataclasses import dataclass

import numpy as np
from scipy.signal import lfilter
from scipy.signal.windows import kaiser


@dataclass
class LowpassDesign:
    cutoff_hz: float
    sample_rate_hz: float
    numtaps: int = 31
    beta: float = 6.0

    def taps(self):
        if self.numtaps % 2 == 0:
            raise ValueError("use an odd number of taps for a type I filter")
        nyquist = self.sample_rate_hz / 2.0
        if not 0 < self.cutoff_hz < nyquist:
            raise ValueError("cutoff must lie between 0 and Nyquist")
        fc = self.cutoff_hz / self.sample_rate_hz
        n = np.arange(self.numtaps) - (self.numtaps - 1) / 2
        ideal = 2 * fc * np.sinc(2 * fc * n)
        h = ideal * kaiser(self.numtaps, self.beta)
        return h / h.sum()

    def apply(self, samples):
        return lfilter(self.taps(), [1.0], np.asarray(samples, dtype=float))
