"""Timesheet entries keyed by (employee, ISO date)."""
from sqlalchemy import Column, Float, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()
MAX_HOURS_PER_DAY = 12.0


class Entry(Base):
    __tablename__ = "timesheet"
    employee_id = Column(Integer, primary_key=True)
    day = Column(String(10), primary_key=True)
    hours = Column(Float, nullable=False, default=0.0)


def log_hours(session, employee_id, day, hours):
    """Add ``hours`` to the employee's entry for ``day`` (creating it); return the day's total."""
    entry = session.query(Entry).get((employee_id, day))
    if entry is None:
        entry = Entry(employee_id=employee_id, day=day, hours=0.0)
        session.add(entry)
    if entry.hours + hours > MAX_HOURS_PER_DAY:
        raise ValueError(f"more than {MAX_HOURS_PER_DAY} hours on {day}")
    entry.hours += hours
    session.commit()
    return entry.hours


def hours_on(session, employee_id, day):
    entry = session.query(Entry).get((employee_id, day))
    return 0.0 if entry is None else entry.hours
