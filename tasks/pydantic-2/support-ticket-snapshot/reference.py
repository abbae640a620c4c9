"""Dashboard snapshot of a support queue whose tickets are plain Python objects."""
from typing import List

from pydantic import BaseModel, ConfigDict


class Ticket:
    def __init__(self, number, subject, replies, escalated=False):
        self.number = number
        self.subject = subject
        self.replies = replies
        self.escalated = escalated

    @property
    def reply_count(self):
        return len(self.replies)

    @property
    def priority(self):
        return "high" if self.escalated or len(self.replies) > 3 else "normal"


class TicketRow(BaseModel):
    number: int
    subject: str
    reply_count: int
    priority: str

    model_config = ConfigDict(from_attributes=True)


def snapshot_queue(tickets: List[Ticket]) -> List[TicketRow]:
    """High priority first, then by ticket number."""
    rows = [TicketRow.model_validate(ticket) for ticket in tickets]
    return sorted(rows, key=lambda row: (row.priority != "high", row.number))
