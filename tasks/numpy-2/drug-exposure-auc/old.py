"""Pharmacokinetics: drug exposure per patient from sampled plasma concentrations."""
import numpy as np


class ExposureTable:
    def __init__(self, sample_hours, concentrations):
        """``concentrations`` has one row per patient and one column per sampling time."""
        self.hours = np.asarray(sample_hours, dtype=float)
        self.conc = np.atleast_2d(np.asarray(concentrations, dtype=float))
        if self.conc.shape[1] != self.hours.size:
            raise ValueError("one concentration per sampling time is required")

    def auc(self):
        """Area under the concentration-time curve of every patient (mg*h/L)."""
        return np.trapz(self.conc, x=self.hours, axis=1)

    def cmax(self):
        return self.conc.max(axis=1)


def exposure_summary(sample_hours, concentrations):
    table = ExposureTable(sample_hours, concentrations)
    auc = table.auc()
    return {"auc": auc.tolist(), "cmax": table.cmax().tolist(), "highest": int(np.argmax(auc))}
