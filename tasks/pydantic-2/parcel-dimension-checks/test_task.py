import pytest
from pydantic import ValidationError

from solution import Parcel


def test_sides_are_rounded():
    parcel = Parcel(length=40.04, width=30.06, height=20, weight=2.5)
    assert (parcel.length, parcel.width, parcel.height) == (40.0, 30.1, 20.0)
    assert parcel.weight == 2.5


def test_billable_weight_uses_the_larger_value():
    light_but_big = Parcel(length=100, width=50, height=40, weight=3)
    assert light_but_big.volumetric_weight() == 40.0
    assert light_but_big.billable_weight() == 40.0
    heavy_but_small = Parcel(length=10, width=10, height=10, weight=12.25)
    assert heavy_but_small.billable_weight() == 12.25


@pytest.mark.parametrize("field", ["length", "width", "height"])
def test_each_side_is_checked(field):
    sizes = {"length": 10, "width": 10, "height": 10, "weight": 1}
    sizes[field] = 130
    with pytest.raises(ValidationError, match=r"side must be in \(0, 120.0\] cm"):
        Parcel(**sizes)


def test_weight_limits():
    with pytest.raises(ValidationError, match="weight must be in"):
        Parcel(length=10, width=10, height=10, weight=40)
    with pytest.raises(ValidationError):
        Parcel(length=10, width=10, height=10, weight=0)
