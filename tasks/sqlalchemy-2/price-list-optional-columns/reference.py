"""Printable price list; the discount and stock columns are only queried on request."""
from sqlalchemy import Column, Integer, MetaData, String, Table, select

metadata = MetaData()
products = Table(
    "products",
    metadata,
    Column("sku", String(10), primary_key=True),
    Column("label", String(60), nullable=False),
    Column("price_cents", Integer, nullable=False),
    Column("discount_pct", Integer, nullable=False, default=0),
    Column("stock", Integer, nullable=False, default=0),
)


def price_list(conn, with_discount=False, with_stock=False):
    columns = [products.c.label, products.c.price_cents]
    if with_discount:
        columns.append(products.c.discount_pct.label("discount"))
    if with_stock:
        columns.append(products.c.stock.label("stock"))
    lines = []
    for row in conn.execute(select(*columns).order_by(products.c.label)):
        record = row._mapping
        price = record["price_cents"]
        line = record["label"]
        if "discount" in record and record["discount"]:
            price = price * (100 - record["discount"]) // 100
            line += f" (-{record['discount']}%)"
        line += f": {price / 100:.2f}"
        if "stock" in record:
            line += f" [{record['stock']} left]"
        lines.append(line)
    return lines
