import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from solution import Base, Loan, Member, renew_loan


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    Base.metadata.create_all(eng)
    with Session(eng) as s:
        mo = Member(id=1, name="Mo")
        s.add_all([mo, Loan(id=10, member=mo, title="Middlemarch", due_day=30), Loan(id=11, member=mo, title="Ubik", due_day=5)])
        s.commit()
    return eng


def test_renew_until_limit(engine):
    with Session(engine) as s:
        assert renew_loan(s, 10, 25) == 46
        assert renew_loan(s, 10, 40) == 61
        with pytest.raises(ValueError, match="Mo already renewed 'Middlemarch' 2 times"):
            renew_loan(s, 10, 41)
    with Session(engine) as s:
        loan = s.get(Loan, 10)
        assert (loan.due_day, loan.renewals) == (61, 2)


def test_overdue_and_missing(engine):
    with Session(engine) as s:
        with pytest.raises(ValueError, match="overdue"):
            renew_loan(s, 11, 6)
        with pytest.raises(LookupError):
            renew_loan(s, 99, 1)
        assert [l.title for l in s.get(Member, 1).loans] == ["Middlemarch", "Ubik"]
