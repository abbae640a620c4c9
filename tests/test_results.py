from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark.results import RunStore
from tests.test_metrics import _row


def test_torn_last_line_is_dropped_and_rows_are_unique(tmp_path):
    store = RunStore(tmp_path / "run")
    store.create({"run_id": "run"})
    store.append(_row("f/a", 0, True))
    store.append(_row("f/a", 1, False))
    store.append(_row("f/a", 0, False))  # a duplicate key never counts twice
    with store.samples_path.open("ab") as fh:
        fh.write(b'{"task": "f/b", "sam')  # killed mid-write
    rows = store.rows()
    assert sorted(r.key for r in rows) == [("f/a", 0), ("f/a", 1)]
    assert next(r for r in rows if r.key == ("f/a", 0)).passed is True  # first write wins
    assert store.samples_path.read_bytes().endswith(b"\n")
    store.append(_row("f/b", 0, True))
    assert len(store.rows()) == 3


def test_infra_rows_are_replaced_by_a_later_scored_row(tmp_path):
    store = RunStore(tmp_path / "run")
    store.create({"run_id": "run"})
    store.append(_row("f/a", 0, False, status="infra"))
    store.append(_row("f/a", 0, True))
    store.append(_row("f/a", 0, False))
    (row,) = store.rows()
    assert row.status == "pass"


def test_a_run_is_locked_against_a_second_writer(tmp_path):
    first, second = RunStore(tmp_path / "run"), RunStore(tmp_path / "run")
    first.lock()
    with pytest.raises(FileExistsError, match="in progress"):
        second.lock()
    first.unlock()
    second.lock()
    second.unlock()


def test_runs_that_cannot_be_rescored_here_say_why(tmp_path):
    from benchmark.rescore import why_not_rescorable

    def run(name: str, **info) -> Path:  # noqa: ANN003
        folder = tmp_path / name
        folder.mkdir()
        (folder / "run.json").write_text(json.dumps({"config": {}, **info}))
        return folder

    assert why_not_rescorable(run("plain")) is None
    assert "withheld (peer code)" in why_not_rescorable(run("peer", candidates_withheld="peer code"))
    missing = why_not_rescorable(run("imported", config={"tasks_root": str(tmp_path / "gone")}))
    assert missing.startswith(f"its tasks folder {tmp_path / 'gone'} is not here")
