import pandas as pd
import pytest

from solution import SchemaValidator

RULES = {
    "order_id": {"numeric": True, "required": True, "min": 1},
    "quantity": {"numeric": True, "min": 1, "max": 100},
    "customer": {"required": True},
}


def test_clean_frame_passes_through():
    frame = pd.DataFrame({"order_id": [1, 2], "quantity": [3, 100], "customer": ["ann", "bo"]})
    validator = SchemaValidator(RULES)
    assert validator.errors(frame) == []
    assert validator.validate(frame) is frame


def test_problems_are_reported_in_column_order():
    frame = pd.DataFrame(
        {
            "customer": ["ann", None, None],
            "quantity": [0, 250, 101],
            "order_id": [1.0, None, 3.0],
            "coupon": ["", "X", ""],
        }
    )
    assert SchemaValidator(RULES).errors(frame) == [
        "customer: 2 missing value(s)",
        "quantity: 1 value(s) below 1",
        "quantity: 2 value(s) above 100",
        "order_id: 1 missing value(s)",
        "coupon: unexpected column",
    ]


def test_missing_and_text_columns_raise():
    frame = pd.DataFrame({"order_id": ["A1", "A2"], "customer": ["x", "y"]})
    validator = SchemaValidator(RULES)
    assert validator.errors(frame) == ["quantity: missing column", "order_id: expected numbers, got object"]
    with pytest.raises(ValueError, match="quantity: missing column; order_id"):
        validator.validate(frame)
