"""Nightly job: drop expired login sessions and record what was done."""
from sqlalchemy import Column, Integer, MetaData, String, Table, func, select

metadata = MetaData()
login_sessions = Table(
    "login_sessions",
    metadata,
    Column("token", String(32), primary_key=True),
    Column("user", String(40), nullable=False),
    Column("expires_at", Integer, nullable=False),
)
job_runs = Table(
    "job_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ran_at", Integer, nullable=False),
    Column("removed", Integer, nullable=False),
)


def run_cleanup(engine, now):
    """Delete sessions that expired before ``now``, log the run, return the number removed."""
    with engine.connect() as conn:
        removed = conn.execute(login_sessions.delete().where(login_sessions.c.expires_at < now)).rowcount
        conn.execute(job_runs.insert().values(ran_at=now, removed=removed))
    return removed


def status(engine):
    with engine.connect() as conn:
        live = conn.execute(select(func.count()).select_from(login_sessions)).scalar()
        runs = conn.execute(select(job_runs.c.ran_at, job_runs.c.removed).order_by(job_runs.c.id)).all()
    return live, [tuple(r) for r in runs]
