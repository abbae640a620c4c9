"""Pick the next support tickets to work on, most pressing first (ORM)."""
from sqlalchemy import Column, Integer, String, case, select
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Ticket(Base):
    __tablename__ = "tickets"
    id = Column(Integer, primary_key=True)
    subject = Column(String(120), nullable=False)
    severity = Column(String(10), nullable=False)
    customer_tier = Column(String(10), nullable=False, default="basic")
    opened_minute = Column(Integer, nullable=False)


def next_tickets(session, limit=3):
    """Subjects ordered by severity, then premium customers first, then oldest first."""
    severity_rank = case(
        [(Ticket.severity == "outage", 0), (Ticket.severity == "high", 1), (Ticket.severity == "normal", 2)],
        else_=3,
    )
    tier_rank = case([(Ticket.customer_tier == "premium", 0)], else_=1)
    query = select(Ticket.subject).order_by(severity_rank, tier_rank, Ticket.opened_minute).limit(limit)
    return list(session.scalars(query))
