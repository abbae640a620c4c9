from decimal import Decimal

import pytest
from pydantic import ValidationError

from solution import Parcel, Service, Zone, cheaper_alternatives, quote


def test_enum_values_are_parsed():
    parcel = Parcel(weight_kg="2.5", service="express", zone=2)
    assert parcel.service is Service.EXPRESS
    assert parcel.zone is Zone.EUROPE
    assert quote(parcel) == Decimal("19.75")


def test_defaults():
    parcel = Parcel(weight_kg=1)
    assert (parcel.service, parcel.zone) == (Service.STANDARD, Zone.DOMESTIC)
    assert quote(parcel) == Decimal("6.70")


def test_cheaper_alternatives():
    assert cheaper_alternatives({"weight_kg": "4", "service": "express", "zone": 3}) == [
        "economy: 22.90",
        "standard: 24.90",
    ]
    assert cheaper_alternatives({"weight_kg": 1, "service": "economy"}) == []


@pytest.mark.parametrize("bad", [{"weight_kg": 1, "service": "overnight"}, {"weight_kg": 1, "zone": 4}, {"weight_kg": 31}])
def test_rejected(bad):
    with pytest.raises(ValidationError):
        cheaper_alternatives(bad)
