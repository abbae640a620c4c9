"""Public staff directory built from the HR system's employee objects."""
from typing import List

from pydantic import BaseModel


class EmployeeRecord:
    """What the HR library hands us (not a pydantic model)."""

    def __init__(self, emp_id, first, last, team, salary):
        self.id = emp_id
        self.first_name = first
        self.last_name = last
        self.team = team
        self.salary = salary


class DirectoryEntry(BaseModel):
    id: int
    first_name: str
    last_name: str
    team: str

    class Config:
        orm_mode = True


def directory_listing(records: List[EmployeeRecord], team: str = None) -> List[DirectoryEntry]:
    """Entries sorted by last name; salaries never leave the HR system."""
    entries = [DirectoryEntry.from_orm(record) for record in records if team in (None, record.team)]
    return sorted(entries, key=lambda entry: (entry.last_name, entry.first_name))
