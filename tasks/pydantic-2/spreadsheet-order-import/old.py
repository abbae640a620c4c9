"""Import orders from the sales team's spreadsheet export and apply manual corrections."""
import csv
import io
from decimal import Decimal
from typing import Dict, List

from pydantic import BaseModel, Field


class OrderLine(BaseModel):
    order_id: str = Field(alias="Order ID")
    sku: str = Field(alias="SKU")
    quantity: int = Field(alias="Qty", ge=0)
    unit_price: Decimal = Field(alias="Unit Price")

    class Config:
        allow_population_by_field_name = True


def order_totals(csv_text: str, corrections: List[dict]) -> Dict[str, Decimal]:
    """Total per order id. The CSV uses the spreadsheet headers; each correction is a line
    written by our support tool (keyed by field name) that replaces the line with the same
    order id and sku, or adds it."""
    lines = {}
    for row in csv.DictReader(io.StringIO(csv_text)):
        line = OrderLine(**row)
        lines[(line.order_id, line.sku)] = line
    for fix in corrections:
        line = OrderLine(**fix)
        lines[(line.order_id, line.sku)] = line
    totals: Dict[str, Decimal] = {}
    for (order_id, _), line in sorted(lines.items()):
        totals[order_id] = totals.get(order_id, Decimal("0")) + line.quantity * line.unit_price
    return totals
