from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from solution import Base, Course, Enrollment, Student, enroll


def test_seats_then_waitlist():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        s.add_all([Student(id=i, name=n) for i, n in [(1, "Ari"), (2, "Bo"), (3, "Cy")]])
        s.add_all([Course(code="MATH101", seats=2), Course(code="ART200", seats=1)])
        s.commit()
    with Session(engine) as s:
        assert enroll(s, 1, "MATH101") == "enrolled"
        assert enroll(s, 2, "MATH101") == "enrolled"
        assert enroll(s, 3, "MATH101") == "waitlist"
        assert enroll(s, 3, "ART200") == "enrolled"
    with Session(engine) as s:
        rows = s.execute(
            select(Enrollment.course_code, Enrollment.student_id, Enrollment.status).order_by(
                Enrollment.course_code, Enrollment.student_id
            )
        )
        assert [tuple(r) for r in rows] == [
            ("ART200", 3, "enrolled"),
            ("MATH101", 1, "enrolled"),
            ("MATH101", 2, "enrolled"),
            ("MATH101", 3, "waitlist"),
        ]
        assert sorted(e.course_code for e in s.get(Student, 3).enrollments) == ["ART200", "MATH101"]
