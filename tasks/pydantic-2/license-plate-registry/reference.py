"""Parking permits: plates are normalized before they are checked and stored."""
from typing import Dict, List

from pydantic import BaseModel, constr

Plate = constr(strip_whitespace=True, to_upper=True, pattern=r"^[A-Za-z]{1,3}-[A-Za-z]{1,2}-\d{1,4}$")


class Permit(BaseModel):
    plate: Plate
    zone: int


class PlateRegistry:
    def __init__(self):
        self._zones: Dict[str, List[int]] = {}

    def grant(self, plate: str, zone: int) -> str:
        permit = Permit(plate=plate, zone=zone)
        zones = self._zones.setdefault(permit.plate, [])
        if permit.zone not in zones:
            zones.append(permit.zone)
            zones.sort()
        return permit.plate

    def zones_for(self, plate: str) -> List[int]:
        return list(self._zones.get(plate.strip().upper(), []))
