"""Bulk import of club members from a spreadsheet export; bad rows are reported, not fatal."""
from datetime import date
from typing import List, Tuple

from pydantic import BaseModel, ValidationError


class Member(BaseModel):
    member_no: int
    name: str
    joined: date
    fee_paid: bool = False


def import_members(rows: List[dict]) -> Tuple[List[Member], List[str]]:
    """Return the valid members and one 'row N: field, field' line per rejected row (1-based)."""
    members, problems = [], []
    for number, row in enumerate(rows, start=1):
        try:
            members.append(Member.parse_obj(row))
        except ValidationError as exc:
            fields = sorted({str(error["loc"][0]) for error in exc.errors()})
            problems.append(f"row {number}: {', '.join(fields)}")
    return members, problems
