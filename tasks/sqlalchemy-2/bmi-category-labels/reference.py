"""Body-mass-index categories for a fitness club's member check-ups."""
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, case, select

metadata = MetaData()
checkups = Table(
    "checkups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("member", String(60), nullable=False),
    Column("weight_kg", Float, nullable=False),
    Column("height_m", Float, nullable=False),
)


def bmi_categories(conn):
    """[(member, bmi rounded to 1 decimal, category)] ordered by member."""
    bmi = checkups.c.weight_kg / (checkups.c.height_m * checkups.c.height_m)
    category = case(
        (bmi < 18.5, "underweight"),
        (bmi < 25, "normal"),
        (bmi < 30, "overweight"),
        else_="obese",
    )
    query = select(checkups.c.member, bmi, category).order_by(checkups.c.member)
    return [(member, round(value, 1), label) for member, value, label in conn.execute(query)]
