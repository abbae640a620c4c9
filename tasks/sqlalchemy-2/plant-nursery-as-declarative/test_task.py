import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from solution import Base, Plant, restock_report


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        s.add_all(
            [
                Plant(name="lavender", pot_litres=2, on_hand=4, target=12),
                Plant(name="olive tree", pot_litres=30, on_hand=1, target=3),
                Plant(name="basil", pot_litres=1, on_hand=25, target=20),
                Plant(name="fern", pot_litres=5, on_hand=0),
            ]
        )
        s.commit()
        yield s


def test_full_report(session):
    assert restock_report(session) == {"fern": 10, "lavender": 8, "olive tree": 2}


def test_small_pots_only(session):
    assert restock_report(session, max_pot_litres=5) == {"fern": 10, "lavender": 8}
    assert restock_report(session, max_pot_litres=1) == {}


def test_table_name():
    assert Plant.__table__.name == "plant"
    assert Base.metadata is Plant.metadata
