from decimal import Decimal

import pytest
from pydantic import ValidationError

from solution import Product, add_product


def test_valid_products_are_stored():
    catalog = {}
    first = add_product(catalog, "LMP-0001", "Desk lamp", "24.90")
    add_product(catalog, "CHR-1200", "Office chair", 149)
    assert isinstance(first, Product)
    assert sorted(catalog) == ["CHR-1200", "LMP-0001"]
    assert catalog["LMP-0001"].price == Decimal("24.90")


@pytest.mark.parametrize("sku", ["lmp-0001", "LMP-01", "LMP0001", "LMPX-0001", "XLMP-00011", " LMP-0001"])
def test_malformed_sku_rejected(sku):
    catalog = {}
    with pytest.raises(ValidationError):
        add_product(catalog, sku, "Lamp", 1)
    assert catalog == {}


def test_duplicate_and_bad_price():
    catalog = {}
    add_product(catalog, "LMP-0001", "Desk lamp", 10)
    with pytest.raises(ValueError, match="duplicate sku LMP-0001"):
        add_product(catalog, "LMP-0001", "Other", 10)
    with pytest.raises(ValidationError):
        add_product(catalog, "LMP-0002", "Free lamp", 0)
