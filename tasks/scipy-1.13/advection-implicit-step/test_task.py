import numpy as np
import pytest

from solution import advect_diffuse


def test_pulse_moves_downstream_and_conserves_mass():
    u0 = np.zeros(20)
    u0[2:5] = 1.0
    u = advect_diffuse(u0, 1.0, 0.01, 0.1, 0.05, 10)
    assert int(np.argmax(u)) == 7
    assert u.sum() == pytest.approx(3.0, rel=1e-9)
    np.testing.assert_allclose(
        u[5:10], [0.2995531856, 0.3807832686, 0.4126943432, 0.3943042102, 0.3403407435], rtol=1e-7
    )
    assert u[0] == pytest.approx(0.0029712632, rel=1e-6)


def test_uniform_field_is_steady():
    np.testing.assert_allclose(advect_diffuse([1.0] * 8, 2.0, 0.1, 0.5, 0.1, 3), np.ones(8), rtol=1e-10)
