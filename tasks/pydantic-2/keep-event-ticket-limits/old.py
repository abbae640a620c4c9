"""Ticket orders for a community event, with per-order limits enforced by the model."""
from decimal import Decimal
from typing import Dict, List, Tuple

from pydantic import BaseModel, Field, ValidationError, conint, constr

PRICES = {"adult": Decimal("18.00"), "child": Decimal("9.00"), "concession": Decimal("12.50")}


class TicketOrder(BaseModel):
    buyer: constr(strip_whitespace=True, min_length=2, max_length=40)
    email: constr(strip_whitespace=True, to_lower=True, min_length=5)
    adults: conint(ge=0, le=8) = 0
    children: conint(ge=0, le=8) = 0
    concessions: int = Field(0, ge=0, le=4)
    donation: Decimal = Field(Decimal("0"), ge=0, max_digits=7, decimal_places=2)

    def total(self) -> Decimal:
        return (
            self.adults * PRICES["adult"]
            + self.children * PRICES["child"]
            + self.concessions * PRICES["concession"]
            + self.donation
        )


def process_orders(forms: List[dict]) -> Tuple[Dict[str, Decimal], int]:
    """Totals keyed by normalised email (later orders from the same email add up), plus the
    number of rejected forms. Orders without any ticket are rejected as well."""
    totals: Dict[str, Decimal] = {}
    rejected = 0
    for form in forms:
        try:
            order = TicketOrder(**form)
        except ValidationError:
            rejected += 1
            continue
        if order.adults + order.children + order.concessions == 0:
            rejected += 1
            continue
        totals[order.email] = totals.get(order.email, Decimal("0")) + order.total()
    return totals, rejected
