"""Compute shelf prices from a supplier's product feed."""
from decimal import Decimal
from typing import Dict, List, Union

from pydantic import BaseModel


class FeedItem(BaseModel):
    ean: str
    list_price: Decimal
    sale_price: Union[Decimal, None]
    vat_rate: Union[Decimal, None]


DEFAULT_VAT = Decimal("0.19")


def effective_prices(items: List[dict]) -> Dict[str, Decimal]:
    """Gross price per EAN: the sale price if there is one, plus VAT (default 19%)."""
    prices = {}
    for raw in items:
        item = FeedItem(**raw)
        net = item.sale_price if item.sale_price is not None else item.list_price
        vat = item.vat_rate if item.vat_rate is not None else DEFAULT_VAT
        prices[item.ean] = (net * (1 + vat)).quantize(Decimal("0.01"))
    return prices
