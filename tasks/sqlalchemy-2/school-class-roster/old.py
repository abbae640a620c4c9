"""Class rosters for a primary school."""
from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base, relation

Base = declarative_base()


class Classroom(Base):
    __tablename__ = "classrooms"
    id = Column(Integer, primary_key=True)
    label = Column(String(10), nullable=False)
    teacher = Column(String(60))
    pupils = relation("Pupil", back_populates="classroom", order_by="Pupil.last_name")


class Pupil(Base):
    __tablename__ = "pupils"
    id = Column(Integer, primary_key=True)
    first_name = Column(String(40), nullable=False)
    last_name = Column(String(40), nullable=False)
    classroom_id = Column(ForeignKey("classrooms.id"))
    classroom = relation(Classroom, back_populates="pupils")


def roster(classroom):
    """Printable roster: header line, then 'n. Last, First' sorted by last name."""
    header = f"Class {classroom.label} ({classroom.teacher or 'no teacher yet'}): {len(classroom.pupils)} pupils"
    lines = [f"{i}. {p.last_name}, {p.first_name}" for i, p in enumerate(classroom.pupils, start=1)]
    return "\n".join([header] + lines)
