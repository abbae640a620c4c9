"""Sandbox throughput benchmark: the same jobs through each execution strategy, same run.

Modes:
- ``docker-warm``: our design: one warm container, a forked child per job.
- ``docker-run``: a fresh ``docker run`` + interpreter + library import per job (the per-task
  design of harnesses such as GitChameleon's).
- ``host-subprocess``: no sandbox: a fresh interpreter per job in the same locked venv.
- ``local-warm``: the local backend's warm runner (no container).

``baseline_runner`` adds ``docker-warm-baseline``: the same warm container design with another
copy of ``sandbox/runner`` (e.g. the code before a change), timed in the same run with the two
warm modes alternating round by round, so a change in per-job cost is measured on equal terms.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from tabulate import tabulate

from benchmark.loading import load_tasks
from benchmark.runner import env_request, make_job
from sandbox.base import RESULT_MARK, RUNNER_DIR, EnvRequest, Job

MODES = ("docker-warm", "docker-run", "host-subprocess", "local-warm")
BASELINE = "docker-warm-baseline"


def _once(cmd: list[str], job: Job) -> str:
    proc = subprocess.run(cmd, input=job.model_dump_json() + "\n", capture_output=True, text=True, timeout=300)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK):])["status"]
    return "infra"


def _docker_run_cmd(image: str, env: EnvRequest) -> list[str]:
    return ["docker", "run", "--rm", "-i", "--network", "none", "--read-only", "--tmpfs", "/work:size=512m,mode=1777,exec",
            "--user", "10001:10001", "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "--memory", "2048m",
            "--pids-limit", "128", "--cpus", "1", "-v", f"{RUNNER_DIR}:/opt/bench-runner:ro", image,
            "/opt/venv/bin/python", "-I", "-B", "/opt/bench-runner/server.py", "--once", "--root", "/work",
            "--preload", ",".join(env.preload)]


def _container_cpu_s(box) -> float:  # noqa: ANN001 - a DockerSandbox
    """CPU seconds used so far by the box's warm containers (the cgroup's counter)."""
    total = 0.0
    for runner in list(getattr(box, "_all", [])):
        try:
            stats = runner.container.stats(stream=False, one_shot=True)
            total += stats["cpu_stats"]["cpu_usage"]["total_usage"] / 1e9
        except Exception:  # no stats from this daemon: the ratio is then left out
            return 0.0
    return total


def sandbox_throughput(family: str, n_jobs: int, modes: list[str], log: Callable[[str], None] = print,
                       baseline_runner: Path | None = None, rounds: int = 1) -> str:
    from sandbox.docker_backend import DockerSandbox
    from sandbox.local_backend import LocalSandbox, venv_python

    tasks = [t for t in load_tasks([family]) if t.spec.kind.value != "keep"]
    jobs = [(env_request(t, "new"), make_job(t, t.reference)) for t in (tasks * n_jobs)[:n_jobs]]
    env = jobs[0][0]
    results: dict[str, tuple[float, int]] = {}
    if baseline_runner is not None and BASELINE not in modes:
        modes = [*modes, BASELINE]
    docker_box = DockerSandbox(log=log) if {"docker-warm", "docker-run"} & set(modes) else None
    base_box = DockerSandbox(log=log, runner_dir=baseline_runner) if BASELINE in modes and baseline_runner else None
    local_box = LocalSandbox(log=log) if {"host-subprocess", "local-warm"} & set(modes) else None
    try:
        if docker_box:
            image = docker_box.prepare(env)["image"]
            docker_box.run(env, jobs[0][1])  # start the warm container outside the timing
        if base_box:
            base_box.prepare(env)
            base_box.run(env, jobs[0][1])
        if local_box:
            venv = local_box.prepare(env)["venv"]
            local_box.run(env, jobs[0][1])
        warm = [m for m in modes if m in ("docker-warm", BASELINE)]
        paired = ""
        if len(warm) == 2 and rounds > 1:
            # Alternate the two warm designs round by round (A B B A ...) so drift and other load on
            # the machine hit both alike; report medians over rounds and the median paired ratio.
            boxes = {"docker-warm": docker_box, BASELINE: base_box}
            per_round: dict[str, list[float]] = {m: [] for m in warm}
            cpu_round: dict[str, list[float]] = {m: [] for m in warm}
            passed = {m: 0 for m in warm}
            for r in range(rounds):
                for mode in (warm if r % 2 == 0 else warm[::-1]):
                    log(f"perf: round {r + 1}/{rounds}: {mode} x {n_jobs} jobs")
                    cpu_before = _container_cpu_s(boxes[mode])
                    start = time.monotonic()
                    statuses = [boxes[mode].run(e, j).status.value for e, j in jobs]
                    per_round[mode].append(time.monotonic() - start)
                    cpu_round[mode].append(_container_cpu_s(boxes[mode]) - cpu_before)
                    passed[mode] = min(passed[mode] or n_jobs, sum(s == "pass" for s in statuses))
                    others = sorted(s for s in statuses if s != "pass")
                    if others:
                        log(f"perf: {mode}: non-passing jobs: {', '.join(others)}")
            for mode in warm:
                results[mode] = (statistics.median(per_round[mode]), passed[mode])
            ratios = [a / b for a, b in zip(per_round["docker-warm"], per_round[BASELINE])]
            paired = (f"\n\ndocker-warm / docker-warm-baseline, paired by round ({rounds} rounds): wall time median "
                      f"{statistics.median(ratios):.3f} (range {min(ratios):.3f}-{max(ratios):.3f})")
            if all(cpu_round[m] and min(cpu_round[m]) > 0 for m in warm):
                # CPU time of the container (runner + job children): what other load on the
                # machine does not inflate.
                cpu_ratios = [a / b for a, b in zip(cpu_round["docker-warm"], cpu_round[BASELINE])]
                paired += (f"; container CPU median {statistics.median(cpu_ratios):.3f} "
                           f"(range {min(cpu_ratios):.3f}-{max(cpu_ratios):.3f}); CPU ms/job: "
                           + ", ".join(f"{m} {1000 * statistics.median(cpu_round[m]) / n_jobs:.0f}" for m in warm))
            modes = [m for m in modes if m not in warm]
        for mode in modes:
            log(f"perf: {mode} x {n_jobs} jobs")
            start = time.monotonic()
            if mode == "docker-warm":
                statuses = [docker_box.run(e, j).status.value for e, j in jobs]
            elif mode == BASELINE:
                statuses = [base_box.run(e, j).status.value for e, j in jobs]
            elif mode == "local-warm":
                statuses = [local_box.run(e, j).status.value for e, j in jobs]
            elif mode == "docker-run":
                statuses = [_once(_docker_run_cmd(image, e), j) for e, j in jobs]
            elif mode == "host-subprocess":
                from pathlib import Path

                py = str(venv_python(Path(venv)))
                cmd = [py, "-I", "-B", str(RUNNER_DIR / "server.py"), "--once", "--root", "/tmp/bench-perf-host",
                       "--preload", ",".join(env.preload)]
                statuses = [_once(cmd, j) for _, j in jobs]
            else:
                raise ValueError(f"unknown mode {mode!r} (known: {', '.join(MODES)})")
            results[mode] = (time.monotonic() - start, sum(s == "pass" for s in statuses))
            others = sorted(s for s in statuses if s != "pass")
            if others:
                log(f"perf: {mode}: non-passing jobs: {', '.join(others)}")
    finally:
        for box in (docker_box, base_box, local_box):
            if box:
                box.close()
    base = results.get("docker-warm", next(iter(results.values())))[0]
    rows = [[mode, n_jobs, passed, f"{secs:.2f}", f"{1000 * secs / n_jobs:.0f}", f"{n_jobs / secs:.2f}",
             f"{secs / base:.2f}x"] for mode, (secs, passed) in results.items()]
    return tabulate(rows, headers=["mode", "jobs", "passed", "total s", "ms/job", "jobs/s", "time vs docker-warm"],
                    tablefmt="github") + paired
