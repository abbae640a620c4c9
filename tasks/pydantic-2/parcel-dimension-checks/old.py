"""Parcel intake for a courier: dimensions in cm, weight in kg."""
from pydantic import BaseModel, validator

MAX_SIDE_CM = 120.0
MAX_WEIGHT_KG = 31.5


class Parcel(BaseModel):
    length: float
    width: float
    height: float
    weight: float

    @validator("length", "width", "height")
    def side_within_limits(cls, value):
        if value <= 0 or value > MAX_SIDE_CM:
            raise ValueError(f"side must be in (0, {MAX_SIDE_CM}] cm")
        return round(value, 1)

    @validator("weight")
    def weight_within_limits(cls, value):
        if value <= 0 or value > MAX_WEIGHT_KG:
            raise ValueError(f"weight must be in (0, {MAX_WEIGHT_KG}] kg")
        return value

    def volumetric_weight(self) -> float:
        return round(self.length * self.width * self.height / 5000, 2)

    def billable_weight(self) -> float:
        return max(self.weight, self.volumetric_weight())
