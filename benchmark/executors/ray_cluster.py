"""The ``ray`` executor: sandbox jobs as Ray tasks on the nodes of a cluster that run sandboxes.

A node offers sandbox slots by advertising a custom resource named after the sandbox backend
(``ray start --resources '{"docker": 4}'``: four concurrent Docker jobs); every job asks for one
slot, so Ray places it and runs at most that many per node. The worker process running a job
keeps its sandbox open between jobs, so runners stay warm and each node builds an environment
image once, from the same content-addressed lock as every other node. A node lost mid-run has
its jobs retried elsewhere by Ray (``max_retries``); the rows travel back to the driver, which
alone writes them, so a retry can never store a row twice.

Without ``--ray-address`` (or ``RAY_ADDRESS``) a one-machine cluster is started for the run,
with ``workers`` slots.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from collections import Counter
from concurrent.futures import Future
from typing import Any

from benchmark.executors.base import Executor, then
from benchmark.results import SampleRecord
from benchmark.specs import Task
from sandbox.base import EnvRequest, InfraError, Sandbox
from solvers.base import Candidate

# Ray re-runs a task whose worker or node died this many times (system failures only: an error
# raised by scoring itself is not retried, the runner's own infra retries live inside ``score``).
NODE_RETRIES = 3

# One sandbox per (backend, run label) in each Ray worker process, kept open between jobs.
_NODE_SANDBOXES: dict[tuple[str, str], Sandbox] = {}
_NODE_LOCK = threading.Lock()


def _node_sandbox(backend: str, run_label: str) -> Sandbox:
    from benchmark.plugins import SANDBOXES

    with _NODE_LOCK:
        key = (backend, run_label)
        if key not in _NODE_SANDBOXES:
            # One job at a time per worker process: Ray starts as many processes as the node has slots.
            box = SANDBOXES.get(backend)(workers=1, run_label=run_label)
            atexit.register(box.close)
            _NODE_SANDBOXES[key] = box
        return _NODE_SANDBOXES[key]


def _score_on_node(backend: str, run_label: str, task: Task, sample: int, code: str,
                   meta: dict[str, Any]) -> tuple[SampleRecord, str]:
    import ray

    from benchmark.runner import score

    row = score(_node_sandbox(backend, run_label), task, sample, code, meta)
    return row, ray.get_runtime_context().get_node_id()


def _prepare_on_node(backend: str, run_label: str, env: EnvRequest) -> dict[str, Any]:
    return _node_sandbox(backend, run_label).prepare(env)


def connect(address: str | None = None, resources: dict[str, float] | None = None) -> bool:
    """Join the Ray cluster at ``address`` (else ``$RAY_ADDRESS``), or start one of this machine alone
    with ``resources``; nothing when this process has joined one already. True when it started one."""
    import ray

    if ray.is_initialized():
        return False
    address = address or os.environ.get("RAY_ADDRESS") or None
    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.WARNING}
    if address:
        ray.init(address=address, **quiet)
        return False
    ray.init(resources=resources or {}, object_store_memory=256 * 2**20, **quiet)
    return True


class RayExecutor(Executor):
    name = "ray"

    def __init__(self, sandbox: Sandbox, workers: int = 1, address: str | None = None, **options: str) -> None:
        if options:
            raise ValueError(f"unknown ray executor options: {', '.join(sorted(options))} (known: address)")
        try:
            import ray
        except ImportError:
            raise RuntimeError("the ray executor needs Ray: pip install -e '.[ray]'") from None
        self._ray = ray
        self.backend = sandbox.name
        self.run_label = getattr(sandbox, "run_label", None) or "ray"
        self.address = address or os.environ.get("RAY_ADDRESS") or None
        # Without an address: a cluster of this machine alone, for this run, with ``workers`` slots.
        self._own = connect(self.address, {self.backend: max(1, workers)})
        self.slots = {n["NodeID"]: n["Resources"].get(self.backend, 0) for n in self._nodes()}
        if not self.slots:
            raise RuntimeError(
                f"no node of the Ray cluster ({self.address or 'local'}) advertises the {self.backend!r} resource: "
                f"start each node that runs sandboxes with ray start --resources '{{\"{self.backend}\": 4}}' "
                "(4 concurrent jobs)")
        remote = ray.remote(num_cpus=0, resources={self.backend: 1}, max_retries=NODE_RETRIES)
        self._score = remote(_score_on_node)
        self._prepare = remote(_prepare_on_node)
        self._pending: dict[Any, Future] = {}
        self._tasks: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.placed: Counter[str] = Counter()  # node id -> rows it produced

    def _nodes(self) -> list[dict[str, Any]]:
        return [n for n in self._ray.nodes() if n.get("Alive") and n["Resources"].get(self.backend, 0) > 0]

    def prepare(self, env: EnvRequest) -> dict[str, Any]:
        """Prepared on every sandbox node now (images are built once per node, before jobs queue
        behind a build); nodes that join later build on their first job."""
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        nodes = self._nodes()
        refs = {n["NodeID"]: self._prepare.options(scheduling_strategy=NodeAffinitySchedulingStrategy(
            n["NodeID"], soft=False)).remote(self.backend, self.run_label, env) for n in nodes}
        facts: dict[str, Any] = {}
        for node, ref in refs.items():
            try:
                facts = self._ray.get(ref)
            except Exception as exc:  # RayTaskError wraps the node's InfraError; its cause says why
                cause = getattr(exc, "cause", None) or exc
                raise InfraError(f"{cause} (on Ray node {node[:12]})") from None
        return {**facts, "ray_nodes": len(refs)}

    def submit(self, task: Task, candidate: Candidate) -> "Future[SampleRecord]":
        with self._lock:  # a task's files go to the object store once, not once per sample or retry
            shipped = self._tasks.get(task.uid)
            if shipped is None:
                shipped = self._tasks[task.uid] = self._ray.put(task)
        ref = self._score.remote(self.backend, self.run_label, shipped, candidate.sample, candidate.code, candidate.meta)
        with self._lock:
            self._pending[ref] = None  # type: ignore[assignment]

        def landed(result: tuple[SampleRecord, str]) -> SampleRecord:
            row, node = result
            with self._lock:
                self._pending.pop(ref, None)
                self.placed[node] += 1
            return row

        return then(ref.future(), landed)

    def cancel(self) -> None:
        with self._lock:
            refs = list(self._pending)
            self._pending.clear()
        for ref in refs:
            try:
                self._ray.cancel(ref)
            except Exception:  # already finished, or its node is gone
                pass

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "address": self.address or "local", "resource": self.backend,
                "nodes": {node[:12]: {"slots": slots, "rows": self.placed.get(node, 0)}
                          for node, slots in self.slots.items()}
                | {node[:12]: {"slots": 0, "rows": n} for node, n in self.placed.items() if node not in self.slots}}

    def close(self) -> None:
        if self._own and self._ray.is_initialized():
            self._ray.shutdown()
