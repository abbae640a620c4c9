"""Injector pulse-width lookup from an engine calibration table (rpm x load)."""
import numpy as np
from scipy import interpolate


class FuelMap:
    def __init__(self, rpm_axis, load_axis, pulse_ms):
        """pulse_ms has one row per load breakpoint and one column per rpm breakpoint."""
        self.rpm_axis = np.asarray(rpm_axis, dtype=float)
        self.load_axis = np.asarray(load_axis, dtype=float)
        table = np.asarray(pulse_ms, dtype=float)
        if table.shape != (self.load_axis.size, self.rpm_axis.size):
            raise ValueError("table shape must be (len(load_axis), len(rpm_axis))")
        self._lookup = interpolate.interp2d(self.rpm_axis, self.load_axis, table, kind="linear")

    def pulse_width(self, rpm, load):
        """Interpolated pulse width (ms); inputs outside the table are clamped to its edges."""
        rpm = float(np.clip(rpm, self.rpm_axis[0], self.rpm_axis[-1]))
        load = float(np.clip(load, self.load_axis[0], self.load_axis[-1]))
        return round(float(self._lookup(rpm, load)[0]), 4)

    def duty_cycle(self, rpm, load):
        """Fraction of a 4-stroke cycle (two revolutions) the injector is open."""
        cycle_ms = 2 * 60000.0 / rpm
        return round(self.pulse_width(rpm, load) / cycle_ms, 4)
