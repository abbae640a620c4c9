import pytest

from solution import grid_mean, normalize_density


def test_triangle_density():
    grid = [0.0, 1.0, 2.0]
    dens = normalize_density(grid, [0.0, 5.0, 0.0])
    assert dens.tolist() == pytest.approx([0.0, 1.0, 0.0])
    assert grid_mean(grid, dens) == pytest.approx(1.0)


def test_negative_weights_clipped_and_uneven_grid():
    grid = [0.0, 0.5, 2.0]
    dens = normalize_density(grid, [2.0, -1.0, 2.0])
    # area of clipped weights [2, 0, 2]: 0.5*(2+0)/2 + 1.5*(0+2)/2 = 2.0
    assert dens.tolist() == pytest.approx([1.0, 0.0, 1.0])


def test_no_mass():
    with pytest.raises(ValueError):
        normalize_density([0.0, 1.0], [-1.0, 0.0])
