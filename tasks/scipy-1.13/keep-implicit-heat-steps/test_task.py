import numpy as np

from solution import implicit_heat


def test_snapshots_of_spreading_pulse():
    snaps = implicit_heat([0, 0, 100, 0, 0], 1.0, 1.0, 0.5, 4, record_every=2)
    assert snaps.shape == (3, 5)
    np.testing.assert_allclose(snaps[0], [0, 0, 100, 0, 0])
    np.testing.assert_allclose(snaps[1], [15.277778, 22.222222, 40.277778, 22.222222, 15.277778], atol=1e-6)
    np.testing.assert_allclose(snaps[2], [22.183642, 24.691358, 28.433642, 24.691358, 22.183642], atol=1e-6)


def test_heat_is_conserved_with_insulated_ends():
    snaps = implicit_heat([10, 30, 0, 5, 80, 0], 0.8, 0.5, 0.1, 25, record_every=5)
    weights = np.array([0.5, 1, 1, 1, 1, 0.5])
    np.testing.assert_allclose(snaps @ weights, np.full(6, snaps[0] @ weights), rtol=1e-10)
    assert np.ptp(snaps[-1]) < np.ptp(snaps[0])


def test_uniform_field_stays_uniform():
    np.testing.assert_allclose(implicit_heat([7.0] * 4, 2.0, 1.0, 1.0, 3)[-1], [7.0] * 4)
