"""Read a marketplace partner's product feed, whose JSON keys are PascalCase."""
from decimal import Decimal
from typing import List, Optional

from pydantic import BaseModel, Field


class PartnerProduct(BaseModel):
    product_code: str = Field(alias="ProductCode")
    title: str = Field(alias="Title")
    price: Decimal = Field(alias="PriceEUR", gt=0)
    in_stock: bool = Field(True, alias="InStock")
    brand: Optional[str] = Field(None, alias="Brand")


def listable_products(feed: List[dict], min_price: Decimal = Decimal("0")) -> List[str]:
    """Lines "CODE | Title (Brand) | price" for products in stock, cheapest first."""
    products = [PartnerProduct(**item) for item in feed]
    lines = []
    for product in sorted(products, key=lambda p: (p.price, p.product_code)):
        if not product.in_stock or product.price < min_price:
            continue
        title = f"{product.title} ({product.brand})" if product.brand else product.title
        lines.append(f"{product.product_code} | {title} | {product.price:.2f}")
    return lines
