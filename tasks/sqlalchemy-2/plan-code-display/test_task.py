import pytest
from sqlalchemy import create_engine

from solution import metadata, subscriber_plans, subscribers


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            subscribers.insert(),
            [
                {"email": "zed@example.com", "plan_code": "P"},
                {"email": "amy@example.com", "plan_code": "B"},
                {"email": "kim@example.com", "plan_code": "X1"},
                {"email": "bob@example.com", "plan_code": "F"},
            ],
        )
        yield connection


def test_default_plan_names(conn):
    assert subscriber_plans(conn) == [
        ("amy@example.com", "Basic"),
        ("bob@example.com", "Family"),
        ("kim@example.com", "Legacy (X1)"),
        ("zed@example.com", "Premium"),
    ]


def test_custom_plan_names(conn):
    assert subscriber_plans(conn, [("X1", "Student"), ("P", "Gold")]) == [
        ("amy@example.com", "Legacy (B)"),
        ("bob@example.com", "Legacy (F)"),
        ("kim@example.com", "Student"),
        ("zed@example.com", "Gold"),
    ]
