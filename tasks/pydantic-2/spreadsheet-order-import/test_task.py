from decimal import Decimal

import pytest
from pydantic import ValidationError

from solution import order_totals

CSV = """Order ID,SKU,Qty,Unit Price
A-100,PEN-1,10,1.20
A-100,PAD-4,2,3.50
B-200,INK-9,1,12.00
"""


def test_totals_from_spreadsheet_only():
    assert order_totals(CSV, []) == {"A-100": Decimal("19.00"), "B-200": Decimal("12.00")}


def test_corrections_replace_and_add_lines():
    totals = order_totals(
        CSV,
        [
            {"order_id": "A-100", "sku": "PAD-4", "quantity": 0, "unit_price": "3.50"},
            {"order_id": "C-300", "sku": "PEN-1", "quantity": 5, "unit_price": Decimal("1.10")},
        ],
    )
    assert totals == {"A-100": Decimal("12.00"), "B-200": Decimal("12.00"), "C-300": Decimal("5.50")}


def test_negative_quantity_in_correction():
    with pytest.raises(ValidationError):
        order_totals(CSV, [{"order_id": "A-100", "sku": "PEN-1", "quantity": -1, "unit_price": "1"}])


def test_empty_sheet():
    assert order_totals("Order ID,SKU,Qty,Unit Price\n", []) == {}
