import pytest
from sqlalchemy import create_engine

from solution import employees, export_directory, metadata


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            employees.insert(),
            [
                {"name": "Zoe Park", "team": "sales", "phone": "555-0101", "active": True},
                {"name": "Abe Lin", "team": "sales", "phone": None, "active": True},
                {"name": "Kai Roth", "team": "it", "phone": "555-0199", "active": True},
                {"name": "Old Timer", "team": "it", "phone": "555-0000", "active": False},
            ],
        )
        yield connection


def test_full_directory(conn):
    assert export_directory(conn) == (
        "name,team,phone\n"
        "Kai Roth,it,555-0199\n"
        "Abe Lin,sales,\n"
        "Zoe Park,sales,555-0101\n"
    )


def test_single_team(conn):
    assert export_directory(conn, team="it") == "name,team,phone\nKai Roth,it,555-0199\n"
    assert export_directory(conn, team="legal") == "name,team,phone\n"
