from sqlalchemy import create_engine

from solution import delivery_estimates, metadata, orders


def test_estimates():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            orders.insert(),
            [
                {"id": 1, "country": "DE", "express": 1},
                {"id": 2, "country": "DE", "express": 0},
                {"id": 3, "country": "AT", "express": 1},
                {"id": 4, "country": "US", "express": 0},
            ],
        )
        assert delivery_estimates(conn) == {1: "1-1 days", 2: "1-3 days", 3: "3-5 days", 4: "7-14 days"}


def test_no_orders():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.connect() as conn:
        assert delivery_estimates(conn) == {}
