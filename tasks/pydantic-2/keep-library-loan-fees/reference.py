"""Overdue fees for a small lending library; loan records come from the circulation export."""
from datetime import date
from decimal import Decimal
from typing import Dict, List, Optional

from pydantic import BaseModel, Field

LOAN_DAYS = 21
RENEWAL_DAYS = 14
FEE_PER_DAY = Decimal("0.25")


class Loan(BaseModel):
    isbn: str
    member_id: int
    borrowed_on: date
    returned_on: Optional[date] = None
    renewals: int = 0
    waived_by: Optional[str] = None
    tags: List[str] = Field(default_factory=list)

    def due_on(self) -> date:
        return date.fromordinal(self.borrowed_on.toordinal() + LOAN_DAYS + RENEWAL_DAYS * self.renewals)


def overdue_fees(records: List[dict], today: date) -> Dict[int, Decimal]:
    """Fee per member id for late loans (returned late, or still out past the due date)."""
    fees: Dict[int, Decimal] = {}
    for record in records:
        loan = Loan(**record)
        if loan.waived_by is not None:
            continue
        end = loan.returned_on or today
        late_days = (end - loan.due_on()).days
        if late_days > 0:
            fees[loan.member_id] = fees.get(loan.member_id, Decimal("0")) + late_days * FEE_PER_DAY
    return dict(sorted(fees.items()))
