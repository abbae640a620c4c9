"""Convert thermistor resistance readings to temperature using a calibration table."""
import numpy as np
from scipy.interpolate import interp1d


class ThermistorCurve:
    def __init__(self, temps_c, resistances_ohm, kind="linear"):
        r = np.asarray(resistances_ohm, dtype=float)
        t = np.asarray(temps_c, dtype=float)
        order = np.argsort(r)
        # interpolate temperature in log-resistance space; outside the table -> NaN
        self._curve = interp1d(np.log(r[order]), t[order], kind=kind, bounds_error=False,
                               fill_value=np.nan)

    def temperature(self, resistance_ohm):
        values = self._curve(np.log(np.asarray(resistance_ohm, dtype=float)))
        return np.round(values, 2)

    def in_range(self, readings):
        return [bool(np.isfinite(t)) for t in np.atleast_1d(self.temperature(readings))]
