from sqlalchemy import create_engine

from solution import ReadingArchive


def _archive():
    archive = ReadingArchive()
    archive.load("north", {1: -2.5, 2: 0.5, 3: 4.0, 4: 1.0})
    archive.load("south", {2: 12.0, 4: 15.5})
    return archive


def test_summary_per_station():
    archive = _archive()
    assert archive.summary() == {"north": (4, -2.5, 4.0), "south": (2, 12.0, 15.5)}


def test_purge_removes_old_rows_and_reports_count():
    archive = _archive()
    assert archive.purge_before(3) == 3
    assert archive.summary() == {"north": (2, 1.0, 4.0), "south": (1, 15.5, 15.5)}
    assert archive.purge_before(3) == 0


def test_purge_everything():
    archive = _archive()
    assert archive.purge_before(100) == 6
    assert archive.summary() == {}


def test_changes_are_committed(tmp_path):
    url = "sqlite:///" + str(tmp_path / "readings.db")
    engine = create_engine(url)
    archive = ReadingArchive(engine)
    archive.load("east", {5: 3.0, 9: 7.0})
    archive.purge_before(6)
    engine.dispose()
    assert ReadingArchive(create_engine(url)).summary() == {"east": (1, 7.0, 7.0)}
