"""Tracking board joining shipments with their carrier and destination depot."""
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, select

metadata = MetaData()
carriers = Table("carriers", metadata, Column("id", Integer, primary_key=True), Column("name", String(40)))
depots = Table("depots", metadata, Column("id", Integer, primary_key=True), Column("name", String(40)))
shipments = Table(
    "shipments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40), nullable=False),
    Column("carrier_id", ForeignKey("carriers.id")),
    Column("depot_id", ForeignKey("depots.id")),
)


def tracking_board(conn):
    """One line per shipment: '#<id> <shipment> via <carrier> to <depot>' (unassigned -> '?')."""
    query = (
        select(shipments, carriers, depots)
        .select_from(
            shipments.outerjoin(carriers, shipments.c.carrier_id == carriers.c.id).outerjoin(
                depots, shipments.c.depot_id == depots.c.id
            )
        )
        .order_by(shipments.c.id)
    )
    lines = []
    for row in conn.execute(query):
        carrier = row[carriers.c.name] or "?"
        depot = row[depots.c.name] or "?"
        lines.append(f"#{row[shipments.c.id]} {row[shipments.c.name]} via {carrier} to {depot}")
    return lines
