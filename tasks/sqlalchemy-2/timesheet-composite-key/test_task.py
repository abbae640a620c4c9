import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from solution import Base, hours_on, log_hours


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        yield s


def test_hours_accumulate_per_day(session):
    assert log_hours(session, 7, "2024-03-04", 3.5) == 3.5
    assert log_hours(session, 7, "2024-03-04", 4.0) == 7.5
    assert log_hours(session, 7, "2024-03-05", 8.0) == 8.0
    assert log_hours(session, 8, "2024-03-04", 1.0) == 1.0
    assert hours_on(session, 7, "2024-03-04") == 7.5
    assert hours_on(session, 8, "2024-03-05") == 0.0


def test_daily_cap(session):
    log_hours(session, 3, "2024-03-04", 10.0)
    with pytest.raises(ValueError):
        log_hours(session, 3, "2024-03-04", 2.5)
    session.rollback()
    assert hours_on(session, 3, "2024-03-04") == 10.0
