import pytest

from solution import band_colors, band_edges


def test_four_bands():
    colors = band_colors([0, 700, 800, 1400, 1600, 2300, 3000])
    assert colors == ["#333399", "#333399", "#55dd77", "#55dd77", "#aa926b", "#ffffff", "#ffffff"]


def test_values_outside_range_are_clipped():
    assert band_colors([-250.0, 4800.0]) == ["#333399", "#ffffff"]


def test_custom_range_and_band_count():
    colors = band_colors([0, 400, 1000], n_bands=2, low=0, high=1000)
    assert colors[0] == colors[1]
    assert colors[2] != colors[0]
    assert len(set(band_colors(range(0, 3001, 100), n_bands=6))) == 6


def test_band_edges_and_validation():
    assert band_edges() == [0.0, 750.0, 1500.0, 2250.0, 3000.0]
    with pytest.raises(ValueError):
        band_colors([10], n_bands=1)
