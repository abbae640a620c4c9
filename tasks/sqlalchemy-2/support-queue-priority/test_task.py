import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from solution import Base, Ticket, next_tickets


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        s.add_all(
            [
                Ticket(subject="typo on invoice", severity="low", opened_minute=1),
                Ticket(subject="slow dashboard", severity="normal", customer_tier="premium", opened_minute=30),
                Ticket(subject="cannot log in", severity="high", opened_minute=20),
                Ticket(subject="API returns 500", severity="outage", opened_minute=50),
                Ticket(subject="export broken", severity="high", customer_tier="premium", opened_minute=40),
                Ticket(subject="old report bug", severity="normal", opened_minute=5),
            ]
        )
        s.commit()
        yield s


def test_top_three(session):
    assert next_tickets(session) == ["API returns 500", "export broken", "cannot log in"]


def test_full_order(session):
    assert next_tickets(session, limit=10) == [
        "API returns 500",
        "export broken",
        "cannot log in",
        "slow dashboard",
        "old report bug",
        "typo on invoice",
    ]
