"""Per-page view counters for a documentation site, updated with plain SQL."""
from sqlalchemy import create_engine, text


class PageViews:
    def __init__(self, url="sqlite://"):
        self.engine = create_engine(url)
        with self.engine.begin() as conn:
            conn.execute(text("CREATE TABLE IF NOT EXISTS views (path TEXT PRIMARY KEY, n INTEGER NOT NULL)"))

    def hit(self, path, times=1):
        path = "/" + path.strip("/")
        with self.engine.begin() as conn:
            conn.execute(text("INSERT OR IGNORE INTO views (path, n) VALUES (:path, 0)"), {"path": path})
            conn.execute(text("UPDATE views SET n = n + :times WHERE path = :path"), {"path": path, "times": times})

    def top(self, limit=5):
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT path, n FROM views ORDER BY n DESC, path LIMIT :limit"), {"limit": limit})
            return [(path, n) for path, n in rows]
