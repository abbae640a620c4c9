"""Find recipes in a cookbook database by the ingredients they use."""
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, select

metadata = MetaData()
recipes = Table(
    "recipes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(100), nullable=False),
    Column("minutes", Integer, nullable=False),
)
ingredients = Table(
    "ingredients",
    metadata,
    Column("recipe_id", ForeignKey("recipes.id"), primary_key=True),
    Column("name", String(50), primary_key=True),
)


def recipes_using(conn, ingredient, max_minutes=None):
    """Titles of recipes containing ``ingredient`` (optionally capped by prep time), quickest first."""
    query = select([recipes.c.title, recipes.c.minutes]).where(
        recipes.c.id == ingredients.c.recipe_id, ingredients.c.name == ingredient.lower()
    )
    if max_minutes is not None:
        query = query.where(recipes.c.minutes <= max_minutes)
    return [title for title, _ in conn.execute(query.order_by(recipes.c.minutes, recipes.c.title))]
