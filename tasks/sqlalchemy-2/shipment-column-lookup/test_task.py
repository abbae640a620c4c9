import pytest
from sqlalchemy import create_engine

from solution import carriers, depots, metadata, shipments, tracking_board


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(carriers.insert(), [{"id": 1, "name": "FastFreight"}, {"id": 2, "name": "SlowBoat"}])
        connection.execute(depots.insert(), [{"id": 7, "name": "Leeds"}, {"id": 8, "name": "Porto"}])
        connection.execute(
            shipments.insert(),
            [
                {"id": 10, "name": "pianos", "carrier_id": 2, "depot_id": 8},
                {"id": 11, "name": "tulips", "carrier_id": 1, "depot_id": 7},
                {"id": 12, "name": "cheese", "carrier_id": None, "depot_id": 7},
                {"id": 13, "name": "lamps", "carrier_id": 1, "depot_id": None},
            ],
        )
        yield connection


def test_board_lines(conn):
    assert tracking_board(conn) == [
        "#10 pianos via SlowBoat to Porto",
        "#11 tulips via FastFreight to Leeds",
        "#12 cheese via ? to Leeds",
        "#13 lamps via FastFreight to ?",
    ]


def test_empty_board():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.connect() as connection:
        assert tracking_board(connection) == []
