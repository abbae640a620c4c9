import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from solution import Base, Bin, Stock, transfer


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        s.add_all([Bin(code="A1", capacity=50), Bin(code="B2", capacity=10)])
        s.add_all(
            [
                Stock(bin_code="A1", item="gloves", count=30),
                Stock(bin_code="A1", item="masks", count=8),
                Stock(bin_code="B2", item="masks", count=2),
            ]
        )
        s.commit()
        yield s


def _contents(session):
    rows = session.execute(select(Stock.bin_code, Stock.item, Stock.count).order_by(Stock.bin_code, Stock.item))
    return [tuple(r) for r in rows]


def test_transfer_merges_and_empties(session):
    transfer(session, "masks", "A1", "B2", 8)
    assert _contents(session) == [("A1", "gloves", 30), ("B2", "masks", 10)]


def test_transfer_to_new_item_line(session):
    transfer(session, "gloves", "A1", "B2", 5)
    assert _contents(session) == [("A1", "gloves", 25), ("A1", "masks", 8), ("B2", "gloves", 5), ("B2", "masks", 2)]


def test_rejected_transfers(session):
    with pytest.raises(ValueError, match="full"):
        transfer(session, "gloves", "A1", "B2", 9)
    with pytest.raises(ValueError, match="cannot move"):
        transfer(session, "gloves", "A1", "Z9", 1)
    with pytest.raises(ValueError, match="cannot move"):
        transfer(session, "masks", "B2", "A1", 3)
    assert _contents(session) == [("A1", "gloves", 30), ("A1", "masks", 8), ("B2", "masks", 2)]
