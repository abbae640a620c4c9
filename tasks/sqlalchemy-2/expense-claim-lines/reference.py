"""Employee expense claims and their receipt lines."""
from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()
CATEGORY_LIMITS = {"meals": 6000, "travel": 50000, "office": 20000}


class Claim(Base):
    __tablename__ = "claims"
    id = Column(Integer, primary_key=True)
    employee = Column(String(40), nullable=False)
    status = Column(String(10), nullable=False, default="draft")


class ExpenseLine(Base):
    __tablename__ = "expense_lines"
    id = Column(Integer, primary_key=True)
    claim_id = Column(ForeignKey("claims.id"), nullable=False)
    category = Column(String(10), nullable=False)
    cents = Column(Integer, nullable=False)
    claim = relationship(Claim, backref="lines")


def add_expenses(session, claim_id, receipts):
    """Attach (category, cents) receipts to a draft claim, capped per category; return the claim total."""
    claim = session.get(Claim, claim_id)
    if claim is None or claim.status != "draft":
        raise ValueError(f"claim {claim_id} cannot be changed")
    for category, cents in receipts:
        if category not in CATEGORY_LIMITS:
            raise ValueError(f"unknown category {category!r}")
        session.add(ExpenseLine(claim=claim, category=category, cents=min(cents, CATEGORY_LIMITS[category])))
    session.commit()
    return sum(line.cents for line in claim.lines)
