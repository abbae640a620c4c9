"""Importers of the peer benchmarks, on the real peer data in ../shared/peers (read at run
time, never copied here). Users outside this workplace get a skip with the reason."""

from __future__ import annotations

import ast
import json
import warnings
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
    # Generated code must at least be valid Python. Upstream test bodies hold escapes such as '\d' in
    # plain strings: valid, but warned about at compile time; that is upstream's text, kept as it is.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        for t in tasks:
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
    "math-sqrt-add-argument-default-value-s-u0-p9",  # the reference uses the example's imports unimported
    "math-comb-add-argument-data-type-u1-p0",  # needs scipy, added to this example's environment only
])
def test_codeupdatearena_update_is_applied_in_new_only(cua, docker_sandbox, task_id):
    from benchmark.validate import validate_task

    out, _ = cua
    tasks = {t.spec.id: t for t in load_tasks(["codeupdatearena"], root=out)}
    task = tasks[task_id]
    report = validate_task(docker_sandbox, task)
    # The reference passes with the update installed and fails without it: upstream's UPass.
    assert report["checks"] == {"reference_passes_new_x3": True, "reference_fails_old": True}


@needs_peers
@pytest.mark.docker
def test_codeupdatearena_candidate_without_the_example_imports_passes_as_upstream(cua, docker_sandbox):
    """Upstream runs imports + solution in one namespace, so an answer may use ``List`` or ``np``
    without importing them; here too."""
    from benchmark.runner import run_code

    out, _ = cua
    task = {t.spec.id: t for t in load_tasks(["codeupdatearena"], root=out)}["math-sqrt-add-argument-default-value-s-u0-p9"]
    # The reference calls math.sqrt without importing math: upstream's imports for this example do.
    assert "import math" not in task.reference and "math.sqrt(" in task.reference
    result, _ = run_code(docker_sandbox, task, task.reference)
    assert result.status == "pass", (result.detail, result.tests)
    # Only the example's imports are provided: a name it does not import is still missing.
    no_typing = task.reference.replace("from typing import List\n", "")
    assert run_code(docker_sandbox, task, no_typing)[0].status != "pass"

@needs_peers
def test_codeupdatearena_time_limit_scales_with_the_number_of_tests(cua):
    out, _ = cua
    tasks = load_tasks(["codeupdatearena"], root=out)
    for task in tasks:
        n = task.tests.count("\ndef test_")
        assert task.spec.timeout_s == min(600.0, 20.0 * max(1, n)), task.uid
    scipy = [t.spec.id for t in tasks if "scipy==1.13.1" in t.environment("new").requirements]
    assert scipy and all(s.startswith("math-comb-add-argument-data-type-u1") for s in scipy)
