"""Subscriber list of a streaming service with human-readable plan names."""
from sqlalchemy import Column, Integer, MetaData, String, Table, case, select

metadata = MetaData()
subscribers = Table(
    "subscribers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(120), nullable=False),
    Column("plan_code", String(2), nullable=False),
)

PLAN_NAMES = [("B", "Basic"), ("S", "Standard"), ("P", "Premium"), ("F", "Family")]


def subscriber_plans(conn, plan_names=PLAN_NAMES):
    """[(email, plan name)] sorted by email; unknown codes show as 'Legacy (<code>)'."""
    plan = case(plan_names, value=subscribers.c.plan_code, else_="Legacy (" + subscribers.c.plan_code + ")")
    query = select(subscribers.c.email, plan.label("plan")).order_by(subscribers.c.email)
    return [(row.email, row.plan) for row in conn.execute(query)]
