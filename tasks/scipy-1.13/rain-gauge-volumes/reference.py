"""Storm rainfall depth and runoff volume per catchment from gauge intensities."""
import numpy as np
import scipy.integrate


class StormEvent:
    def __init__(self, hours, intensities_mm_h, catchments):
        """``intensities_mm_h`` has one row per gauge; ``catchments`` lists (name, area_km2)."""
        self.hours = np.asarray(hours, dtype=float)
        self.intensity = np.atleast_2d(np.asarray(intensities_mm_h, dtype=float))
        if self.intensity.shape != (len(catchments), self.hours.size):
            raise ValueError("one intensity row per catchment, one column per time")
        self.catchments = list(catchments)

    def depths_mm(self):
        return scipy.integrate.trapezoid(self.intensity, x=self.hours, axis=1)

    def volumes_m3(self, runoff_coefficient=0.35):
        """Runoff volume: depth (mm -> m) x area (km2 -> m2) x runoff coefficient."""
        areas = np.array([area for _, area in self.catchments]) * 1e6
        volumes = self.depths_mm() / 1000.0 * areas * runoff_coefficient
        return {name: round(float(v), 1) for (name, _), v in zip(self.catchments, volumes)}
