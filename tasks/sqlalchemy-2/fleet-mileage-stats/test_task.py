import pytest
from sqlalchemy import create_engine

from solution import FleetStats, metadata, trips


@pytest.fixture
def stats():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            trips.insert(),
            [
                {"vehicle": "VAN-1", "km": 120.0, "litres": 10.2},
                {"vehicle": "VAN-1", "km": 80.0, "litres": 6.8},
                {"vehicle": "VAN-2", "km": 300.0, "litres": 27.0},
                {"vehicle": "BIKE-7", "km": 15.5, "litres": 0.0},
            ],
        )
        yield FleetStats(conn)


def test_per_vehicle(stats):
    assert stats.per_vehicle() == {
        "VAN-1": (2, 200.0, 8.5),
        "VAN-2": (1, 300.0, 9.0),
        "BIKE-7": (1, 15.5, 0.0),
    }


def test_longest_trip(stats):
    assert stats.longest_trip() == 300.0


def test_vehicles_over(stats):
    assert stats.vehicles_over(100) == ["VAN-1", "VAN-2"]
    assert stats.vehicles_over(250) == ["VAN-2"]
    assert stats.vehicles_over(1000) == []


def test_empty_log():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.connect() as conn:
        empty = FleetStats(conn)
        assert empty.per_vehicle() == {}
        assert empty.longest_trip() is None
