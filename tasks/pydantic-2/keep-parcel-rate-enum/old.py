"""Parcel rate quotes by service level and destination zone."""
from decimal import Decimal
from enum import Enum
from typing import List

from pydantic import BaseModel, Field


class Service(str, Enum):
    ECONOMY = "economy"
    STANDARD = "standard"
    EXPRESS = "express"


class Zone(int, Enum):
    DOMESTIC = 1
    EUROPE = 2
    WORLD = 3


BASE = {Service.ECONOMY: Decimal("3.90"), Service.STANDARD: Decimal("5.90"), Service.EXPRESS: Decimal("14.50")}
PER_KG = {Zone.DOMESTIC: Decimal("0.80"), Zone.EUROPE: Decimal("2.10"), Zone.WORLD: Decimal("4.75")}


class Parcel(BaseModel):
    weight_kg: Decimal = Field(gt=0, le=30)
    service: Service = Service.STANDARD
    zone: Zone = Zone.DOMESTIC


def quote(parcel: Parcel) -> Decimal:
    return (BASE[parcel.service] + PER_KG[parcel.zone] * parcel.weight_kg).quantize(Decimal("0.01"))


def cheaper_alternatives(request: dict) -> List[str]:
    """Quote the requested parcel and every slower service; list "service: price" lines for
    the ones cheaper than the requested service, cheapest first."""
    requested = Parcel(**request)
    requested_price = quote(requested)
    options = []
    for service in Service:
        alternative = Parcel(weight_kg=requested.weight_kg, service=service, zone=requested.zone)
        price = quote(alternative)
        if price < requested_price:
            options.append((price, service.value))
    return [f"{name}: {price}" for price, name in sorted(options)]
