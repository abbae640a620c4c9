from datetime import datetime
from types import SimpleNamespace

import pytest
from pydantic import ValidationError

from solution import serialize_order


def _order(lines):
    return SimpleNamespace(order_id=501, placed_at=datetime(2024, 3, 9, 14, 30), customer="ignored", lines=lines)


def test_order_with_line_objects():
    order = _order(
        [
            SimpleNamespace(product="kettle", quantity=1, warehouse="B"),
            SimpleNamespace(product="mug", quantity=4, warehouse="A"),
        ]
    )
    assert serialize_order(order) == {
        "id": 501,
        "placed": "2024-03-09T14:30:00",
        "items": {"kettle": 1, "mug": 4},
        "units": 5,
    }


def test_order_without_lines():
    assert serialize_order(_order([]))["units"] == 0


def test_bad_line_rejected():
    with pytest.raises(ValidationError):
        serialize_order(_order([SimpleNamespace(product="mug", quantity="many")]))
