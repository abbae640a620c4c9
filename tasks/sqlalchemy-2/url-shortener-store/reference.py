"""Storage for a tiny URL shortener: short code -> target URL, with a hit counter."""
from sqlalchemy import Column, Integer, MetaData, String, Table, select

metadata = MetaData()
links = Table(
    "links",
    metadata,
    Column("code", String(12), primary_key=True),
    Column("target", String(500), nullable=False),
    Column("hits", Integer, nullable=False, default=0),
)


def install(engine):
    metadata.create_all(engine)


def shorten(engine, code, target):
    if not target.startswith(("http://", "https://")):
        raise ValueError(f"not a web address: {target!r}")
    with engine.begin() as conn:
        conn.execute(links.insert().values(code=code, target=target))
    return code


def resolve(engine, code):
    """Return the target URL for ``code`` (counting the visit), or None when unknown."""
    with engine.begin() as conn:
        target = conn.execute(select(links.c.target).where(links.c.code == code)).scalar()
        if target is not None:
            conn.execute(links.update().where(links.c.code == code).values(hits=links.c.hits + 1))
    return target


def hit_count(engine, code):
    with engine.connect() as conn:
        return conn.execute(select(links.c.hits).where(links.c.code == code)).scalar()
