"""Turn order objects loaded by the data-access layer into API responses."""
from datetime import datetime
from typing import List

from pydantic import BaseModel


class LineOut(BaseModel):
    product: str
    quantity: int

    class Config:
        orm_mode = True


class OrderOut(BaseModel):
    order_id: int
    placed_at: datetime
    lines: List[LineOut]

    class Config:
        orm_mode = True


def serialize_order(order) -> dict:
    """``order`` is any object with order_id, placed_at and a ``lines`` list of line objects."""
    out = OrderOut.from_orm(order)
    return {
        "id": out.order_id,
        "placed": out.placed_at.isoformat(),
        "items": {line.product: line.quantity for line in out.lines},
        "units": sum(line.quantity for line in out.lines),
    }
