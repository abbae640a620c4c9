"""Expose shipments tracked with stdlib dataclasses through the public API."""
from dataclasses import dataclass, field
from datetime import date
from typing import List, Optional

from pydantic import BaseModel


@dataclass
class Shipment:
    tracking_code: str
    carrier: str
    shipped_on: date
    delivered_on: Optional[date] = None
    events: List[str] = field(default_factory=list)
    cost_cents: int = 0


class ShipmentResponse(BaseModel):
    tracking_code: str
    carrier: str
    shipped_on: date
    delivered_on: Optional[date] = None
    events: List[str] = []

    class Config:
        orm_mode = True


def shipment_response(shipment: Shipment) -> ShipmentResponse:
    response = ShipmentResponse.from_orm(shipment)
    if response.delivered_on is None:
        response.events = response.events + ["in transit"]
    return response
