"""Describe SQLite tables for a data-catalogue page, using PRAGMA statements."""
import re

from sqlalchemy import create_engine, text

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def describe_table(engine, table):
    """Return [{"name", "type", "nullable", "primary_key"}] for each column of ``table``."""
    if not _IDENTIFIER.match(table):
        raise ValueError(f"suspicious table name: {table!r}")
    with engine.connect() as conn:
        rows = conn.execute(text(f"PRAGMA table_info({table})")).fetchall()
    if not rows:
        raise LookupError(f"no such table: {table}")
    return [
        {"name": name, "type": decl_type.upper(), "nullable": not notnull, "primary_key": bool(pk)}
        for _cid, name, decl_type, notnull, _default, pk in rows
    ]


def demo_engine():
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE parcels (id INTEGER PRIMARY KEY, tracking varchar(20) NOT NULL, weight REAL)"))
    return engine
