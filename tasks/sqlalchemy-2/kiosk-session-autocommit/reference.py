"""Order taking for a self-service food kiosk."""
from sqlalchemy import Column, Integer, String, create_engine, func, select
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class KioskOrder(Base):
    __tablename__ = "kiosk_orders"
    id = Column(Integer, primary_key=True)
    kiosk = Column(String(10), nullable=False)
    dish = Column(String(40), nullable=False)
    price_cents = Column(Integer, nullable=False)


class KioskOrders:
    def __init__(self, url="sqlite://"):
        engine = create_engine(url)
        Base.metadata.create_all(engine)
        self.Session = sessionmaker(bind=engine)

    def order(self, kiosk, dishes):
        """Store one row per (dish, price_cents) pair in a single transaction; return the ids."""
        session = self.Session()
        with session.begin():
            rows = [KioskOrder(kiosk=kiosk, dish=d, price_cents=p) for d, p in dishes]
            session.add_all(rows)
        return [row.id for row in rows]

    def takings(self):
        session = self.Session()
        query = select(KioskOrder.kiosk, func.sum(KioskOrder.price_cents)).group_by(KioskOrder.kiosk)
        return dict(session.execute(query).all())
