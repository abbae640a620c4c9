import pytest
from sqlalchemy import create_engine

from solution import active_addresses, metadata, subscribers, unsubscribe


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    metadata.create_all(eng)
    with eng.begin() as conn:
        conn.execute(
            subscribers.insert(),
            [{"email": "ana@example.org"}, {"email": "Ben@Example.org"}, {"email": "cat@example.org"}],
        )
    return eng


def test_unsubscribe_is_persistent(engine):
    assert unsubscribe(engine, " BEN@example.org ") is True
    assert active_addresses(engine) == ["ana@example.org", "cat@example.org"]
    assert unsubscribe(engine, "ana@example.org") is True
    assert active_addresses(engine) == ["cat@example.org"]


def test_repeat_and_unknown(engine):
    assert unsubscribe(engine, "cat@example.org") is True
    assert unsubscribe(engine, "cat@example.org") is False
    assert unsubscribe(engine, "nobody@example.org") is False
    assert active_addresses(engine) == ["Ben@Example.org", "ana@example.org"]


def test_survives_reopening(tmp_path):
    url = "sqlite:///" + str(tmp_path / "list.db")
    eng = create_engine(url)
    metadata.create_all(eng)
    with eng.begin() as conn:
        conn.execute(subscribers.insert(), [{"email": "x@example.org"}, {"email": "y@example.org"}])
    unsubscribe(eng, "x@example.org")
    eng.dispose()
    assert active_addresses(create_engine(url)) == ["y@example.org"]
