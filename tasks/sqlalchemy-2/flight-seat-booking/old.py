"""Seat assignment for a single flight."""
from sqlalchemy import Column, Integer, String, UniqueConstraint, create_engine, select
from sqlalchemy.ext import declarative
from sqlalchemy.orm import Session

FlightBase = declarative.declarative_base(name="FlightBase")


class Seat(FlightBase):
    __tablename__ = "seats"
    __table_args__ = (UniqueConstraint("flight", "seat_no"),)
    id = Column(Integer, primary_key=True)
    flight = Column(String(8), nullable=False)
    seat_no = Column(String(4), nullable=False)
    passenger = Column(String(80))


class SeatMap:
    def __init__(self, flight, rows, letters="ABCDEF"):
        self.flight = flight
        self.session = Session(create_engine("sqlite://"))
        FlightBase.metadata.create_all(self.session.get_bind())
        self.session.add_all(Seat(flight=flight, seat_no=f"{r}{l}") for r in range(1, rows + 1) for l in letters)
        self.session.commit()

    def assign(self, passenger, seat_no):
        seat = self.session.scalars(select(Seat).filter_by(flight=self.flight, seat_no=seat_no)).one_or_none()
        if seat is None or seat.passenger is not None:
            raise ValueError(f"seat {seat_no} is not available")
        seat.passenger = passenger
        self.session.commit()

    def free_seats(self, row):
        query = select(Seat.seat_no).filter_by(flight=self.flight, passenger=None).where(Seat.seat_no.like(f"{row}_"))
        return sorted(self.session.scalars(query))
