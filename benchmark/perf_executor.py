"""Executor benchmark: the same scoring jobs through the ``local`` and ``ray`` executors, same run.

Each executor is started once (its start-up reported on its own), its environments prepared and
its runners warmed with one untimed job per worker; then the timed passes alternate between the
executors, ``rounds`` times, so that both see the same machine load. A job is what a run submits
per candidate: ``benchmark.runner.score`` of a family's reference (the old environment too where
the task has an upass check).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from tabulate import tabulate

from benchmark.executors import Executor, LocalExecutor
from benchmark.loading import load_tasks
from benchmark.runner import env_request, upass_applies
from benchmark.specs import Task
from solvers.base import Candidate

MODES = ("local", "ray")


def _open(mode: str, box, workers: int) -> Executor:  # noqa: ANN001 - a Sandbox
    if mode == "local":
        return LocalExecutor(box, workers)
    from benchmark.executors.ray_cluster import RayExecutor

    return RayExecutor(box, workers)


def _pass(executor: Executor, tasks: list[Task]) -> tuple[float, list[str]]:
    start = time.perf_counter()
    futures = [executor.submit(t, Candidate(t.uid, 0, t.reference)) for t in tasks]
    statuses = [f.result().status for f in futures]
    return time.perf_counter() - start, statuses


def executor_throughput(family: str, jobs: int, workers: int, rounds: int, modes: list[str] | None = None,
                        log: Callable[[str], None] = print) -> str:
    from sandbox.docker_backend import DockerSandbox

    modes = modes or list(MODES)
    unknown = set(modes) - set(MODES)
    if unknown:
        raise ValueError(f"unknown modes {', '.join(sorted(unknown))} (known: {', '.join(MODES)})")
    pool = load_tasks([family], splits=("train", "test_seen", "test_unseen"))
    tasks = [pool[i % len(pool)] for i in range(jobs)]
    box = DockerSandbox(workers=workers, run_label="perf-executor")
    executors: dict[str, Executor] = {}
    startup: dict[str, float] = {}
    walls: dict[str, list[float]] = {m: [] for m in modes}
    verdicts: dict[str, list[str]] = {}
    try:
        for mode in modes:
            start = time.perf_counter()
            executor = _open(mode, box, workers)
            for req in {r.model_dump_json(): r for t in tasks for r in
                        [env_request(t, n) for n in (("new", "old") if upass_applies(t) else ("new",))]}.values():
                executor.prepare(req)
            _pass(executor, tasks[:workers])  # warm runners, untimed
            startup[mode] = time.perf_counter() - start
            executors[mode] = executor
            log(f"{mode}: started, prepared and warmed in {startup[mode]:.1f} s")
        for r in range(rounds):
            for mode in modes:
                wall, statuses = _pass(executors[mode], tasks)
                walls[mode].append(wall)
                verdicts.setdefault(mode, statuses)
                log(f"round {r + 1}/{rounds} {mode}: {jobs} jobs in {wall:.2f} s")
    finally:
        for executor in executors.values():
            executor.close()
        box.close()
    base = statistics.median(walls[modes[0]])
    rows = []
    for mode in modes:
        wall = statistics.median(walls[mode])
        rows.append([mode, f"{startup[mode]:.1f}", jobs, f"{wall:.2f}", f"{jobs / wall:.2f}", f"{wall / base:.2f}x",
                     f"{sum(a == b for a, b in zip(verdicts[mode], verdicts[modes[0]]))}/{jobs}"])
    headers = ["executor", "start-up s", "jobs", "wall s (median)", "jobs/s", f"time vs {modes[0]}",
               f"verdicts = {modes[0]}"]
    note = (f"{family} references, {workers} workers (ray: a one-machine cluster with {workers} docker slots), "
            f"median of {rounds} alternating rounds")
    return note + "\n\n" + tabulate(rows, headers=headers, tablefmt="github")
