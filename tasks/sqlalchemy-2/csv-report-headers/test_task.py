import pytest
from sqlalchemy import create_engine, text

from solution import query_to_csv


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE visits (page TEXT, day TEXT, views INTEGER)"))
        connection.execute(
            text("INSERT INTO visits VALUES (:page, :day, :views)"),
            [
                {"page": "/home", "day": "mon", "views": 120},
                {"page": "/pricing", "day": "mon", "views": 31},
                {"page": "/home", "day": "tue", "views": 98},
            ],
        )
        yield connection


def test_header_from_query(conn):
    sql = "SELECT page, SUM(views) AS total FROM visits GROUP BY page ORDER BY page"
    assert query_to_csv(conn, sql) == "page,total\n/home,218\n/pricing,31\n"


def test_params_and_selected_columns(conn):
    sql = "SELECT day, page, views FROM visits WHERE views > :floor ORDER BY views"
    assert query_to_csv(conn, sql, {"floor": 50}, columns=["page", "views"]) == "page,views\n/home,98\n/home,120\n"


def test_no_rows_gives_empty_text(conn):
    assert query_to_csv(conn, "SELECT * FROM visits WHERE views < 0") == ""
