"""Quarterly commission report for the sales team (conditional aggregation)."""
from sqlalchemy import Column, Integer, MetaData, String, Table, case, func, select

metadata = MetaData()
deals = Table(
    "deals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("rep", String(40), nullable=False),
    Column("amount", Integer, nullable=False),
    Column("stage", String(10), nullable=False),
)


def commission_report(conn, rate_pct=5, big_deal=10000, big_bonus=250):
    """{rep: (won deals, lost deals, commission)} - commission on won deals, plus a bonus per big win."""
    won = deals.c.stage == "won"
    query = (
        select(
            deals.c.rep,
            func.sum(case((won, 1), else_=0)),
            func.sum(case((deals.c.stage == "lost", 1), else_=0)),
            func.sum(case((won, deals.c.amount * rate_pct / 100.0), else_=0)),
            func.sum(case((won & (deals.c.amount >= big_deal), big_bonus), else_=0)),
        )
        .group_by(deals.c.rep)
        .order_by(deals.c.rep)
    )
    return {
        rep: (n_won, n_lost, round(commission + bonus, 2))
        for rep, n_won, n_lost, commission, bonus in conn.execute(query)
    }
