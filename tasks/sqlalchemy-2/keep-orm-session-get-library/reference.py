"""Loan renewals for a lending library (ORM)."""
from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()
MAX_RENEWALS = 2
LOAN_DAYS = 21


class Member(Base):
    __tablename__ = "members"
    id = Column(Integer, primary_key=True)
    name = Column(String(60), nullable=False)
    loans = relationship("Loan", back_populates="member")


class Loan(Base):
    __tablename__ = "loans"
    id = Column(Integer, primary_key=True)
    member_id = Column(ForeignKey("members.id"), nullable=False)
    title = Column(String(120), nullable=False)
    due_day = Column(Integer, nullable=False)
    renewals = Column(Integer, nullable=False, default=0)
    member = relationship(Member, back_populates="loans")


def renew_loan(session, loan_id, today):
    """Extend a loan by LOAN_DAYS from ``today``; return the new due day."""
    loan = session.get(Loan, loan_id)
    if loan is None:
        raise LookupError(f"no loan {loan_id}")
    if loan.renewals >= MAX_RENEWALS:
        raise ValueError(f"{loan.member.name} already renewed {loan.title!r} {MAX_RENEWALS} times")
    if loan.due_day < today:
        raise ValueError("overdue loans cannot be renewed")
    loan.due_day = today + LOAN_DAYS
    loan.renewals += 1
    session.commit()
    return loan.due_day
