"""Export the staff directory as CSV text for the intranet."""
import csv
import io

from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, select

metadata = MetaData()
employees = Table(
    "employees",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), nullable=False),
    Column("team", String(40), nullable=False),
    Column("phone", String(20)),
    Column("active", Boolean, nullable=False, default=True),
)


def export_directory(conn, team=None):
    """CSV (header + one line per active employee), sorted by team then name."""
    criteria = employees.c.active.is_(True)
    if team is not None:
        criteria = criteria & (employees.c.team == team)
    query = select([employees], criteria, order_by=[employees.c.team, employees.c.name])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "team", "phone"])
    for row in conn.execute(query):
        writer.writerow([row.name, row.team, row.phone or ""])
    return out.getvalue()
