"""Apply promotion rules to basket lines without touching the catalogue prices."""
from decimal import ROUND_HALF_UP, Decimal
from typing import Dict, List

from pydantic import BaseModel


class BasketLine(BaseModel):
    sku: str
    category: str
    quantity: int
    unit_price: Decimal
    promo: str = ""


def apply_promotions(lines: List[BasketLine], percent_off: Dict[str, int]) -> List[BasketLine]:
    """``percent_off`` maps category -> discount percentage. Discounted lines are new objects
    with the reduced unit price (rounded to cents) and the promo code recorded."""
    result = []
    for line in lines:
        percent = percent_off.get(line.category)
        if not percent:
            result.append(line)
            continue
        price = (line.unit_price * (100 - percent) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        result.append(line.copy(update={"unit_price": price, "promo": f"{line.category.upper()}-{percent}"}))
    return result


def basket_total(lines: List[BasketLine]) -> Decimal:
    return sum((line.unit_price * line.quantity for line in lines), Decimal("0.00"))
