import pytest
from pydantic import ValidationError

from solution import apply_batch


def test_batch_applied():
    stock = {"BOLT-M6": 120, "NUT-M6": 80}
    body = b'[{"sku": "BOLT-M6", "delta": -20, "reason": "order 991"}, {"sku": "NUT-M6", "delta": "15"}, {"sku": "WASHER", "delta": 50}, {"sku": "BOLT-M6", "delta": 5}]'
    assert apply_batch(stock, body) == {"BOLT-M6": 105, "NUT-M6": 95, "WASHER": 50}
    assert stock == {"BOLT-M6": 120, "NUT-M6": 80}


def test_empty_batch():
    assert apply_batch({"A": 1}, b"[]") == {"A": 1}


def test_invalid_item_rejects_whole_batch():
    with pytest.raises(ValidationError):
        apply_batch({"A": 1}, b'[{"sku": "A", "delta": 1}, {"sku": "B"}]')
    with pytest.raises(ValidationError):
        apply_batch({}, b'[{"sku": "A", "delta": 1, "reason": "' + b"x" * 41 + b'"}]')


def test_body_must_be_array():
    with pytest.raises(ValidationError):
        apply_batch({}, b'{"sku": "A", "delta": 1}')


def test_negative_stock():
    with pytest.raises(ValueError, match="NUT-M6 would go negative"):
        apply_batch({"NUT-M6": 3}, b'[{"sku": "NUT-M6", "delta": -2}, {"sku": "NUT-M6", "delta": -2}]')
