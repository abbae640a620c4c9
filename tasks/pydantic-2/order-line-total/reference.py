"""Order lines for a wholesale shop; the line total is derived when the client omits it."""
from decimal import Decimal
from typing import Optional

from pydantic import BaseModel, model_validator


class OrderLine(BaseModel):
    sku: str
    quantity: int
    unit_price: Decimal
    discount_pct: int = 0
    total: Optional[Decimal] = None

    @model_validator(mode="after")
    def fill_total(self):
        expected = (self.quantity * self.unit_price * (100 - self.discount_pct) / 100).quantize(Decimal("0.01"))
        if self.total is None:
            self.total = expected
        elif self.total != expected:
            raise ValueError(f"total should be {expected}")
        return self
