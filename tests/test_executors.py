"""Executors: the same run scored by local threads and by Ray tasks on a real two-node Ray cluster
(Ray's multi-node test cluster: a head and a second node on this machine, each with its own raylet
and worker processes), including a node killed while it runs jobs."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from benchmark.loading import load_tasks
from benchmark.plugins import SOLVERS
from benchmark.results import RunStore
from benchmark.runner import RunConfig, run
from sandbox.base import EnvRequest, InfraError
from solvers.base import Candidate, Problem, Solver
from tests.conftest import PANDAS, open_docker_sandbox, require_ray

pytestmark = [pytest.mark.docker, pytest.mark.slow]

LIMIT = 4  # target and keep tasks each: 8 rows


class SlowReference(Solver):
    """The reference, made to take 1.5 s in the sandbox: a node removed mid-run surely has a job
    in flight, and every row still passes."""

    name = "slow-reference"
    needs_oracle = True

    def solve(self, problems: list[Problem], tasks: list[Any] | None = None) -> list[Candidate]:
        return [Candidate(t.uid, 0, "import time\ntime.sleep(1.5)\n" + t.reference) for t in tasks or []]


SOLVERS.register(SlowReference.name, SlowReference)


@pytest.fixture(scope="module")
def box():
    yield from open_docker_sandbox(workers=2)


@pytest.fixture()
def cluster():
    """A head and a second node, one Docker slot each; the test's driver is connected to it."""
    require_ray()
    import ray
    from ray.cluster_utils import Cluster

    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "resources": {"docker": 1}})
    second = cluster.add_node(num_cpus=1, resources={"docker": 1})
    ray.init(address=cluster.address, include_dashboard=False, log_to_driver=False)
    cluster.wait_for_nodes()
    try:
        yield cluster, second
    finally:
        ray.shutdown()
        cluster.shutdown()


def verdicts(folder: Path) -> dict[tuple[str, int], tuple]:
    rows = RunStore(folder).rows()
    keys = [r.key for r in rows]
    assert len(keys) == len(set(keys)), "a row was stored twice"
    return {r.key: (r.status, r.passed, r.api, r.fixed) for r in rows}


def config(solver: str) -> RunConfig:
    return RunConfig(solver=solver, families=(PANDAS,), workers=2, limit=LIMIT)


def test_ray_spreads_jobs_over_both_nodes_with_the_local_rows(box, cluster, tmp_path):
    from benchmark.executors.ray_cluster import RayExecutor

    run(config("reference"), box, tmp_path, run_id="local")
    executor = RayExecutor(box, workers=2)
    run(config("reference"), box, tmp_path, run_id="ray", executor=executor)
    local, spread = verdicts(tmp_path / "local"), verdicts(tmp_path / "ray")
    assert len(local) == 2 * LIMIT
    assert spread == local
    recorded = RunStore(tmp_path / "ray").run_info()["executor"]
    assert recorded["name"] == "ray"
    # Both nodes ran jobs, and the rows they report add up to the run's.
    assert [n["rows"] > 0 for n in recorded["nodes"].values()] == [True, True]
    assert sum(n["rows"] for n in recorded["nodes"].values()) == 2 * LIMIT


def test_a_node_killed_mid_run_loses_and_duplicates_nothing(box, cluster, tmp_path):
    from benchmark.executors.ray_cluster import RayExecutor

    ray_cluster, second = cluster
    second_id = second.node_id
    executor = RayExecutor(box, workers=2)
    killed = threading.Event()

    def on_row(row) -> None:  # noqa: ANN001
        # After the first row, both nodes are busy with 1.5 s jobs: remove the second one.
        if not killed.is_set():
            killed.set()
            threading.Thread(target=ray_cluster.remove_node, args=(second,)).start()

    run(config("slow-reference"), box, tmp_path, run_id="killed", executor=executor, on_row=on_row)
    assert killed.is_set()
    rows = verdicts(tmp_path / "killed")
    assert len(rows) == 2 * LIMIT
    assert all(status == "pass" for status, *_ in rows.values())
    nodes = RunStore(tmp_path / "killed").run_info()["executor"]["nodes"]
    # The surviving head scored what the removed node had left (it scored at most 1 or 2 rows).
    head_rows = sum(n["rows"] for node, n in nodes.items() if not second_id.startswith(node))
    assert head_rows >= 2 * LIMIT - 2


def test_environment_that_cannot_be_built_names_the_node(box, cluster):
    from benchmark.executors.ray_cluster import RayExecutor

    executor = RayExecutor(box, workers=2)
    with pytest.raises(InfraError, match=r"no base image for Python 3\.10.*Ray node"):
        executor.prepare(EnvRequest(python="3.10", requirements=()))


def test_a_cluster_without_the_sandbox_resource_is_a_clear_error(cluster):
    from benchmark.executors.ray_cluster import RayExecutor
    from sandbox.local_backend import LocalSandbox

    with pytest.raises(RuntimeError, match=r"advertises the 'local' resource.*ray start --resources"):
        RayExecutor(LocalSandbox(workers=1), workers=1)


@pytest.mark.model
def test_bench_run_on_a_one_machine_cluster_with_the_model_in_an_actor(tmp_path):
    """No address: the run starts a cluster of this machine alone (its Docker slots = --workers), runs
    its jobs there, generates in a Ray actor, and shuts the cluster down."""
    require_ray()
    from tests.test_end_to_end import bench

    bench("run", "--solver", "prompt", "--tasks", PANDAS, "--limit", "1", "--workers", "2", "--executor", "ray",
          "--backend", "ray", "-B", "engine=ctranslate2", "-S", "max_new_tokens=64", "--out", str(tmp_path),
          "--run-id", "actor")
    store = RunStore(tmp_path / "actor")
    assert len(verdicts(store.folder)) == 2 and all(r.candidate.strip() for r in store.rows())
    info = store.run_info()
    assert info["executor"]["name"] == "ray" and info["executor"]["address"] == "local"
    assert sum(n["rows"] for n in info["executor"]["nodes"].values()) == 2
    cost = json.loads((store.folder / "metrics.json").read_text())["cost"]
    assert (cost["backend"], cost["engine"]) == ("ray", "ctranslate2")


def test_ray_address_needs_the_ray_executor(tmp_path):
    from tests.test_end_to_end import bench

    proc = bench("run", "--solver", "noop", "--ray-address", "127.0.0.1:6379", "--out", str(tmp_path), check=False)
    assert proc.returncode != 0 and "--ray-address" in proc.stderr and "--executor ray" in proc.stderr
