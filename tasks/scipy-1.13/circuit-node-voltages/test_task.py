import numpy as np
import pytest

from solution import ResistorNetwork


def test_bridge_with_branch():
    net = ResistorNetwork(4)
    net.add_resistor(0, 1, 100)
    net.add_resistor(1, 2, 200)
    net.add_resistor(2, 0, 300)
    net.add_resistor(2, 3, 50)
    net.inject(3, 0.01)
    np.testing.assert_allclose(net.voltages(), [0.0, 0.5, 1.5, 2.0], rtol=1e-9, atol=1e-12)


def test_triangle():
    net = ResistorNetwork(3)
    net.add_resistor(1, 0, 1000)
    net.add_resistor(1, 2, 1000)
    net.add_resistor(2, 0, 1000)
    net.inject(1, 0.003)
    v = net.voltages()
    assert v.shape == (3,)
    np.testing.assert_allclose(v, [0.0, 2.0, 1.0], rtol=1e-9, atol=1e-12)


def test_rejects_bad_resistor():
    with pytest.raises(ValueError):
        ResistorNetwork(2).add_resistor(0, 1, 0)
