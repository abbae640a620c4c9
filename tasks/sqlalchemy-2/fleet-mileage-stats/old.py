"""Mileage statistics for a delivery fleet's trip log."""
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, func, select

metadata = MetaData()
trips = Table(
    "trips",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("vehicle", String(10), nullable=False),
    Column("km", Float, nullable=False),
    Column("litres", Float, nullable=False),
)


class FleetStats:
    def __init__(self, conn):
        self.conn = conn

    def per_vehicle(self):
        """{vehicle: (trips, total km, litres per 100 km rounded to 2 places)}"""
        query = select(
            [trips.c.vehicle, func.count(trips.c.id), func.sum(trips.c.km), func.sum(trips.c.litres)]
        ).group_by(trips.c.vehicle)
        return {
            vehicle: (n, km, round(100 * litres / km, 2)) for vehicle, n, km, litres in self.conn.execute(query)
        }

    def longest_trip(self):
        query = select([func.max(trips.c.km)]).select_from(trips)
        return self.conn.execute(query).scalar()

    def vehicles_over(self, km):
        query = select([trips.c.vehicle]).group_by(trips.c.vehicle).having(func.sum(trips.c.km) > km)
        return sorted(self.conn.execute(query).scalars())
