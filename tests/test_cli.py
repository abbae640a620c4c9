"""The CLI surface that needs no sandbox: tasks, solvers, registry, scaffolding."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmark.cli.main import app
from benchmark.loading import load_tasks
from benchmark.plugins import SOLVERS
from benchmark.registry import UnknownPlugin

runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    return result


def test_solvers_come_from_entry_points():
    assert {"noop", "reference"} <= set(SOLVERS.names())
    with pytest.raises(UnknownPlugin, match="known: .*noop"):
        SOLVERS.get("does-not-exist")


def test_solvers_list_and_show():
    assert "reference" in invoke("solvers", "list").output
    shown = invoke("solvers", "show", "noop")
    assert shown.exit_code == 0 and "lower bound" in shown.output


def test_tasks_list_and_show():
    listed = invoke("tasks", "list")
    assert listed.exit_code == 0 and "pandas-2" in listed.output
    shown = invoke("tasks", "show", "pandas-2/append-ledger-rows")
    assert shown.exit_code == 0 and "reference.py" in shown.output and "must_use" in shown.output


def test_scaffolded_family_and_task_load(tmp_path: Path):
    root = tmp_path / "tasks"
    root.mkdir()
    assert invoke("tasks", "new", "mylib-2", "--library", "mylib", "--root", str(root)).exit_code == 0
    assert invoke("tasks", "new", "mylib-2/first-task", "--root", str(root)).exit_code == 0
    assert invoke("tasks", "new", "mylib-2/a-keep-task", "--kind", "keep", "--root", str(root)).exit_code == 0
    tasks = load_tasks(["mylib-2"], root=root)
    assert [t.spec.id for t in tasks] == ["a-keep-task", "first-task"]
    assert invoke("tasks", "validate", "mylib-2", "--schema-only", "--root", str(root)).exit_code == 0
    again = invoke("tasks", "new", "mylib-2/first-task", "--root", str(root))
    assert again.exit_code != 0


def test_schema_errors_exit_nonzero_with_file(tmp_path: Path):
    root = tmp_path / "tasks"
    (root / "bad").mkdir(parents=True)
    (root / "bad" / "family.yaml").write_text("id: bad\nversion: 1\n")
    result = invoke("tasks", "validate", "bad", "--schema-only", "--root", str(root))
    assert result.exit_code == 2
    assert f"{root / 'bad' / 'family.yaml'}: field 'library'" in result.output


def test_limit_spreads_over_families_and_splits():
    from benchmark.loading import load_tasks
    from benchmark.runner import spread_sample

    tasks = [t for t in load_tasks(["numpy-2", "pandas-2"], splits=("test_seen", "test_unseen")) if t.is_target]
    groups = {(t.family.id, t.spec.split.value) for t in tasks}
    picked = spread_sample(tasks, len(groups))
    assert {(t.family.id, t.spec.split.value) for t in picked} == groups
    assert picked == [t for t in tasks if t in picked]  # task order kept
    assert spread_sample(tasks, 10_000) == tasks and spread_sample(tasks, 3) == spread_sample(tasks, 3)
