"""`bench run` through the CLI on the shipped family, in the Docker sandbox."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmark.results import RunStore
from benchmark.loading import default_tasks_dir, load_family_spec
from tests.conftest import PANDAS, require_docker

pytestmark = pytest.mark.docker


def bench(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "benchmark.cli.main", *args], capture_output=True, text=True,
                          timeout=900, env={**os.environ, "COLUMNS": "200"})
    if check and proc.returncode != 0:
        raise AssertionError(f"bench {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    require_docker()
    out = tmp_path_factory.mktemp("results")
    for solver in ("reference", "noop"):
        bench("run", "--solver", solver, "--tasks", PANDAS, "--sandbox", "docker", "--workers", "2",
              "--out", str(out), "--run-id", solver)
    return out


def metrics(out: Path, run_id: str) -> dict:
    return json.loads((out / run_id / "metrics.json").read_text())


def test_reference_is_perfect(runs):
    m = metrics(runs, "reference")
    assert m["overall"]["fix@1"]["mean"] == 1.0
    assert m["overall"]["pass@1"]["mean"] == 1.0
    assert m["overall"]["api"]["mean"] == 1.0
    assert m["overall"]["exec"]["mean"] == 1.0
    assert m["overall"]["upass"]["mean"] == 1.0
    assert m["locality"]["mean"] == 1.0


def test_noop_fails_real_migrations_and_keeps_keep_tasks(runs):
    m = metrics(runs, "noop")
    assert m["overall"]["fix@1"]["mean"] == 0.0
    assert m["non_deprecation_migrate"]["tasks"] > 0
    assert m["non_deprecation_migrate"]["pass@1"]["mean"] == 0.0
    assert m["locality"]["mean"] == 1.0
    rows = RunStore(runs / "noop").rows()
    # Deprecation-only tasks still pass with old code, but fail the api check (warning raised).
    deprecated = [r for r in rows if r.deprecation]
    assert deprecated and all(r.passed and r.api is False and r.api_deprecations and r.fixed is False
                              for r in deprecated)


def test_run_record_ties_results_to_specs(runs):
    info = json.loads((runs / "reference" / "run.json").read_text())
    assert info["families"] == {PANDAS: load_family_spec(default_tasks_dir() / PANDAS).version}
    assert len(info["task_hashes"]) == info["rows"]
    assert info["environments"] and all("lock" in e for e in info["environments"].values())
    rows = RunStore(runs / "reference").rows()
    assert {r.task_hash for r in rows} <= set(info["task_hashes"].values())


def test_second_run_builds_nothing_and_says_so(runs, tmp_path):
    proc = bench("run", "--solver", "reference", "--tasks", PANDAS, "--split", "test_seen", "--sandbox", "docker",
                 "--out", str(tmp_path))
    assert "cache hit, nothing built" in proc.stderr
    assert "building" not in proc.stderr


def test_leaderboard_markdown_and_html(runs, tmp_path):
    md, html = tmp_path / "LB.md", tmp_path / "lb.html"
    bench("leaderboard", str(runs), "-o", str(md), "--html", str(html))
    text = md.read_text()
    assert f"## {PANDAS}@{load_family_spec(default_tasks_dir() / PANDAS).version}" in text
    ref_line = next(line for line in text.splitlines() if line.startswith("| reference"))
    noop_line = next(line for line in text.splitlines() if line.startswith("| noop"))
    assert "100.0 (" in ref_line
    assert text.index(ref_line) < text.index(noop_line)  # sorted by fix@1
    page = html.read_text()
    assert "<svg" in page and 'data-run="reference"' in page and 'data-run="noop"' in page
    assert 'class="sortable"' in page


def test_killed_run_resumes_without_loss_or_duplicates(runs, tmp_path):
    """SIGKILL mid-run, resume, and compare with the uninterrupted run."""
    args = [sys.executable, "-m", "benchmark.cli.main", "run", "--solver", "reference", "--tasks", PANDAS,
            "--samples", "2", "--sandbox", "docker", "--out", str(tmp_path), "--run-id", "killed"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    samples = tmp_path / "killed" / "samples.jsonl"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if samples.is_file() and samples.read_text().count("\n") >= 5:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = samples.read_text().count("\n")
    store = RunStore(tmp_path / "killed")
    assert 5 <= partial < 2 * len(json.loads((tmp_path / "killed" / "run.json").read_text())["task_hashes"])
    assert not (tmp_path / "killed" / "metrics.json").exists()
    killed = store.run_info()
    assert killed["sessions"] == 1 and killed["timings"]["prepare_s"] > 0  # checkpointed before the kill

    resumed_proc = bench("run", "--resume", "killed", "--out", str(tmp_path), "--sandbox", "docker")
    # The progress (plain lines, stderr being a pipe) names the stored solver, not --solver's default.
    total = 2 * len(killed["task_hashes"])
    assert re.search(rf"^\[\d\d:\d\d:\d\d\] reference killed\b.*: {total}/{total} \(100%\)", resumed_proc.stderr, re.M)
    final = store.run_info()
    # The killed session's time is not lost: the resumed run's costs add both sessions up.
    assert final["sessions"] == 2 and final["timings"]["prepare_s"] > killed["timings"]["prepare_s"]
    assert final["timings"]["execute_s"] >= killed["timings"]["execute_s"]
    rows = store.rows()
    n_tasks = len(json.loads((tmp_path / "killed" / "run.json").read_text())["task_hashes"])
    lines = [json.loads(line) for line in samples.read_text().splitlines()]
    assert len(rows) == len(lines) == 2 * n_tasks
    assert len({(r["task"], r["sample"]) for r in lines}) == len(lines)
    resumed, straight = metrics(tmp_path, "killed"), metrics(runs, "reference")
    for key in ("fix@1", "pass@1", "exec", "api", "upass"):
        assert resumed["overall"][key]["mean"] == straight["overall"][key]["mean"]
    assert resumed["locality"]["mean"] == straight["locality"]["mean"]


def test_resume_refuses_existing_run_without_flag(runs):
    proc = bench("run", "--solver", "noop", "--tasks", PANDAS, "--out", str(runs), "--run-id", "noop", check=False)
    assert proc.returncode != 0
    assert "--resume noop" in proc.stderr + proc.stdout


def test_remeasuring_forgetting_needs_a_resumed_weight_updating_run(runs):
    fresh = bench("run", "--solver", "noop", "--tasks", PANDAS, "--out", str(runs), "--remeasure-forgetting", check=False)
    assert fresh.returncode == 2 and "add --resume RUN_ID" in fresh.stderr + fresh.stdout
    before = (runs / "noop" / "metrics.json").read_text()
    proc = bench("run", "--out", str(runs), "--resume", "noop", "--remeasure-forgetting", check=False)
    assert proc.returncode == 2 and "error: solver 'noop' changes no weights" in proc.stderr
    assert (runs / "noop" / "metrics.json").read_text() == before  # refused before touching the run


def test_sweep_runs_each_value_once_and_resumes(runs, tmp_path):
    args = ("sweep", "min_confidence", "0.5", "0.99", "--solver", "rules", "--tasks", PANDAS, "--limit", "3",
            "--sandbox", "docker", "--out", str(tmp_path), "--table", str(tmp_path / "sweep.md"))
    bench(*args)
    folders = {v: tmp_path / f"sweep-rules-min_confidence-{v}" for v in ("0.5", "0.99")}
    first = {v: (f / "samples.jsonl").read_text() for v, f in folders.items()}
    assert all(len(text.splitlines()) == 6 for text in first.values())  # 3 target + 3 keep tasks each
    options = {v: json.loads((f / "run.json").read_text())["config"]["options"] for v, f in folders.items()}
    assert options == {"0.5": {"min_confidence": "0.5"}, "0.99": {"min_confidence": "0.99"}}
    table = (tmp_path / "sweep.md").read_text()
    assert table.count("`sweep-rules-min_confidence-") == 2

    # A killed point (no metrics yet) is resumed, a finished one reused: nothing lost, nothing twice.
    (folders["0.99"] / "metrics.json").unlink()
    lines = first["0.99"].splitlines()
    (folders["0.99"] / "samples.jsonl").write_text("\n".join(lines[:2]) + "\n")
    second = bench(*args).stderr
    assert "0.5: done" in second and "0.99: partial" in second
    assert (folders["0.5"] / "samples.jsonl").read_text() == first["0.5"]
    resumed = RunStore(folders["0.99"]).rows()
    assert len(resumed) == len({r.key for r in resumed}) == 6 and (folders["0.99"] / "metrics.json").is_file()

    # The same folders with another configuration are refused, not mixed.
    other = bench("sweep", "min_confidence", "0.5", "--solver", "rules", "--tasks", PANDAS, "--limit", "2",
                  "--sandbox", "docker", "--out", str(tmp_path), check=False)
    assert other.returncode == 2 and "another configuration" in other.stderr


def test_ctrl_c_stops_the_run_and_removes_its_containers(tmp_path):
    import docker

    args = [sys.executable, "-m", "benchmark.cli.main", "run", "--solver", "reference", "--tasks", PANDAS,
            "--samples", "3", "--sandbox", "docker", "--out", str(tmp_path), "--run-id", "interrupted"]
    # A suite started in the background (nohup ... &) inherits SIGINT ignored, and Python then
    # never raises KeyboardInterrupt: give the child the default disposition, as a terminal would.
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    samples = tmp_path / "interrupted" / "samples.jsonl"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not (samples.is_file() and samples.read_text().count("\n") >= 2):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0
    client = docker.from_env()
    left = client.containers.list(all=True, filters={"label": "api-update-bench.run=interrupted"})
    assert not left, f"containers left behind: {[c.name for c in left]}\n{err}"
    info = json.loads((tmp_path / "interrupted" / "run.json").read_text())
    assert "finished_at" not in info
    assert "interrupted" in err or "Aborted" in err or "KeyboardInterrupt" in err


def test_infrastructure_errors_are_one_clear_line():
    proc = bench("sandbox", "base", "3.12", check=False)
    assert proc.returncode == 2
    assert "no base image for Python 3.12" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_rescore_reexecutes_stored_candidates_and_names_changed_specs(runs, tmp_path):
    """bench rescore: same candidates, same verdicts when nothing changed; after a task's checks
    change, the run records which task changed and its rows follow the new check."""
    import shutil

    out = tmp_path / "results"
    shutil.copytree(runs / "noop", out / "noop")
    before = metrics(out, "noop")
    rows_before = {r.key: r for r in RunStore(out / "noop").rows()}
    bench("rescore", "noop", "--out", str(out), "--sandbox", "docker", "--workers", "2")
    after = metrics(out, "noop")
    assert after["overall"]["fix@1"] == before["overall"]["fix@1"]
    assert after["cost"] == before["cost"]  # the solver's costs are kept
    rows_after = {r.key: r for r in RunStore(out / "noop").rows()}
    assert rows_after.keys() == rows_before.keys()
    assert all(rows_after[k].candidate == rows_before[k].candidate for k in rows_before)
    info = json.loads((out / "noop" / "run.json").read_text())
    assert info["rescored"][-1]["changed_tasks"] == [] and info["rescored"][-1]["rows"] == len(rows_before)

    # Change one task's spec (a longer time limit): the run names it as changed.
    import yaml

    tasks = tmp_path / "tasks"
    shutil.copytree(default_tasks_dir(), tasks)
    uid = sorted(rows_before)[0][0]
    spec = tasks / uid / "task.yaml"
    data = yaml.safe_load(spec.read_text())
    data["timeout_s"] = float(data.get("timeout_s", 20.0)) + 1
    spec.write_text(yaml.safe_dump(data))
    info["config"]["tasks_root"] = str(tasks)
    (out / "noop" / "run.json").write_text(json.dumps(info))
    bench("rescore", "noop", "--out", str(out), "--sandbox", "docker")
    info = json.loads((out / "noop" / "run.json").read_text())
    assert info["rescored"][-1]["changed_tasks"] == [uid]
    assert info["task_hashes"][uid] != json.loads((runs / "noop" / "run.json").read_text())["task_hashes"][uid]


def test_rescore_of_an_unknown_run_lists_the_runs(runs):
    proc = bench("rescore", "nosuchrun", "--out", str(runs), check=False)
    assert proc.returncode == 2
    assert "nosuchrun" in proc.stderr and "reference" in proc.stderr


def test_progress_lines_show_when_stderr_is_not_a_terminal(tmp_path):
    """A run logged to a file (CI, nohup) shows its progress as plain lines."""
    require_docker()
    proc = subprocess.run([sys.executable, "-m", "benchmark.cli.main", "run", "--solver", "reference", "--tasks", PANDAS,
                           "--limit", "2", "--sandbox", "docker", "--out", str(tmp_path), "--run-id", "logged"],
                          capture_output=True, text=True, timeout=900,
                          env={**os.environ, "COLUMNS": "200", "BENCH_PROGRESS_INTERVAL": "0"})
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if "reference logged" in line]
    assert len(lines) >= 3, proc.stderr  # the start, rows as they are scored, the end
    assert lines[-1].endswith("elapsed " + lines[-1].rsplit("elapsed ", 1)[1]) and ": 4/4 (100%)" in lines[-1]
    assert "fix@1 so far 100.0% of 2" in lines[-1]


def test_answers_generated_before_a_kill_are_scored_not_generated_again(docker_sandbox, tmp_path, monkeypatch):
    """Killed after generating but before scoring: the resumed run scores the stored answers and
    generates only what was never generated (the solver's call count proves it)."""
    import benchmark.runner
    from benchmark.plugins import SOLVERS
    from benchmark.runner import RunConfig, run
    from solvers.builtin import ReferenceSolver

    asked: list[list[str]] = []

    class CountingReference(ReferenceSolver):
        name = "counting-reference"

        def solve(self, problems, tasks=None):  # noqa: ANN001, ANN201
            asked.append([p.uid for p in problems])
            return super().solve(problems, tasks)

    monkeypatch.setitem(SOLVERS._explicit, "counting-reference", CountingReference)
    config = RunConfig(solver="counting-reference", families=(PANDAS,), limit=2, batch=2)

    # Session 1: the first chunk is generated, then the process dies before any row is scored.
    def killed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise KeyboardInterrupt

    monkeypatch.setattr(benchmark.runner, "score", killed)
    real_solve = CountingReference.solve

    def die_on_second_chunk(self, problems, tasks=None):  # noqa: ANN001, ANN202
        if len(asked) == 1:
            raise KeyboardInterrupt
        return real_solve(self, problems, tasks)

    monkeypatch.setattr(CountingReference, "solve", die_on_second_chunk)
    with pytest.raises(KeyboardInterrupt):
        run(config, docker_sandbox, tmp_path, run_id="r", log=lambda msg: None)
    store = RunStore(tmp_path / "r")
    first_chunk = asked[0]
    assert store.rows() == [] and sorted(k for k, _ in store.answers()) == sorted(first_chunk)

    # Session 2: the stored answers are scored as they are; only the rest is generated.
    monkeypatch.undo()
    monkeypatch.setitem(SOLVERS._explicit, "counting-reference", CountingReference)
    asked.clear()
    logs: list[str] = []
    _, metrics = run(config, docker_sandbox, tmp_path, run_id="r", resume=True, log=logs.append)
    generated = [uid for chunk in asked for uid in chunk]
    assert not set(generated) & set(first_chunk) and len(generated) == 2
    assert any("2 answers stored unscored" in line for line in logs)
    rows = store.rows()
    lines = (tmp_path / "r" / "samples.jsonl").read_text().splitlines()
    assert len(rows) == len(lines) == 4 and {r.task for r in rows} == {*first_chunk, *generated}
    assert metrics["overall"]["fix@1"]["mean"] == 1.0 and metrics["locality"]["mean"] == 1.0
    assert not (tmp_path / "r" / "answers.jsonl").exists()  # every answer is in its row now


def _first_sampled_target(root: Path) -> str:
    """The id of a target task that a ``--limit 3`` run of the family evaluates."""
    from benchmark.loading import load_tasks
    from benchmark.runner import spread_sample

    tasks = load_tasks([PANDAS], root=root, splits=("test_seen", "test_unseen"))
    return spread_sample([t for t in tasks if t.is_target], 3)[0].spec.id


def _only(root: Path, family: str) -> None:
    """Keep only ``family`` in a tasks copy (the rest would only slow the test)."""
    import shutil as sh

    for folder in root.iterdir():
        if folder.is_dir() and folder.name != family:
            sh.rmtree(folder)


def test_tasks_whose_environment_cannot_be_built_are_left_out_and_reported(docker_sandbox, tasks_copy, tmp_path):
    """One task needs an interpreter no base image exists for: the run scores the others, lists it
    with the reason, and keeps it out of every denominator."""
    from benchmark.runner import RunConfig, run
    from leaderboard.render import collect_runs, render_markdown

    _only(tasks_copy, PANDAS)
    victim = _first_sampled_target(tasks_copy)
    spec = tasks_copy / PANDAS / victim / "task.yaml"
    spec.write_text(spec.read_text() + '\nenvironments:\n  new: {python: "3.7", requirements: ["pandas==1.3.5"]}\n')
    config = RunConfig(solver="reference", families=(PANDAS,), tasks_root=str(tasks_copy), limit=3)
    logs: list[str] = []
    folder, metrics = run(config, docker_sandbox, tmp_path, run_id="r", log=logs.append)
    uid = f"{PANDAS}/{victim}"
    info = json.loads((folder / "run.json").read_text())
    assert uid in info["task_hashes"] and "cannot be built here" in info["excluded"][uid]
    assert "no base image for Python 3.7" in info["excluded"][uid]
    assert "1 tasks left out: environment cannot be built here (no base image for Python 3.7) (each environment's " \
           "reason in run.json)" in logs
    rows = RunStore(folder).rows()
    assert uid not in {r.task for r in rows} and len(rows) == len(info["task_hashes"]) - 1
    assert metrics["runnable"] == {"tasks": len(info["task_hashes"]) - 1, "of": len(info["task_hashes"]),
                                   "left_out": {"environment cannot be built here (no base image for Python 3.7)": 1}}
    assert metrics["overall"]["fix@1"]["mean"] == 1.0  # the reference, over the runnable tasks only
    table = render_markdown(collect_runs([tmp_path]))
    assert f"`r`: {len(rows)} of {len(rows) + 1} tasks runnable here (left out: 1 environment cannot be built here " \
           f"(no base image for Python 3.7))" in table


def test_tasks_invalid_in_validation_are_left_out_of_the_denominators(docker_sandbox, tasks_copy, tmp_path):
    from benchmark.runner import RunConfig, run

    _only(tasks_copy, PANDAS)
    validation = tasks_copy / PANDAS / "validation.json"
    report = json.loads(validation.read_text())
    broken = next(t for t in report["tasks"] if t["task"] == f"{PANDAS}/{_first_sampled_target(tasks_copy)}")
    broken.update(ok=False, notes=["reference fails its tests in new"])
    validation.write_text(json.dumps(report))
    # The noop baseline on a family whose invalid task is left out: not in rows, not in the counts.
    config = RunConfig(solver="noop", families=(PANDAS,), tasks_root=str(tasks_copy), limit=3)
    folder, metrics = run(config, docker_sandbox, tmp_path, run_id="n", log=lambda msg: None)
    info = json.loads((folder / "run.json").read_text())
    assert info["excluded"] == {broken["task"]: "invalid in validation: reference fails its tests in new"}
    assert broken["task"] not in {r.task for r in RunStore(folder).rows()}
    assert metrics["runnable"]["left_out"] == {"invalid in validation": 1}
    assert metrics["overall"]["tasks"] + metrics["locality"]["n"] == metrics["runnable"]["tasks"]
