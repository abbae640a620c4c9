import numpy as np

from solution import denoise_on_graph


def test_path_graph_spike_is_spread():
    out = denoise_on_graph([1.0, 5.0, 1.0, 1.0], [(0, 1), (1, 2), (2, 3)], smoothness=1.0)
    np.testing.assert_allclose(out, [1.952381, 2.904762, 1.761905, 1.380952], atol=2e-6)
    assert abs(out.sum() - 8.0) < 1e-5


def test_two_components_are_independent():
    out = denoise_on_graph([0.0, 3.0, 6.0, 2.0, 2.0], [(0, 1), (1, 2), (2, 0), (3, 4)], smoothness=0.5)
    np.testing.assert_allclose(out, [1.8, 3.0, 4.2, 2.0, 2.0], atol=2e-6)


def test_zero_smoothness_returns_input():
    np.testing.assert_allclose(denoise_on_graph([1.5, -2.0, 0.25], [(0, 1), (1, 2)], 0.0), [1.5, -2.0, 0.25])
