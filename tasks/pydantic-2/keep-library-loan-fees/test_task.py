from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from solution import Loan, overdue_fees

TODAY = date(2024, 4, 30)


def test_fees_per_member():
    records = [
        {"isbn": "9780140449136", "member_id": 7, "borrowed_on": "2024-03-01", "returned_on": "2024-03-26"},
        {"isbn": "9780262033848", "member_id": 7, "borrowed_on": "2024-04-01"},
        {"isbn": "9781492056355", "member_id": "12", "borrowed_on": "2024-03-01", "renewals": 1},
        {"isbn": "9780596007126", "member_id": 3, "borrowed_on": "2024-01-02", "waived_by": "desk"},
        {"isbn": "9780131103627", "member_id": 5, "borrowed_on": "2024-04-20"},
    ]
    assert overdue_fees(records, TODAY) == {
        7: Decimal("3.00"),
        12: Decimal("6.25"),
    }


def test_loan_defaults():
    loan = Loan(isbn="x", member_id=1, borrowed_on=date(2024, 1, 1))
    assert loan.returned_on is None
    assert loan.waived_by is None
    assert loan.tags == []
    assert loan.due_on() == date(2024, 1, 22)
    other = Loan(isbn="y", member_id=2, borrowed_on=date(2024, 1, 1))
    other.tags.append("large-print")
    assert loan.tags == []


def test_missing_borrow_date():
    with pytest.raises(ValidationError):
        overdue_fees([{"isbn": "x", "member_id": 1}], TODAY)
