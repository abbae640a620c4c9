import pytest
from sqlalchemy import create_engine

from solution import backlog_by_queue, metadata, queues, tickets


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(queues.insert(), [{"id": 1, "name": "billing"}, {"id": 2, "name": "access"}, {"id": 3, "name": "hardware"}])
        connection.execute(
            tickets.insert(),
            [
                {"queue_id": 1, "status": "open", "priority": 1},
                {"queue_id": 1, "status": "open", "priority": 3},
                {"queue_id": 1, "status": "closed", "priority": 3},
                {"queue_id": 2, "status": "open", "priority": 2},
                {"queue_id": 3, "status": "closed", "priority": 1},
            ],
        )
        yield connection


def test_all_open_tickets(conn):
    assert backlog_by_queue(conn) == [("access", 1), ("billing", 2), ("hardware", 0)]


def test_priority_threshold(conn):
    assert backlog_by_queue(conn, min_priority=3) == [("access", 0), ("billing", 1), ("hardware", 0)]
    assert backlog_by_queue(conn, min_priority=9) == [("access", 0), ("billing", 0), ("hardware", 0)]
