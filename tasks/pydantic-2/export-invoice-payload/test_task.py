from decimal import Decimal

from solution import Invoice, LineItem, invoice_payload


def _invoice():
    return Invoice(
        number="INV-0042",
        customer="Harbor Bakery",
        items=[
            LineItem(description="Flour 25kg", quantity=3, unit_price=Decimal("18.50")),
            LineItem(description="Delivery", quantity=1, unit_price=Decimal("7.25")),
        ],
        internal_note="pays late",
    )


def test_payload_shape_and_total():
    payload = invoice_payload(_invoice())
    assert payload == {
        "number": "INV-0042",
        "customer": "Harbor Bakery",
        "items": [
            {"description": "Flour 25kg", "quantity": 3, "unit_price": "18.50"},
            {"description": "Delivery", "quantity": 1, "unit_price": "7.25"},
        ],
        "total": "62.75",
    }


def test_payload_is_plain_data_and_model_untouched():
    invoice = _invoice()
    payload = invoice_payload(invoice)
    assert type(payload) is dict
    assert all(type(item) is dict for item in payload["items"])
    assert "internal_note" not in payload
    assert invoice.items[0].unit_price == Decimal("18.50")
    assert invoice.internal_note == "pays late"


def test_empty_invoice():
    payload = invoice_payload(Invoice(number="INV-1", customer="Nobody", items=[]))
    assert payload["items"] == []
    assert payload["total"] == "0.00"
