"""Guard for in-place kernels: refuse output buffers that may overlap their inputs."""
import numpy as np


def may_overlap(a, b, budget=100):
    """True/False when the overlap of two arrays could be decided within ``budget`` work
    units, None when the check was too expensive to finish."""
    try:
        return bool(np.shares_memory(a, b, max_work=budget))
    except np.exceptions.TooHardError:
        return None


def safe_add_into(out, x, y, budget=100):
    """out[...] = x + y, but copy the inputs first unless they surely do not overlap ``out``."""
    if may_overlap(out, x, budget) is not False:
        x = x.copy()
    if may_overlap(out, y, budget) is not False:
        y = y.copy()
    np.add(x, y, out=out)
    return out
