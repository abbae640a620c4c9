"""Convert solver output to real numbers, refusing to silently drop imaginary parts."""
import warnings

import numpy as np


def to_real(values, dtype=np.float64):
    """Cast ``values`` to a real dtype.

    NumPy only warns (ComplexWarning) when a complex array with a non-zero imaginary part is
    cast to a real type; here that is an error, while purely real complex input is accepted.
    """
    arr = np.asarray(values)
    with warnings.catch_warnings():
        warnings.simplefilter("error", np.exceptions.ComplexWarning)
        if np.iscomplexobj(arr) and np.any(arr.imag != 0):
            try:
                return arr.astype(dtype)
            except np.exceptions.ComplexWarning:
                raise ValueError("input has non-zero imaginary parts") from None
        return arr.real.astype(dtype)
