import pytest
from sqlalchemy import create_engine, text

from solution import reflect_and_copy


@pytest.fixture
def source():
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE farms (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)"))
        conn.execute(text("CREATE TABLE harvests (farm_id INTEGER REFERENCES farms(id), crop TEXT, tonnes REAL)"))
        conn.execute(text("CREATE TABLE notes (body TEXT)"))
        conn.execute(text("INSERT INTO farms VALUES (1, 'Hill'), (2, 'Vale')"))
        conn.execute(text("INSERT INTO harvests VALUES (1, 'wheat', 12.5), (2, 'oats', 3.0), (2, 'rye', 4.25)"))
    return engine


def test_copy_everything(source):
    target = create_engine("sqlite://")
    assert reflect_and_copy(source, target) == {"farms": 2, "harvests": 3, "notes": 0}
    with target.connect() as conn:
        assert conn.execute(text("SELECT crop, tonnes FROM harvests ORDER BY crop")).all() == [
            ("oats", 3.0),
            ("rye", 4.25),
            ("wheat", 12.5),
        ]


def test_copy_selected_tables(source):
    target = create_engine("sqlite://")
    assert reflect_and_copy(source, target, only=["farms"]) == {"farms": 2}
    with target.connect() as conn:
        names = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))]
        assert names == ["farms"]
        assert conn.execute(text("SELECT name FROM farms WHERE id = 2")).scalar() == "Vale"
