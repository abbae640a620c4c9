from decimal import Decimal

import pytest
from pydantic import ValidationError

from solution import Amount, parse_amount


def test_text_amount():
    amount = parse_amount(" 12.50 eur")
    assert isinstance(amount, Amount)
    assert amount.value == Decimal("12.50")
    assert amount.currency == "EUR"


def test_mapping_amount():
    amount = parse_amount({"value": 3, "currency": " Chf "})
    assert amount.value == Decimal("3")
    assert amount.currency == "CHF"


def test_unknown_currency():
    with pytest.raises(ValidationError, match="unknown currency XYZ"):
        parse_amount("1 xyz")


def test_currency_must_be_text():
    with pytest.raises(ValidationError, match="currency must be a string code"):
        parse_amount({"value": "1", "currency": 978})


def test_bad_number():
    with pytest.raises(ValidationError):
        parse_amount("lots usd")
