"""The CLI surface that needs no sandbox: tasks, solvers, registry, scaffolding."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from benchmark.cli.main import app
from benchmark.loading import load_tasks
from benchmark.plugins import SOLVERS
from benchmark.registry import UnknownPlugin

REPO_ROOT = Path(__file__).resolve().parent.parent

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


# -- bad input: one line, before anything is built -----------------------------------------------


def run_main(capsys, monkeypatch, *args: str) -> tuple[int, str]:
    """``bench ARGS`` through the real entry point (its error handling included), in-process."""
    from benchmark.cli.main import main

    monkeypatch.setattr("sys.argv", ["bench", *args])
    try:
        main()
        status = 0
    except SystemExit as stop:
        status = stop.code
    captured = capsys.readouterr()
    return status, captured.err + captured.out


@pytest.mark.parametrize("args, says", [
    (("--split", "nosuch"), "unknown split nosuch (known: train, test_seen, test_unseen, all)"),
    (("--tasks", "nosuch"), "unknown task family nosuch (known: matplotlib-3.9"),
    (("--tasks", "pandas-2/append-ledger-rows"), "a task id is not a family"),
    (("--model", "nosuch-model"), "unknown model 'nosuch-model': not an embedded model (smollm2-135m"),
    (("-S", "notakey=1"), "notakey: unknown option. Valid options: strategy (one of basic|"),
    (("-S", "max_new_tokens=many"), "max_new_tokens (int, default 512)"),
    (("--workers", "x"), "Invalid value for '--workers'"),
    (("--resume", "nosuchrun"), "no run 'nosuchrun' to resume in"),
])
def test_bad_run_input_fails_in_one_line_and_leaves_no_run_folder(args, says, capsys, monkeypatch, tmp_path):
    (tmp_path / "earlier-run").mkdir()
    (tmp_path / "earlier-run" / "run.json").write_text("{}")
    status, output = run_main(capsys, monkeypatch, "run", "--out", str(tmp_path), "--sandbox", "nosuch-sandbox", *args)
    # The sandbox named does not exist: an error about it would mean the input was checked too late.
    assert status == 2, output
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0], output
    assert "Traceback" not in output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["earlier-run"]
    if "--resume" in args:
        assert "runs there, newest last: earlier-run" in lines[0]


def test_a_hub_model_that_cannot_be_reached_fails_at_once(monkeypatch):
    from solvers.lm.models import ModelError, check_model

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", "/nonexistent-hf-home")
    with pytest.raises(ModelError, match="not in the Hugging Face cache and the hub cannot be reached"):
        check_model("some-org/some-model")
    check_model("smollm2-135m")  # embedded: fine offline
    check_model("openai:any-name")
    check_model(str(REPO_ROOT))  # a local folder is taken as given


def test_a_run_that_never_starts_leaves_no_folder(tmp_path):
    from benchmark.loading import SpecError
    from benchmark.runner import RunConfig, RunRequestError, run

    with pytest.raises(SpecError, match="unknown task family nosuch"):
        run(RunConfig(solver="noop", families=("nosuch",)), None, tmp_path, run_id="never", log=lambda msg: None)
    with pytest.raises(RunRequestError, match="no run 'gone' to resume"):
        run(RunConfig(solver="noop"), None, tmp_path, run_id="gone", resume=True, log=lambda msg: None)
    assert list(tmp_path.iterdir()) == []


def test_tasks_show_prints_brackets_and_piped_tables_keep_names(capsys, monkeypatch):
    status, output = run_main(capsys, monkeypatch, "tasks", "show", "pandas-2/append-ledger-rows")
    assert status == 0 and "pandas.concat([df, other]" in output
    status, output = run_main(capsys, monkeypatch, "models", "list")
    assert "smollm2-135m" in output and "smollm2-13…" not in output


def test_progress_lines_for_a_log(monkeypatch):
    """Without a terminal the progress is plain lines: start, at most every interval, and the end."""
    import io

    from rich.console import Console

    from benchmark.cli.common import LineProgress

    sink, clock = io.StringIO(), [0.0]
    monkeypatch.setattr("benchmark.cli.common.time.monotonic", lambda: clock[0])

    def at(t: float) -> None:
        clock[0] = t

    with LineProgress(Console(file=sink, width=300), interval=30) as bar:
        task = bar.add_task("run x", total=None)  # printed: the start
        bar.update(task, total=4, completed=0)  # the total arrives
        at(10), bar.advance(task)  # the first row, after a wait: the rate is measured from here
        at(20), bar.update(task, advance=1, description="run x · fix@1 so far 50.0% of 2")  # too soon to print
        at(40), bar.advance(task)  # 40 s since the last line: printed, 2 rows in 30 s
        at(45), bar.advance(task)  # done: printed
    lines = [line.split("] ", 1)[1] for line in sink.getvalue().splitlines()]
    assert lines == ["run x: started",
                     "run x · fix@1 so far 50.0% of 2: 3/4 (75%), 4.0/min, elapsed 40s, ETA 15s",
                     "run x · fix@1 so far 50.0% of 2: 4/4 (100%), 5.1/min, elapsed 45s"]
