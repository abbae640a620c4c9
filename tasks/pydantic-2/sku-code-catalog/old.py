"""In-memory product catalog keyed by SKU."""
from decimal import Decimal
from typing import Dict

from pydantic import BaseModel, Field


class Product(BaseModel):
    sku: str = Field(..., regex=r"^[A-Z]{3}-\d{4}$")
    name: str
    price: Decimal = Field(..., gt=0)


def add_product(catalog: Dict[str, Product], sku: str, name: str, price) -> Product:
    """Validate and store a product; SKUs are unique and look like 'ABC-1234'."""
    product = Product(sku=sku, name=name, price=price)
    if product.sku in catalog:
        raise ValueError(f"duplicate sku {product.sku}")
    catalog[product.sku] = product
    return product
