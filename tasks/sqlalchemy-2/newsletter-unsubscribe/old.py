"""Newsletter list maintenance: unsubscribe requests from the mail footer link."""
from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, func, select

metadata = MetaData()
subscribers = Table(
    "subscribers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(120), nullable=False, unique=True),
    Column("active", Boolean, nullable=False, default=True),
)


def unsubscribe(engine, email):
    """Deactivate the address (case-insensitive); return True if a subscription was changed."""
    with engine.connect() as conn:
        result = conn.execute(
            subscribers.update()
            .where(func.lower(subscribers.c.email) == email.strip().lower(), subscribers.c.active.is_(True))
            .values(active=False)
        )
        return result.rowcount == 1


def active_addresses(engine):
    with engine.connect() as conn:
        query = select(subscribers.c.email).where(subscribers.c.active.is_(True)).order_by(subscribers.c.email)
        return list(conn.execute(query).scalars())
