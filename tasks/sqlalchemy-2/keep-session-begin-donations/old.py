"""Donation ledger for a charity fundraiser."""
from sqlalchemy import Column, ForeignKey, Integer, String, select
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


class Campaign(Base):
    __tablename__ = "campaigns"
    id = Column(Integer, primary_key=True)
    name = Column(String(60), nullable=False, unique=True)
    goal_cents = Column(Integer, nullable=False)
    donations = relationship("Donation", back_populates="campaign")


class Donation(Base):
    __tablename__ = "donations"
    id = Column(Integer, primary_key=True)
    campaign_id = Column(ForeignKey("campaigns.id"), nullable=False)
    donor = Column(String(60))
    cents = Column(Integer, nullable=False)
    campaign = relationship(Campaign, back_populates="donations")


def record_donation(engine, campaign_name, cents, donor=None):
    """Store a donation in its own transaction; return (total raised, goal reached?)."""
    if cents <= 0:
        raise ValueError("donations must be positive")
    with Session(engine) as session, session.begin():
        campaign = session.scalars(select(Campaign).filter_by(name=campaign_name)).one()
        donation = Donation(cents=cents, donor=donor)
        session.add(donation)
        donation.campaign = campaign
        session.flush()
        total = sum(d.cents for d in campaign.donations)
        return total, total >= campaign.goal_cents
