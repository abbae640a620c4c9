"""Stock movements for a small warehouse, stored with SQLAlchemy Core."""
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, func, select

metadata = MetaData()

movements = Table(
    "movements",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sku", String(32), nullable=False),
    Column("quantity", Integer, nullable=False),
)


def open_ledger(url="sqlite://"):
    engine = create_engine(url)
    metadata.create_all(engine)
    return engine


def record_movement(engine, sku, quantity):
    """Store a stock movement (positive = received, negative = shipped)."""
    if quantity == 0:
        raise ValueError("a movement needs a non-zero quantity")
    engine.execute(movements.insert().values(sku=sku, quantity=quantity))


def stock_level(engine, sku):
    query = select(func.coalesce(func.sum(movements.c.quantity), 0)).where(movements.c.sku == sku)
    return engine.execute(query).scalar()
