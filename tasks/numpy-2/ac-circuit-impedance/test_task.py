import numpy as np
import pytest

from solution import network_impedance


def test_series_rl():
    z = network_impedance([("R", 50.0), ("L", 1.0 / (2 * np.pi))], [1.0, 10.0])
    assert z.dtype == np.dtype("complex128")
    assert z.real.tolist() == pytest.approx([50.0, 50.0])
    assert z.imag.tolist() == pytest.approx([1.0, 10.0])


def test_parallel_resistors_and_capacitor():
    z = network_impedance([("R", 100.0), ("R", 100.0)], [5.0], topology="parallel")
    assert z[0] == pytest.approx(50.0 + 0j)
    zc = network_impedance([("C", 1.0 / (2 * np.pi))], [2.0])
    assert zc[0].real == pytest.approx(0.0)
    assert zc[0].imag == pytest.approx(-0.5)


def test_errors():
    with pytest.raises(ValueError):
        network_impedance([("X", 1.0)], [1.0])
    with pytest.raises(ValueError):
        network_impedance([("R", 1.0)], [1.0], topology="delta")
