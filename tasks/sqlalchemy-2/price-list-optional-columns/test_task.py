import pytest
from sqlalchemy import create_engine

from solution import metadata, price_list, products


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            products.insert(),
            [
                {"sku": "K1", "label": "kettle", "price_cents": 2999, "discount_pct": 10, "stock": 4},
                {"sku": "T1", "label": "toaster", "price_cents": 4500, "discount_pct": 0, "stock": 0},
                {"sku": "M1", "label": "mug", "price_cents": 800, "discount_pct": 25, "stock": 120},
            ],
        )
        yield connection


def test_plain_list(conn):
    assert price_list(conn) == ["kettle: 29.99", "mug: 8.00", "toaster: 45.00"]


def test_with_discount(conn):
    assert price_list(conn, with_discount=True) == ["kettle (-10%): 26.99", "mug (-25%): 6.00", "toaster: 45.00"]


def test_with_discount_and_stock(conn):
    assert price_list(conn, with_discount=True, with_stock=True) == [
        "kettle (-10%): 26.99 [4 left]",
        "mug (-25%): 6.00 [120 left]",
        "toaster: 45.00 [0 left]",
    ]


def test_stock_only(conn):
    assert price_list(conn, with_stock=True) == ["kettle: 29.99 [4 left]", "mug: 8.00 [120 left]", "toaster: 45.00 [0 left]"]
