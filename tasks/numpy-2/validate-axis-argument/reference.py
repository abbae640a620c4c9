"""Moving average along any axis of a multi-channel recording."""
import numpy as np


def _check_axis(axis, ndim):
    if not -ndim <= axis < ndim:
        raise np.exceptions.AxisError(axis, ndim)
    return axis % ndim


def moving_average(signal, window, axis=-1):
    """Mean over a sliding ``window`` along ``axis`` (mode 'valid', no padding)."""
    arr = np.asarray(signal, dtype=float)
    axis = _check_axis(axis, arr.ndim)
    if not 1 <= window <= arr.shape[axis]:
        raise ValueError("window must be between 1 and the length of the axis")
    csum = np.cumsum(np.moveaxis(arr, axis, -1), axis=-1)
    csum = np.concatenate([np.zeros(csum.shape[:-1] + (1,)), csum], axis=-1)
    out = (csum[..., window:] - csum[..., :-window]) / window
    return np.moveaxis(out, -1, axis)
