"""Importers of the peer benchmarks, on the real peer data in ../shared/peers (read at run
time, never copied here). Users outside this workplace get a skip with the reason."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from benchmark.importers.codeupdatearena import CodeUpdateArenaImporter
from benchmark.importers.gitchameleon import GitChameleonImporter
from benchmark.loading import load_tasks
from benchmark.specs import Kind

PEERS = Path(__file__).resolve().parents[2] / "shared" / "peers"
needs_peers = pytest.mark.skipif(not PEERS.is_dir(), reason=f"peer data not found at {PEERS} (see docs/importers.md)")


@pytest.fixture(scope="module")
def cua(tmp_path_factory):
    if not PEERS.is_dir():
        pytest.skip(f"peer data not found at {PEERS}")
    out = tmp_path_factory.mktemp("cua")
    report = CodeUpdateArenaImporter().run(str(PEERS / "codeupdatearena" / "arena.jsonl"), out)
    return out, report


@pytest.fixture(scope="module")
def gitchameleon(tmp_path_factory):
    if not PEERS.is_dir():
        pytest.skip(f"peer data not found at {PEERS}")
    out = tmp_path_factory.mktemp("gc")
    report = GitChameleonImporter().run(str(PEERS / "gitchameleon" / "dataset.jsonl"), out,
                                        solutions=str(PEERS / "gitchameleon" / "ground_truth_solutions.jsonl"))
    return out, report


@needs_peers
def test_codeupdatearena_accounts_for_every_example(cua):
    out, report = cua
    total = sum(len(json.loads(line)["prog_syn_examples"])
                for line in (PEERS / "codeupdatearena" / "arena.jsonl").read_text().splitlines() if line.strip())
    assert report.tasks + len(report.excluded) == total == 577
    assert all("torch" in reason for reason in report.excluded.values())
    tasks = load_tasks(["codeupdatearena"], root=out)
    assert len(tasks) == report.tasks
    assert all(t.spec.kind is Kind.synthetic and t.spec.change.introduced_in_new for t in tasks)
    for t in tasks:  # generated code must at least be valid Python
        ast.parse(t.files["conftest.py"])
        ast.parse(t.files["test_task.py"])


@needs_peers
def test_gitchameleon_keeps_every_problem_with_its_environment(gitchameleon):
    out, report = gitchameleon
    assert report.tasks == 328 and not report.excluded
    tasks = load_tasks(["gitchameleon"], root=out)
    pythons = {t.environment("new").python for t in tasks}
    assert pythons == {"3.7", "3.9", "3.10"}
    first = next(t for t in tasks if t.spec.id == "gc-0")
    assert first.environment("new").requirements == ("numpy==1.21.6", "scipy==1.7.3", "torch==1.9.0")
    assert first.reference.startswith("import torch")
    assert "log_ndtr" == first.spec.entrypoint


@needs_peers
@pytest.mark.docker
@pytest.mark.parametrize("task_id", [
    "math-sin-add-output-data-type-u0-p0",  # replaces math.sin
    "math-cos-modify-function-name-u0-p0",  # a rename: math.cos is deleted, which pytest must survive
])
def test_codeupdatearena_update_is_applied_in_new_only(cua, docker_sandbox, task_id):
    from benchmark.validate import validate_task

    out, _ = cua
    tasks = {t.spec.id: t for t in load_tasks(["codeupdatearena"], root=out)}
    task = tasks[task_id]
    report = validate_task(docker_sandbox, task)
    # The reference passes with the update installed and fails without it: upstream's UPass.
    assert report["checks"] == {"reference_passes_new_x3": True, "reference_fails_old": True}
