import datetime
import json

import pytest
from sqlalchemy import create_engine

from solution import invoices, invoices_as_json, metadata


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            invoices.insert(),
            [
                {"number": "F-002", "customer": "Acme", "issued": datetime.date(2024, 5, 2), "total_cents": 129900},
                {"number": "F-001", "customer": "Bolt", "issued": datetime.date(2024, 5, 2), "total_cents": 5000},
                {"number": "F-000", "customer": "Acme", "issued": datetime.date(2024, 4, 30), "total_cents": 1},
            ],
        )
        yield connection


def test_all_invoices(conn):
    assert json.loads(invoices_as_json(conn)) == [
        {"number": "F-000", "customer": "Acme", "issued": "2024-04-30", "total": "0.01"},
        {"number": "F-001", "customer": "Bolt", "issued": "2024-05-02", "total": "50.00"},
        {"number": "F-002", "customer": "Acme", "issued": "2024-05-02", "total": "1299.00"},
    ]


def test_one_customer(conn):
    text = invoices_as_json(conn, customer="Bolt")
    assert text == '[{"customer": "Bolt", "issued": "2024-05-02", "number": "F-001", "total": "50.00"}]'
    assert invoices_as_json(conn, customer="Nobody") == "[]"
