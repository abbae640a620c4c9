"""Loan desk of a branch library: who borrowed what, and which loans are overdue."""
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, select

metadata = MetaData()
books = Table(
    "books",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(200), nullable=False),
)
loans = Table(
    "loans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("book_id", ForeignKey("books.id"), nullable=False),
    Column("member", String(80), nullable=False),
    Column("due_day", Integer, nullable=False),
)


def add_books(engine, titles):
    metadata.create_all(engine)
    engine.execute(books.insert(), [{"title": t} for t in titles])


def lend(engine, book_id, member, due_day):
    result = engine.execute(loans.insert().values(book_id=book_id, member=member, due_day=due_day))
    return result.inserted_primary_key[0]


def overdue_report(engine, today):
    """(member, title, days late) for every loan due before ``today``, most late first."""
    query = (
        select(loans.c.member, books.c.title, (today - loans.c.due_day).label("late"))
        .join_from(loans, books, loans.c.book_id == books.c.id)
        .where(loans.c.due_day < today)
        .order_by(loans.c.due_day, loans.c.member)
    )
    return [(row.member, row.title, row.late) for row in engine.execute(query).fetchall()]
