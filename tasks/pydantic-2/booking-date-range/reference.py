"""Price a hotel stay from a booking request."""
from datetime import date

from pydantic import BaseModel, model_validator

NIGHTLY_RATE = {"single": 80, "double": 120, "suite": 260}


class StayRequest(BaseModel):
    room: str
    check_in: date
    check_out: date
    guests: int = 1

    @model_validator(mode="after")
    def dates_in_order(self):
        if self.check_out <= self.check_in:
            raise ValueError("check_out must be after check_in")
        if self.room == "single" and self.guests > 1:
            raise ValueError("a single room takes one guest")
        return self


def quote_stay(request: dict) -> dict:
    stay = StayRequest(**request)
    nights = (stay.check_out - stay.check_in).days
    return {"nights": nights, "total": nights * NIGHTLY_RATE[stay.room]}
