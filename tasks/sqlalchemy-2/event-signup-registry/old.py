"""Attendee sign-ups for community events."""
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select

metadata = MetaData()
signups = Table(
    "signups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event", String(50), nullable=False),
    Column("attendee", String(80), nullable=False),
    Column("seats", Integer, nullable=False, default=1),
)


class SignupRegistry:
    def __init__(self, url="sqlite://"):
        self.engine = create_engine(url)
        metadata.create_all(self.engine)

    def register(self, event, attendees):
        """Sign up several people at once; ``attendees`` maps name -> seats."""
        rows = [{"event": event, "attendee": name, "seats": seats} for name, seats in attendees.items()]
        if rows:
            self.engine.execute(signups.insert(), rows)
        return len(rows)

    def attendees(self, event):
        query = select(signups.c.attendee).where(signups.c.event == event).order_by(signups.c.attendee)
        return [row.attendee for row in self.engine.execute(query)]

    def seats_taken(self, event):
        query = select(signups.c.seats).where(signups.c.event == event)
        return sum(seats for (seats,) in self.engine.execute(query).fetchall())
