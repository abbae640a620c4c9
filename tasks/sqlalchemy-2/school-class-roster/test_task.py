from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from solution import Base, Classroom, Pupil, roster


def test_roster_from_database():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        room = Classroom(label="3B", teacher="Ms. Ortiz")
        s.add(room)
        s.add_all(
            [
                Pupil(first_name="Noah", last_name="Young", classroom=room),
                Pupil(first_name="Emma", last_name="Baker", classroom=room),
                Pupil(first_name="Liam", last_name="Khan", classroom=room),
            ]
        )
        s.commit()
    with Session(engine) as s:
        room = s.query(Classroom).filter_by(label="3B").one()
        assert roster(room) == "Class 3B (Ms. Ortiz): 3 pupils\n1. Baker, Emma\n2. Khan, Liam\n3. Young, Noah"
        assert room.pupils[0].classroom is room


def test_empty_class_without_teacher():
    assert roster(Classroom(label="1A")) == "Class 1A (no teacher yet): 0 pupils"
