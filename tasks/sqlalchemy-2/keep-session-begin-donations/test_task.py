import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import Session

from solution import Base, Campaign, Donation, record_donation


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    Base.metadata.create_all(eng)
    with Session(eng) as s:
        s.add_all([Campaign(name="roof", goal_cents=50000), Campaign(name="books", goal_cents=1000)])
        s.commit()
    return eng


def test_totals_and_goal(engine):
    assert record_donation(engine, "roof", 20000, "Ines") == (20000, False)
    assert record_donation(engine, "books", 1500) == (1500, True)
    assert record_donation(engine, "roof", 30000, "Jack") == (50000, True)
    with Session(engine) as s:
        rows = s.execute(select(Donation.donor, Donation.cents).order_by(Donation.id)).all()
        assert [tuple(r) for r in rows] == [("Ines", 20000), (None, 1500), ("Jack", 30000)]


def test_invalid_donations(engine):
    with pytest.raises(ValueError):
        record_donation(engine, "roof", 0)
    with pytest.raises(NoResultFound):
        record_donation(engine, "garden", 100)
    with Session(engine) as s:
        assert s.scalars(select(Donation)).all() == []
