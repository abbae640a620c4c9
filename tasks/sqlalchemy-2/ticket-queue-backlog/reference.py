"""Help-desk backlog: open tickets per queue, including queues with nothing open."""
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, func, select

metadata = MetaData()
queues = Table(
    "queues",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40), nullable=False, unique=True),
)
tickets = Table(
    "tickets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("queue_id", ForeignKey("queues.id"), nullable=False),
    Column("status", String(10), nullable=False),
    Column("priority", Integer, nullable=False),
)


def backlog_by_queue(conn, min_priority=0):
    """[(queue name, open tickets with priority >= min_priority)], every queue listed, by name."""
    open_counts = (
        select(tickets.c.queue_id, func.count().label("n"))
        .where(tickets.c.status == "open", tickets.c.priority >= min_priority)
        .group_by(tickets.c.queue_id)
        .subquery()
    )
    query = (
        select(queues.c.name, func.coalesce(open_counts.c.n, 0))
        .select_from(queues.outerjoin(open_counts, open_counts.c.queue_id == queues.c.id))
        .order_by(queues.c.name)
    )
    return [tuple(row) for row in conn.execute(query)]
