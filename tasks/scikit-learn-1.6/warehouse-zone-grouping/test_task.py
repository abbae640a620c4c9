import pytest

from solution import assign_zones

BINS = {
    "A01": (0, 0), "A02": (1, 0), "A03": (0, 2),
    "B01": (10, 10), "B02": (11, 9), "B03": (12, 11),
    "C01": (20, 0), "C02": (21, 1),
}


def test_three_zones():
    assert assign_zones(BINS, 3) == {
        "Z1": ["A01", "A02", "A03"],
        "Z2": ["B01", "B02", "B03"],
        "Z3": ["C01", "C02"],
    }


def test_two_zones_merge_closest_groups():
    zones = assign_zones(BINS, 2)
    assert sorted(len(v) for v in zones.values()) == [3, 5]
    assert zones["Z1"][0] == "A01"


def test_single_zone_and_bounds():
    assert assign_zones(BINS, 1) == {"Z1": sorted(BINS)}
    with pytest.raises(ValueError):
        assign_zones(BINS, 0)
