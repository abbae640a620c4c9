import pytest
from sqlalchemy import create_engine

from solution import ingredients, metadata, recipes, recipes_using


@pytest.fixture
def conn():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            recipes.insert(),
            [
                {"id": 1, "title": "Shakshuka", "minutes": 30},
                {"id": 2, "title": "Tomato soup", "minutes": 45},
                {"id": 3, "title": "Omelette", "minutes": 10},
                {"id": 4, "title": "Bruschetta", "minutes": 15},
            ],
        )
        connection.execute(
            ingredients.insert(),
            [
                {"recipe_id": 1, "name": "egg"},
                {"recipe_id": 1, "name": "tomato"},
                {"recipe_id": 2, "name": "tomato"},
                {"recipe_id": 3, "name": "egg"},
                {"recipe_id": 4, "name": "tomato"},
                {"recipe_id": 4, "name": "bread"},
            ],
        )
        yield connection


def test_recipes_sorted_by_time(conn):
    assert recipes_using(conn, "tomato") == ["Bruschetta", "Shakshuka", "Tomato soup"]
    assert recipes_using(conn, "Egg") == ["Omelette", "Shakshuka"]


def test_time_cap(conn):
    assert recipes_using(conn, "tomato", max_minutes=30) == ["Bruschetta", "Shakshuka"]
    assert recipes_using(conn, "egg", max_minutes=5) == []


def test_unknown_ingredient(conn):
    assert recipes_using(conn, "saffron") == []
