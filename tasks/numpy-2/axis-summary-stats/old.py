"""Per-axis summary statistics for a dashboard that lets users pick the axis."""
import numpy as np


def summarize(data, axis):
    """Mean, min and max of ``data`` along ``axis`` (an int chosen by the user).

    An axis that does not exist is reported as a ValueError whose message lists the valid
    choices, because the message is shown to the user verbatim.
    """
    arr = np.asarray(data, dtype=float)
    try:
        return {
            "mean": arr.mean(axis=axis).tolist(),
            "min": arr.min(axis=axis).tolist(),
            "max": arr.max(axis=axis).tolist(),
        }
    except np.AxisError:
        choices = ", ".join(str(i) for i in range(-arr.ndim, arr.ndim))
        raise ValueError(f"axis {axis} is not valid here; choose one of: {choices}") from None
