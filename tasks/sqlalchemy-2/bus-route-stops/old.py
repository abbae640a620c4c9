"""City bus routes and their ordered stops."""
from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import backref, declarative_base, relation

Base = declarative_base()


class Route(Base):
    __tablename__ = "routes"
    id = Column(Integer, primary_key=True)
    number = Column(String(5), nullable=False, unique=True)
    minutes_between_stops = Column(Integer, nullable=False, default=3)


class Stop(Base):
    __tablename__ = "stops"
    id = Column(Integer, primary_key=True)
    route_id = Column(ForeignKey("routes.id"), nullable=False)
    position = Column(Integer, nullable=False)
    name = Column(String(60), nullable=False)
    route = relation(Route, backref=backref("stops", order_by=position, cascade="all, delete-orphan"))


def timetable(route, first_departure):
    """[(stop name, 'HH:MM')] for one run of ``route`` leaving at ``first_departure`` ('HH:MM')."""
    hours, minutes = map(int, first_departure.split(":"))
    start = hours * 60 + minutes
    schedule = []
    for index, stop in enumerate(route.stops):
        at = (start + index * route.minutes_between_stops) % (24 * 60)
        schedule.append((stop.name, f"{at // 60:02d}:{at % 60:02d}"))
    return schedule
