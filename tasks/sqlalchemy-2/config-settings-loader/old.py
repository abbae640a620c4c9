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
        convert = _CONVERTERS.get(row["kind"])
        if convert is None:
            raise ValueError(f"unknown kind {row['kind']!r} for {row['key']}")
        result[row["key"]] = convert(row["value"])
    return result
