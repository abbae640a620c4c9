"""Clinic front desk: summary of one patient's record by chart number."""
from sqlalchemy import Column, Date, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Patient(Base):
    __tablename__ = "patients"
    chart_no = Column(Integer, primary_key=True)
    full_name = Column(String(100), nullable=False)
    born = Column(Date, nullable=False)
    allergies = Column(String(200), default="")


def patient_summary(session, chart_no, on_date):
    """Name, age in whole years at ``on_date`` and allergy list; KeyError for unknown charts."""
    patient = session.query(Patient).get(chart_no)
    if patient is None:
        raise KeyError(chart_no)
    had_birthday = (on_date.month, on_date.day) >= (patient.born.month, patient.born.day)
    age = on_date.year - patient.born.year - (0 if had_birthday else 1)
    allergies = [a.strip() for a in (patient.allergies or "").split(",") if a.strip()]
    return {"name": patient.full_name, "age": age, "allergies": allergies}
