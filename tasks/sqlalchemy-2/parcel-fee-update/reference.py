"""Recompute postage fees for queued parcels in a single UPDATE statement."""
from sqlalchemy import Column, Integer, MetaData, String, Table, case, select

metadata = MetaData()
parcels = Table(
    "parcels",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("grams", Integer, nullable=False),
    Column("zone", String(10), nullable=False),
    Column("status", String(10), nullable=False, default="queued"),
    Column("fee_cents", Integer),
)

BANDS = [(500, 390), (2000, 690), (10000, 1490)]


def reprice_parcels(conn, oversize_fee=2990, abroad_surcharge=800):
    """Set fee_cents of every queued parcel by weight band (+ surcharge abroad); return the count."""
    weight_fee = case(*[(parcels.c.grams <= limit, fee) for limit, fee in BANDS], else_=oversize_fee)
    surcharge = case((parcels.c.zone == "abroad", abroad_surcharge), else_=0)
    result = conn.execute(
        parcels.update().where(parcels.c.status == "queued").values(fee_cents=weight_fee + surcharge)
    )
    return result.rowcount


def fees(conn):
    return dict(conn.execute(select(parcels.c.id, parcels.c.fee_cents).order_by(parcels.c.id)).all())
