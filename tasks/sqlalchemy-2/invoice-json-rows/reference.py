"""JSON feed of invoices for the accounting front end."""
import json

from sqlalchemy import Column, Date, Integer, MetaData, String, Table, select

metadata = MetaData()
invoices = Table(
    "invoices",
    metadata,
    Column("number", String(12), primary_key=True),
    Column("customer", String(80), nullable=False),
    Column("issued", Date, nullable=False),
    Column("total_cents", Integer, nullable=False),
)


def _jsonable(record):
    record["issued"] = record["issued"].isoformat()
    record["total"] = f'{record.pop("total_cents") / 100:.2f}'
    return record


def invoices_as_json(conn, customer=None):
    query = select(invoices).order_by(invoices.c.issued, invoices.c.number)
    if customer is not None:
        query = query.where(invoices.c.customer == customer)
    records = [_jsonable(dict(row._mapping)) for row in conn.execute(query)]
    return json.dumps(records, sort_keys=True)
