"""Dunning report over a legacy billing database queried with hand-written SQL."""
from sqlalchemy import text

OVERDUE_SQL = text(
    """
    SELECT c.name AS customer, i.number AS invoice, i.amount_cents AS amount_cents, :today - i.due_day AS days_late
    FROM invoices i JOIN customers c ON c.id = i.customer_id
    WHERE i.paid = 0 AND i.due_day < :today
    ORDER BY days_late DESC, i.number
    """
)


def overdue_invoices(conn, today, min_days_late=1):
    """Unpaid invoices at least ``min_days_late`` days past due, as plain dicts."""
    result = conn.execute(OVERDUE_SQL, {"today": today})
    return [dict(m) for m in result.mappings() if m["days_late"] >= min_days_late]


def dunning_letters(conn, today):
    lines = []
    for row in conn.execute(OVERDUE_SQL, {"today": today}):
        lines.append(f"Dear {row.customer}, invoice {row.invoice} ({row.amount_cents / 100:.2f}) is {row.days_late} days late.")
    return lines
