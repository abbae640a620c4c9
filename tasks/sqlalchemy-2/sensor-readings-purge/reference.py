"""Rolling archive of temperature readings with a retention policy."""
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, create_engine, func, select

metadata = MetaData()
readings = Table(
    "readings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("station", String(20), nullable=False),
    Column("day", Integer, nullable=False),
    Column("celsius", Float, nullable=False),
)


class ReadingArchive:
    def __init__(self, engine=None):
        self.engine = engine or create_engine("sqlite://")
        metadata.create_all(self.engine)

    def load(self, station, values_by_day):
        rows = [{"station": station, "day": d, "celsius": c} for d, c in sorted(values_by_day.items())]
        with self.engine.begin() as conn:
            conn.execute(readings.insert(), rows)

    def purge_before(self, day):
        """Delete readings older than ``day``; return how many rows were removed."""
        with self.engine.begin() as conn:
            result = conn.execute(readings.delete().where(readings.c.day < day))
            return result.rowcount

    def summary(self):
        query = (
            select(readings.c.station, func.count(), func.min(readings.c.celsius), func.max(readings.c.celsius))
            .group_by(readings.c.station)
            .order_by(readings.c.station)
        )
        with self.engine.connect() as conn:
            return {station: (n, lo, hi) for station, n, lo, hi in conn.execute(query)}
