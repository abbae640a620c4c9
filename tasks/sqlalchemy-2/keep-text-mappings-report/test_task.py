import pytest
from sqlalchemy import create_engine, text

from solution import dunning_letters, overdue_invoices


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"))
        connection.execute(
            text("CREATE TABLE invoices (number TEXT, customer_id INTEGER, amount_cents INTEGER, due_day INTEGER, paid INTEGER)")
        )
        connection.execute(text("INSERT INTO customers VALUES (:id, :name)"), [{"id": 1, "name": "Orbit Ltd"}, {"id": 2, "name": "Pia Shop"}])
        connection.execute(
            text("INSERT INTO invoices VALUES (:n, :c, :a, :d, :p)"),
            [
                {"n": "I-10", "c": 1, "a": 125000, "d": 90, "p": 0},
                {"n": "I-11", "c": 2, "a": 4999, "d": 99, "p": 0},
                {"n": "I-12", "c": 1, "a": 800, "d": 80, "p": 1},
                {"n": "I-13", "c": 2, "a": 100, "d": 120, "p": 0},
            ],
        )
        yield connection


def test_overdue_dicts(conn):
    assert overdue_invoices(conn, 100) == [
        {"customer": "Orbit Ltd", "invoice": "I-10", "amount_cents": 125000, "days_late": 10},
        {"customer": "Pia Shop", "invoice": "I-11", "amount_cents": 4999, "days_late": 1},
    ]
    assert overdue_invoices(conn, 100, min_days_late=5) == [
        {"customer": "Orbit Ltd", "invoice": "I-10", "amount_cents": 125000, "days_late": 10}
    ]


def test_letters(conn):
    assert dunning_letters(conn, 95) == ["Dear Orbit Ltd, invoice I-10 (1250.00) is 5 days late."]
    assert dunning_letters(conn, 50) == []
