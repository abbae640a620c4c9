import datetime

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from solution import Base, Patient, patient_summary


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        s.add_all(
            [
                Patient(chart_no=501, full_name="Hana Sato", born=datetime.date(1990, 6, 15), allergies="penicillin, latex"),
                Patient(chart_no=502, full_name="Omar Diaz", born=datetime.date(2001, 1, 1)),
            ]
        )
        s.commit()
        yield s


def test_summary_before_and_after_birthday(session):
    assert patient_summary(session, 501, datetime.date(2024, 6, 14)) == {
        "name": "Hana Sato",
        "age": 33,
        "allergies": ["penicillin", "latex"],
    }
    assert patient_summary(session, 501, datetime.date(2024, 6, 15))["age"] == 34


def test_no_allergies(session):
    assert patient_summary(session, 502, datetime.date(2024, 1, 1)) == {"name": "Omar Diaz", "age": 23, "allergies": []}


def test_unknown_chart(session):
    with pytest.raises(KeyError):
        patient_summary(session, 999, datetime.date(2024, 1, 1))
