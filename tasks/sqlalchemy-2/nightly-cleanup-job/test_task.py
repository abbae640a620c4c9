import pytest
from sqlalchemy import create_engine

from solution import login_sessions, metadata, run_cleanup, status


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    metadata.create_all(eng)
    with eng.begin() as conn:
        conn.execute(
            login_sessions.insert(),
            [
                {"token": "a1", "user": "ivy", "expires_at": 100},
                {"token": "b2", "user": "jon", "expires_at": 250},
                {"token": "c3", "user": "ivy", "expires_at": 400},
            ],
        )
    return eng


def test_cleanup_runs_are_kept(engine):
    assert run_cleanup(engine, 200) == 1
    assert status(engine) == (2, [(200, 1)])
    assert run_cleanup(engine, 300) == 1
    assert run_cleanup(engine, 300) == 0
    assert status(engine) == (1, [(200, 1), (300, 1), (300, 0)])


def test_cleanup_everything(engine):
    assert run_cleanup(engine, 1000) == 3
    assert status(engine) == (0, [(1000, 3)])
