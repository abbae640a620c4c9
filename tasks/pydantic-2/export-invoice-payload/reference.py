"""Build the JSON-ready payload that is sent to the accounting service."""
from decimal import Decimal
from typing import List

from pydantic import BaseModel


class LineItem(BaseModel):
    description: str
    quantity: int
    unit_price: Decimal


class Invoice(BaseModel):
    number: str
    customer: str
    items: List[LineItem]
    internal_note: str = ""


def invoice_payload(invoice: Invoice) -> dict:
    """Plain-dict payload without the internal note, with the invoice total added."""
    payload = invoice.model_dump(exclude={"internal_note"})
    total = sum((item.quantity * item.unit_price for item in invoice.items), Decimal("0"))
    payload["total"] = str(total.quantize(Decimal("0.01")))
    for item in payload["items"]:
        item["unit_price"] = str(item["unit_price"])
    return payload
