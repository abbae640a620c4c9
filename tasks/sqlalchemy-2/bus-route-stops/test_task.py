from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from solution import Base, Route, Stop, timetable


def test_timetable_from_database():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        route = Route(number="42", minutes_between_stops=4)
        s.add(route)
        s.add_all(
            [
                Stop(route=route, position=2, name="Market"),
                Stop(route=route, position=1, name="Station"),
                Stop(route=route, position=3, name="Harbour"),
            ]
        )
        s.commit()
    with Session(engine) as s:
        route = s.query(Route).filter_by(number="42").one()
        assert timetable(route, "23:55") == [("Station", "23:55"), ("Market", "23:59"), ("Harbour", "00:03")]
        assert route.stops[0].route is route


def test_default_spacing_and_orphans():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        route = Route(number="7")
        route.stops = [Stop(position=1, name="Zoo"), Stop(position=2, name="Park")]
        s.add(route)
        s.commit()
        assert timetable(route, "08:00") == [("Zoo", "08:00"), ("Park", "08:03")]
        route.stops.pop()
        s.commit()
        assert s.query(Stop).count() == 1
