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


def test_run_prints_forgetting_next_to_the_target_metrics():
    from rich.console import Console

    from benchmark.cli.common import forgetting_table

    def delta(mean: float, low: float, high: float, n: int) -> dict:
        return {"mean": mean, "ci_low": low, "ci_high": high, "n": n}

    report = {"humaneval_base": {"mean": 0.1, "ci_low": 0.03, "ci_high": 0.3, "n": 20},
              "humaneval_updated": {"mean": 0.05, "ci_low": 0.01, "ci_high": 0.24, "n": 20},
              "humaneval_delta": delta(-0.05, -0.15, 0.0, 20),
              "bpb_base": 0.79206, "bpb_updated": 0.78783, "bpb_delta": delta(-0.0034, -0.0042, -0.0025, 224),
              "bpb_docs": 224,
              "bpb_by_source": {"humaneval": {"docs": 164, "base": 0.7, "updated": 0.7012,
                                              "delta": delta(0.0011, 0.0002, 0.002, 164)},
                                "keep": {"docs": 60, "base": 0.9, "updated": 0.88, "delta": delta(-0.02, -0.03, -0.01, 60)}}}
    console = Console(record=True, width=200)
    console.print(forgetting_table({"forgetting": report}))
    text = console.export_text()
    lines = {line.split("│")[1].strip(): line for line in text.splitlines() if line.count("│") > 2}
    assert "10.0%" in lines["HumanEval pass@1 (greedy)"] and "-5.0 (-15.0…+0.0) points" in lines["HumanEval pass@1 (greedy)"]
    assert "0.7921" in lines["bits/byte, all held-out code"] and "-0.0034 (-0.0042…-0.0025)" in lines["bits/byte, all held-out code"]
    assert "164" in lines["HumanEval code (general)"] and "+0.0011 (+0.0002…+0.0020)" in lines["HumanEval code (general)"]
    assert "-0.0200" in lines["keep-task code (the domain)"]
    assert forgetting_table({"overall": {}}) is None  # a solver that changes no weights has no such table
