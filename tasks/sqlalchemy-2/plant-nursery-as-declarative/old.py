"""Plant nursery inventory: which plants need restocking before the spring sale."""
from sqlalchemy import Column, Integer, String, select
from sqlalchemy.ext.declarative import as_declarative
from sqlalchemy.orm import declared_attr


@as_declarative()
class Base:
    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower()

    id = Column(Integer, primary_key=True)


class Plant(Base):
    name = Column(String(60), nullable=False)
    pot_litres = Column(Integer, nullable=False)
    on_hand = Column(Integer, nullable=False, default=0)
    target = Column(Integer, nullable=False, default=10)


def restock_report(session, max_pot_litres=None):
    """{plant name: pots to order} for plants below target, optionally only small pots."""
    query = select(Plant).where(Plant.on_hand < Plant.target).order_by(Plant.name)
    if max_pot_litres is not None:
        query = query.where(Plant.pot_litres <= max_pot_litres)
    return {plant.name: plant.target - plant.on_hand for plant in session.scalars(query)}
