import pytest
from sqlalchemy import create_engine

from solution import load_settings, metadata, settings


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            settings.insert(),
            [
                {"scope": "mail", "key": "port", "value": "587", "kind": "int"},
                {"scope": "mail", "key": "tls", "value": "Yes", "kind": "bool"},
                {"scope": "mail", "key": "host", "value": "smtp.example.org", "kind": "str"},
                {"scope": "cache", "key": "ttl", "value": "2.5", "kind": "float"},
                {"scope": "broken", "key": "when", "value": "now", "kind": "date"},
            ],
        )
        yield connection


def test_values_are_converted(conn):
    loaded = load_settings(conn, "mail")
    assert loaded == {"port": 587, "tls": True, "host": "smtp.example.org"}
    assert type(loaded["port"]) is int


def test_defaults_are_overridden(conn):
    assert load_settings(conn, "cache", {"ttl": 60.0, "size": 100}) == {"ttl": 2.5, "size": 100}
    assert load_settings(conn, "nothing", {"a": 1}) == {"a": 1}


def test_unknown_kind(conn):
    with pytest.raises(ValueError, match="unknown kind 'date' for when"):
        load_settings(conn, "broken")
