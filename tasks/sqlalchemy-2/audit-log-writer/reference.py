"""Append-only audit trail kept in a plain SQL table."""
from sqlalchemy import create_engine, text


class AuditLog:
    def __init__(self, url="sqlite://"):
        self.engine = create_engine(url)
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "CREATE TABLE IF NOT EXISTS audit ("
                    "seq INTEGER PRIMARY KEY AUTOINCREMENT, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT)"
                )
            )

    def record(self, actor, action, targets=(None,)):
        """Write one audit row per target (a single row with no target by default)."""
        rows = [{"actor": actor, "action": action, "target": t} for t in targets]
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO audit (actor, action, target) VALUES (:actor, :action, :target)"), rows)
        return len(rows)

    def trail(self, actor=None):
        sql = "SELECT seq, actor, action, target FROM audit"
        params = {}
        if actor is not None:
            sql += " WHERE actor = :actor"
            params["actor"] = actor
        with self.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql + " ORDER BY seq"), params)]
