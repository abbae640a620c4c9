"""Frequency table of dice rolls for a board-game statistics page."""
import numpy as np


def roll_frequencies(rolls, sides=6):
    """Relative frequency of each face 1..sides, plus the chi-square statistic vs a fair die."""
    values = np.array(rolls, dtype=np.int64, copy=False)
    if values.size == 0:
        raise ValueError("no rolls")
    if values.min() < 1 or values.max() > sides:
        raise ValueError("roll outside 1..%d" % sides)
    counts = np.bincount(values, minlength=sides + 1)[1:]
    expected = values.size / sides
    chi2 = float(((counts - expected) ** 2 / expected).sum())
    return {face: counts[face - 1] / values.size for face in range(1, sides + 1)}, chi2
