from decimal import Decimal

import pytest
from pydantic import ValidationError

from solution import PartnerProduct, listable_products

FEED = [
    {"ProductCode": "K-200", "Title": "Kettle", "PriceEUR": "29.9", "Brand": "Brisk"},
    {"ProductCode": "T-010", "Title": "Toaster", "PriceEUR": 24, "InStock": False},
    {"ProductCode": "M-777", "Title": "Mug", "PriceEUR": "6.50"},
    {"ProductCode": "A-001", "Title": "Apron", "PriceEUR": "6.50", "InStock": "yes"},
]


def test_listing_in_price_order():
    assert listable_products(FEED) == [
        "A-001 | Apron | 6.50",
        "M-777 | Mug | 6.50",
        "K-200 | Kettle (Brisk) | 29.90",
    ]


def test_min_price_filter():
    assert listable_products(FEED, Decimal("10")) == ["K-200 | Kettle (Brisk) | 29.90"]
    assert listable_products([]) == []


def test_alias_keys_map_to_attributes():
    product = PartnerProduct(ProductCode="X", Title="Thing", PriceEUR="1.25")
    assert (product.product_code, product.title, product.price, product.in_stock, product.brand) == (
        "X",
        "Thing",
        Decimal("1.25"),
        True,
        None,
    )


def test_invalid_items():
    with pytest.raises(ValidationError):
        listable_products([{"ProductCode": "Z", "Title": "Free", "PriceEUR": 0}])
    with pytest.raises(ValidationError):
        listable_products([{"product_code": "Z", "title": "Snake", "price": 3}])
