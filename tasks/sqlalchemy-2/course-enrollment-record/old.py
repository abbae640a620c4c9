"""Course enrollment with seat limits, using an association object."""
from sqlalchemy import Column, ForeignKey, Integer, String, func, select
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Student(Base):
    __tablename__ = "students"
    id = Column(Integer, primary_key=True)
    name = Column(String(60), nullable=False)
    enrollments = relationship("Enrollment", back_populates="student")


class Course(Base):
    __tablename__ = "courses"
    code = Column(String(10), primary_key=True)
    seats = Column(Integer, nullable=False)
    enrollments = relationship("Enrollment", back_populates="course")


class Enrollment(Base):
    __tablename__ = "enrollments"
    student_id = Column(ForeignKey("students.id"), primary_key=True)
    course_code = Column(ForeignKey("courses.code"), primary_key=True)
    status = Column(String(10), nullable=False)
    student = relationship(Student, back_populates="enrollments")
    course = relationship(Course, back_populates="enrollments")


def enroll(session, student_id, course_code):
    """Enroll the student, or put them on the waitlist when the course is full; return the status."""
    student = session.get(Student, student_id)
    course = session.get(Course, course_code)
    taken = session.scalar(
        select(func.count()).where(Enrollment.course_code == course_code, Enrollment.status == "enrolled")
    )
    status = "enrolled" if taken < course.seats else "waitlist"
    Enrollment(student=student, course=course, status=status)
    session.commit()
    return status
