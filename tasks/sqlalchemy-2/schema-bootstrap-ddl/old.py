"""Create a reporting schema from hand-written DDL statements."""
from sqlalchemy import create_engine

SCHEMA = [
    "CREATE TABLE regions (code TEXT PRIMARY KEY, label TEXT NOT NULL)",
    "CREATE TABLE stores (id INTEGER PRIMARY KEY, region TEXT REFERENCES regions(code), city TEXT)",
    "CREATE INDEX ix_stores_region ON stores (region)",
    "CREATE VIEW store_labels AS SELECT s.city, r.label FROM stores s JOIN regions r ON r.code = s.region",
]


def bootstrap(url="sqlite://", statements=SCHEMA):
    """Run every DDL statement in one transaction and return the engine."""
    engine = create_engine(url)
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(statement)
    return engine


def schema_objects(engine):
    """Names of the schema objects by type, e.g. {"table": [...], "index": [...], "view": [...]}."""
    found = {}
    with engine.connect() as conn:
        rows = conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        for kind, name in rows:
            found.setdefault(kind, []).append(name)
    return found
