import pytest

from solution import valuation_kpi

SOLD = [200_000, 350_000, 125_000, 600_000]
EST = [210_000, 330_000, 125_000, 540_000]


def test_overall_kpi():
    assert valuation_kpi(SOLD, EST) == {"overall": 0.0651}


def test_kpi_per_region():
    result = valuation_kpi(SOLD, EST, by_region=["north", "south", "north", "south"])
    assert result == {"overall": 0.0651, "north": 0.0345, "south": 0.0853}


def test_negative_prices_rejected():
    with pytest.raises(ValueError):
        valuation_kpi([100.0], [-1.0])
