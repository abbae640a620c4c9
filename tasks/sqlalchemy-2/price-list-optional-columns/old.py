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
        price = row["price_cents"]
        line = row["label"]
        if "discount" in row and row["discount"]:
            price = price * (100 - row["discount"]) // 100
            line += f" (-{row['discount']}%)"
        line += f": {price / 100:.2f}"
        if "stock" in row:
            line += f" [{row['stock']} left]"
        lines.append(line)
    return lines
