from decimal import Decimal

import pytest
from pydantic import ValidationError

from solution import OrderLine


def test_total_is_computed():
    line = OrderLine(sku="BOLT-M6", quantity=250, unit_price="0.12")
    assert line.total == Decimal("30.00")


def test_discount_applied():
    line = OrderLine(sku="NUT-M6", quantity=3, unit_price="9.99", discount_pct=15)
    assert line.total == Decimal("25.47")


def test_matching_total_accepted():
    line = OrderLine(sku="WASHER", quantity=10, unit_price="1.50", total="15.00")
    assert line.total == Decimal("15.00")


def test_wrong_total_rejected():
    with pytest.raises(ValidationError, match="total should be 15.00"):
        OrderLine(sku="WASHER", quantity=10, unit_price="1.50", total="14.00")


def test_invalid_quantity_rejected():
    with pytest.raises(ValidationError) as info:
        OrderLine(sku="WASHER", quantity="ten", unit_price="1.50")
    assert [error["loc"] for error in info.value.errors()] == [("quantity",)]
