"""Monthly payroll figures computed with hand-tuned SQL through an ORM session."""
from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class Payslip(Base):
    __tablename__ = "payslips"
    id = Column(Integer, primary_key=True)
    employee = Column(String(60), nullable=False)
    department = Column(String(30), nullable=False)
    month = Column(String(7), nullable=False)
    gross_cents = Column(Integer, nullable=False)


class PayrollReport:
    def __init__(self):
        self.engine = create_engine("sqlite://")
        Base.metadata.create_all(self.engine)
        self.session = Session(self.engine)

    def add(self, employee, department, month, gross_cents):
        self.session.add(Payslip(employee=employee, department=department, month=month, gross_cents=gross_cents))
        self.session.commit()

    def department_totals(self, month):
        rows = self.session.execute(
            "SELECT department, SUM(gross_cents) FROM payslips WHERE month = :month "
            "GROUP BY department ORDER BY department",
            {"month": month},
        )
        return {dept: total for dept, total in rows}

    def headcount(self, month):
        return self.session.execute(
            "SELECT COUNT(DISTINCT employee) FROM payslips WHERE month = :month", {"month": month}
        ).scalar()
