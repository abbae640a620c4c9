"""Price a hotel stay from a booking request."""
from datetime import date

from pydantic import BaseModel, root_validator

NIGHTLY_RATE = {"single": 80, "double": 120, "suite": 260}


class StayRequest(BaseModel):
    room: str
    check_in: date
    check_out: date
    guests: int = 1

    @root_validator
    def dates_in_order(cls, values):
        check_in, check_out = values.get("check_in"), values.get("check_out")
        if check_in and check_out and check_out <= check_in:
            raise ValueError("check_out must be after check_in")
        if values.get("room") == "single" and values.get("guests", 1) > 1:
            raise ValueError("a single room takes one guest")
        return values


def quote_stay(request: dict) -> dict:
    stay = StayRequest(**request)
    nights = (stay.check_out - stay.check_in).days
    return {"nights": nights, "total": nights * NIGHTLY_RATE[stay.room]}
