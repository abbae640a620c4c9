from decimal import Decimal

import pytest
from pydantic import ValidationError

from solution import TicketOrder, process_orders


def test_orders_totalled_per_email():
    totals, rejected = process_orders(
        [
            {"buyer": "  Mara Lind ", "email": " Mara@Example.org", "adults": 2, "children": "1"},
            {"buyer": "Mara", "email": "mara@example.org", "concessions": 1, "donation": "5.50"},
            {"buyer": "Tom", "email": "tom@example.org", "adults": 9},
            {"buyer": "X", "email": "x@example.org", "adults": 1},
            {"buyer": "Nobody", "email": "no@example.org"},
            {"buyer": "Ida", "email": "ida@example.org", "concessions": 2, "donation": "1.005"},
        ]
    )
    assert totals == {"mara@example.org": Decimal("63.00")}
    assert rejected == 4


def test_normalisation_and_defaults():
    order = TicketOrder(buyer="  Ana  ", email=" ANA@EXAMPLE.ORG ", adults=1)
    assert order.buyer == "Ana"
    assert order.email == "ana@example.org"
    assert (order.children, order.concessions, order.donation) == (0, 0, Decimal("0"))
    assert order.total() == Decimal("18.00")


@pytest.mark.parametrize(
    "field, value",
    [("concessions", 5), ("children", -1), ("donation", "-1"), ("buyer", " A "), ("buyer", "B" * 41)],
)
def test_limits(field, value):
    form = {"buyer": "Ok Name", "email": "ok@example.org", "adults": 1, field: value}
    with pytest.raises(ValidationError):
        TicketOrder(**form)
