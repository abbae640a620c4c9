"""Report lab measurements with a fixed number of significant figures."""
import math

import pandas as pd


def _significant(value, digits):
    if pd.isna(value) or value == 0:
        return value
    magnitude = math.floor(math.log10(abs(value)))
    return round(value, digits - 1 - magnitude)


def lab_report(measurements, digits=3, limits=None):
    """One row per sample; values rounded to ``digits`` significant figures.

    With ``limits`` ({analyte: maximum}), an ``exceeds`` column lists the analytes over their limit.
    """
    frame = pd.DataFrame(measurements).set_index("sample").astype(float)
    report = frame.map(_significant, digits=digits)
    if limits:
        over = report[list(limits)].gt(pd.Series(limits))
        report["exceeds"] = [", ".join(over.columns[row]) for row in over.to_numpy()]
    return report
