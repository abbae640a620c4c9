import pytest
from sqlalchemy import create_engine

from solution import fees, metadata, parcels, reprice_parcels


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            parcels.insert(),
            [
                {"id": 1, "grams": 120, "zone": "home", "status": "queued", "fee_cents": None},
                {"id": 2, "grams": 500, "zone": "abroad", "status": "queued", "fee_cents": None},
                {"id": 3, "grams": 1999, "zone": "home", "status": "queued", "fee_cents": None},
                {"id": 4, "grams": 25000, "zone": "abroad", "status": "queued", "fee_cents": None},
                {"id": 5, "grams": 800, "zone": "home", "status": "sent", "fee_cents": 100},
            ],
        )
        yield connection


def test_default_prices(conn):
    assert reprice_parcels(conn) == 4
    assert fees(conn) == {1: 390, 2: 1190, 3: 690, 4: 3790, 5: 100}


def test_custom_fees(conn):
    assert reprice_parcels(conn, oversize_fee=5000, abroad_surcharge=0) == 4
    assert fees(conn) == {1: 390, 2: 390, 3: 690, 4: 5000, 5: 100}
