"""Typed application settings stored as key/value rows."""
from sqlalchemy import Column, MetaData, String, Table, select

metadata = MetaData()
settings = Table(
    "settings",
    metadata,
    Column("scope", String(20), primary_key=True),
    Column("key", String(60), primary_key=True),
    Column("value", String(200), nullable=False),
    Column("kind", String(5), nullable=False),
)

_CONVERTERS = {"int": int, "float": float, "bool": lambda v: v.lower() in ("1", "true", "yes"), "str": str}


def load_settings(conn, scope, defaults=None):
    """Settings of ``scope`` converted to their declared kind, on top of ``defaults``."""
    result = dict(defaults or {})
    query = select(settings).where(settings.c.scope == scope)
    for row in conn.execute(query):
        record = row._mapping
        convert = _CONVERTERS.get(record["kind"])
        if convert is None:
            raise ValueError(f"unknown kind {record['kind']!r} for {record['key']}")
        result[record["key"]] = convert(record["value"])
    return result
