import pytest
from sqlalchemy import create_engine

from solution import commission_report, deals, metadata


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            deals.insert(),
            [
                {"rep": "mia", "amount": 12000, "stage": "won"},
                {"rep": "mia", "amount": 3000, "stage": "won"},
                {"rep": "mia", "amount": 9000, "stage": "lost"},
                {"rep": "raj", "amount": 4000, "stage": "open"},
                {"rep": "raj", "amount": 500, "stage": "lost"},
                {"rep": "sue", "amount": 10000, "stage": "won"},
            ],
        )
        yield connection


def test_default_rates(conn):
    assert commission_report(conn) == {"mia": (2, 1, 1000.0), "raj": (0, 1, 0), "sue": (1, 0, 750.0)}


def test_custom_rates(conn):
    assert commission_report(conn, rate_pct=10, big_deal=20000, big_bonus=1) == {
        "mia": (2, 1, 1500.0),
        "raj": (0, 1, 0),
        "sue": (1, 0, 1000.0),
    }
