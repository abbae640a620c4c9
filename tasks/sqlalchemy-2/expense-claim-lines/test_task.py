import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from solution import Base, Claim, ExpenseLine, add_expenses


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    Base.metadata.create_all(eng)
    with Session(eng) as s:
        s.add_all([Claim(id=1, employee="nina"), Claim(id=2, employee="otto", status="paid")])
        s.commit()
    return eng


def _stored(engine):
    with Session(engine) as s:
        rows = s.execute(select(ExpenseLine.claim_id, ExpenseLine.category, ExpenseLine.cents).order_by(ExpenseLine.id))
        return [tuple(r) for r in rows]


def test_lines_are_saved_and_capped(engine):
    with Session(engine) as s:
        assert add_expenses(s, 1, [("meals", 4500), ("meals", 9000), ("travel", 12000)]) == 22500
        assert add_expenses(s, 1, [("office", 100)]) == 22600
    assert _stored(engine) == [(1, "meals", 4500), (1, "meals", 6000), (1, "travel", 12000), (1, "office", 100)]


def test_rejections(engine):
    with Session(engine) as s:
        with pytest.raises(ValueError, match="claim 2 cannot be changed"):
            add_expenses(s, 2, [("meals", 100)])
        with pytest.raises(ValueError, match="claim 7 cannot be changed"):
            add_expenses(s, 7, [("meals", 100)])
    assert _stored(engine) == []
