"""Take-off ground roll from a manufacturer's table (pressure altitude x temperature)."""
import numpy as np
from scipy.interpolate import interp2d


class TakeoffTable:
    def __init__(self, altitudes_ft, temps_c, roll_ft):
        """roll_ft[i][j]: ground roll at altitudes_ft[i] and temps_c[j] (max weight, no wind)."""
        self.altitudes_ft = list(altitudes_ft)
        self.temps_c = list(temps_c)
        self._table = interp2d(temps_c, altitudes_ft, roll_ft, kind="linear", bounds_error=True)

    def ground_roll(self, altitude_ft, temp_c, headwind_kt=0.0):
        """Interpolated roll, reduced 10% per 9 kt of headwind, rounded up to 5 ft."""
        base = float(self._table(temp_c, altitude_ft)[0])
        factor = max(0.0, 1.0 - 0.10 * headwind_kt / 9.0)
        return int(np.ceil(base * factor / 5.0) * 5)

    def runway_ok(self, runway_ft, altitude_ft, temp_c, headwind_kt=0.0, margin=1.5):
        return self.ground_roll(altitude_ft, temp_c, headwind_kt) * margin <= runway_ft
