"""`bench run` through the CLI on the shipped family, in the Docker sandbox."""

from __future__ import annotations

import json
import os
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
    assert "data:image/png;base64," in html.read_text()


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
    assert "reference killed ━" in resumed_proc.stderr  # the progress bar names the stored solver, not --solver's default
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
