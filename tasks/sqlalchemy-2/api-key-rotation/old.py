"""API key store for a small web service; keeps one connection open for its lifetime."""
import hashlib

from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, create_engine, select

metadata = MetaData()
api_keys = Table(
    "api_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("owner", String(40), nullable=False),
    Column("digest", String(64), nullable=False, unique=True),
    Column("revoked", Boolean, nullable=False, default=False),
)


def _digest(key):
    return hashlib.sha256(key.encode()).hexdigest()


class KeyStore:
    def __init__(self, url):
        engine = create_engine(url)
        metadata.create_all(engine)
        self.conn = engine.connect()

    def register(self, owner, key):
        self.conn.execute(api_keys.insert().values(owner=owner, digest=_digest(key)))

    def rotate(self, owner, new_key):
        """Revoke every active key of ``owner`` and register ``new_key``; return how many were revoked."""
        active = (api_keys.c.owner == owner) & api_keys.c.revoked.is_(False)
        revoked = self.conn.execute(api_keys.update().where(active).values(revoked=True)).rowcount
        self.conn.execute(api_keys.insert().values(owner=owner, digest=_digest(new_key)))
        return revoked

    def owner_of(self, key):
        query = select(api_keys.c.owner).where(api_keys.c.digest == _digest(key), api_keys.c.revoked.is_(False))
        return self.conn.execute(query).scalar()

    def close(self):
        self.conn.close()
