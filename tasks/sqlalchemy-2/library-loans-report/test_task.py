from sqlalchemy import create_engine

from solution import add_books, lend, overdue_report


def _desk(url="sqlite://"):
    engine = create_engine(url)
    add_books(engine, ["Dune", "Emma", "Ulysses"])
    return engine


def test_overdue_loans_sorted_by_lateness():
    engine = _desk()
    assert lend(engine, 1, "rosa", 10) == 1
    assert lend(engine, 2, "omar", 4) == 2
    assert lend(engine, 3, "li", 20) == 3
    assert lend(engine, 1, "anna", 4) == 4
    assert overdue_report(engine, 12) == [("anna", "Dune", 8), ("omar", "Emma", 8), ("rosa", "Dune", 2)]


def test_nothing_overdue():
    engine = _desk()
    lend(engine, 2, "kim", 30)
    assert overdue_report(engine, 30) == []


def test_loans_are_committed(tmp_path):
    url = "sqlite:///" + str(tmp_path / "library.db")
    engine = _desk(url)
    lend(engine, 3, "paul", 1)
    engine.dispose()
    assert overdue_report(create_engine(url), 5) == [("paul", "Ulysses", 4)]
