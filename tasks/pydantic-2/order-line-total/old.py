"""Order lines for a wholesale shop; the line total is derived when the client omits it."""
from decimal import Decimal
from typing import Optional

from pydantic import BaseModel, root_validator


class OrderLine(BaseModel):
    sku: str
    quantity: int
    unit_price: Decimal
    discount_pct: int = 0
    total: Optional[Decimal] = None

    @root_validator
    def fill_total(cls, values):
        quantity, price = values.get("quantity"), values.get("unit_price")
        if quantity is None or price is None:
            return values
        expected = (quantity * price * (100 - values.get("discount_pct", 0)) / 100).quantize(Decimal("0.01"))
        if values.get("total") is None:
            values["total"] = expected
        elif values["total"] != expected:
            raise ValueError(f"total should be {expected}")
        return values
