"""Gym check-in log: bulk upload from the door scanners and daily visitor counts."""
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, func, select

metadata = MetaData()
checkins = Table(
    "checkins",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("card", String(12), nullable=False),
    Column("day", String(10), nullable=False),
    Column("door", String(5), nullable=False),
)


class GymCheckins:
    def __init__(self, url="sqlite://"):
        self.engine = create_engine(url)
        metadata.create_all(self.engine)

    def upload(self, door, scans):
        """``scans``: [(card, day)] from one door scanner; return the number stored."""
        rows = [{"card": card, "day": day, "door": door} for card, day in scans]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(checkins.insert(), rows)
        return len(rows)

    def visitors(self, day):
        query = select(func.count(func.distinct(checkins.c.card))).where(checkins.c.day == day)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def regulars(self, min_days=2):
        query = (
            select(checkins.c.card)
            .group_by(checkins.c.card)
            .having(func.count(func.distinct(checkins.c.day)) >= min_days)
            .order_by(checkins.c.card)
        )
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())
