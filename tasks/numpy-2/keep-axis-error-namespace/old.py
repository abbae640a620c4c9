"""Column means for a spreadsheet import, with a friendly error for bad axes."""
import numpy as np
from numpy.exceptions import AxisError


def column_means(table, axis=0):
    """Mean along ``axis``; returns None instead of raising when the axis does not exist."""
    data = np.asarray(table, dtype=float)
    try:
        return data.mean(axis=axis).tolist()
    except AxisError:
        return None
