import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from solution import Base, Pet, book_appointment


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        yield s


def test_bookings_are_listed_per_pet(session):
    rex = Pet(name="Rex", species="dog")
    tom = Pet(name="Tom", species="cat")
    session.add_all([rex, tom])
    book_appointment(session, rex, "Dr. Vale", "2024-07-02 10:30")
    book_appointment(session, rex, "Dr. Vale", "2024-07-01 09:00")
    booked = book_appointment(session, tom, "Dr. Moss", "2024-07-01 09:00")
    assert booked.id is not None
    assert [a.slot for a in rex.appointments] == ["2024-07-01 09:00", "2024-07-02 10:30"]
    assert [(a.vet, a.slot) for a in tom.appointments] == [("Dr. Moss", "2024-07-01 09:00")]


def test_double_booking_rejected(session):
    rex = Pet(name="Rex", species="dog")
    tom = Pet(name="Tom", species="cat")
    session.add_all([rex, tom])
    book_appointment(session, rex, "Dr. Vale", "2024-07-01 09:00")
    with pytest.raises(ValueError, match="Dr. Vale is busy at 2024-07-01 09:00 with Rex"):
        book_appointment(session, tom, "Dr. Vale", "2024-07-01 09:00")
    assert tom.appointments == []


def test_model_tables():
    assert sorted(Base.metadata.tables) == ["appointments", "pets"]
