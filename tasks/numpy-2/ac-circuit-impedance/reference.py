"""Impedance of simple RLC networks over a sweep of frequencies."""
import numpy as np


def element_impedance(kind, value, freqs):
    omega = 2 * np.pi * np.asarray(freqs, dtype=float)
    z = np.empty(omega.shape, dtype=np.complex128)
    if kind == "R":
        z[:] = value
    elif kind == "L":
        z[:] = 1j * omega * value
    elif kind == "C":
        z[:] = 1 / (1j * omega * value)
    else:
        raise ValueError(f"unknown element {kind!r}")
    return z


def network_impedance(elements, freqs, topology="series"):
    """Total impedance of ``elements`` ([(kind, value), ...]) at each frequency."""
    parts = [element_impedance(kind, value, freqs) for kind, value in elements]
    if topology == "series":
        return np.sum(parts, axis=0)
    if topology == "parallel":
        return 1 / np.sum([1 / z for z in parts], axis=0)
    raise ValueError(f"unknown topology {topology!r}")
