import numpy as np
import pytest

from solution import chain_displacements


def test_end_load_stretches_every_spring_by_force_over_k():
    result = chain_displacements([100, 200, 400], [0, 0, 40])
    np.testing.assert_allclose(result["displacement"], [0.4, 0.6, 0.7], rtol=1e-10)
    np.testing.assert_allclose(result["elongation"], [0.4, 0.2, 0.1], rtol=1e-10)


def test_distributed_loads():
    result = chain_displacements([50, 50], [10, 20])
    np.testing.assert_allclose(result["displacement"], [0.6, 1.0], rtol=1e-10)
    np.testing.assert_allclose(result["elongation"], [0.6, 0.4], rtol=1e-10)


def test_single_spring():
    result = chain_displacements([250.0], [5.0])
    np.testing.assert_allclose(result["displacement"], [0.02])
    assert isinstance(result["displacement"], np.ndarray)


def test_rejects_non_positive_springs():
    with pytest.raises(ValueError):
        chain_displacements([100, 0], [1, 1])
