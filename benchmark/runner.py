"""Run a solver over tasks: fit, solve in batches, execute every candidate, score, store.

Execution overlaps with solving (a thread pool drains candidates while the solver works on
the next batch). Rows are stored as they finish; ``resume`` re-solves only missing rows.
"""

from __future__ import annotations

import platform
import shutil
import resource
import sys
import time
from concurrent.futures import Future
from datetime import datetime, timezone
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel, ConfigDict, model_validator

from benchmark.executors import Executor, LocalExecutor, then
from benchmark.loading import load_tasks, load_train_tasks
from benchmark.metrics import aggregate
from benchmark.plugins import SOLVERS
from benchmark.results import RunStore, SampleRecord, StoredAnswer
from benchmark.scoring import ApiName, api_verdict, executed
from benchmark.specs import Kind, Split, Success, Task
from sandbox.base import EnvRequest, InfraError, Job, JobResult, Sandbox, Status
from solvers.base import Candidate, Problem, SolveContext

INFRA_ATTEMPTS = 3


class RunRequestError(Exception):
    """A run asked for something its stored run cannot give, e.g. forgetting of a solver that changes no weights."""


class RunConfig(BaseModel):
    model_config = ConfigDict(frozen=True)

    solver: str
    options: dict[str, str] = {}
    model: str | None = None
    families: tuple[str, ...] = ()
    splits: tuple[str, ...] = ()
    sandbox: str = "auto"
    workers: int = 1
    samples: int = 1
    temperature: float = 0.0
    seed: int = 0
    batch: int = 16
    tasks_root: str | None = None  # a tasks folder other than the shipped one (e.g. imported families)
    limit: int | None = None  # evaluate N tasks of each kind (target, keep), spread over families and splits
    # Generation backend of model-based solvers, resolved (never "auto") so a resumed run keeps its
    # engine; None for solvers without a model.
    backend: str | None = None
    backend_options: dict[str, str] = {}  # -B key=value (and --api-base)

    @model_validator(mode="before")
    @classmethod
    def _recorded_before_backends(cls, data: Any) -> Any:
        # Runs with a model recorded before backends existed generated with transformers: resumed,
        # or compared by a sweep, they are that backend's runs.
        if isinstance(data, dict) and data.get("model") is not None and "backend" not in data:
            return {**data, "backend": "transformers"}
        return data


def runnable_summary(evaluated: int, excluded: dict[str, str]) -> dict[str, Any]:
    """How many of the selected tasks the run could score, and why the others were left out."""
    reasons: dict[str, int] = {}
    for reason in excluded.values():
        if reason.startswith("invalid"):
            key = "invalid in validation"
        else:  # grouped by cause, not by environment: "no base image for Python 3.10", not 70 pin sets
            cause = reason.split("cannot be built here: ", 1)[-1].split(":", 1)[0].split(";", 1)[0]
            key = f"environment cannot be built here ({cause})"
        reasons[key] = reasons.get(key, 0) + 1
    return {"tasks": evaluated - len(excluded), "of": evaluated, "left_out": reasons}


def env_request(task: Task, name: str) -> EnvRequest | None:
    env = task.environment(name)
    if env is None:
        return None
    return EnvRequest(python=env.python, requirements=env.requirements, preload=task.family.preloaded_modules(),
                      resolved_as_of=env.resolved_as_of)


def make_job(task: Task, code: str, env_name: str = "new") -> Job:
    files = {"solution.py": code, "test_task.py": task.tests}
    if "conftest.py" in task.files:
        files["conftest.py"] = task.files["conftest.py"]
    parsed = [ApiName.parse(n) for n in task.spec.api.names()]
    names = tuple(dict.fromkeys(n.dotted for n in parsed))
    keywords = tuple(dict.fromkeys(n.text for n in parsed if n.keyword))
    return Job(files=files, entrypoint=task.spec.entrypoint, track=task.family.tracked_packages(), api_names=names,
               api_keywords=keywords, timeout_s=task.spec.timeout_s, env_name=env_name)


def run_code(sandbox: Sandbox, task: Task, code: str, env_name: str = "new") -> tuple[JobResult, int]:
    """Execute ``code`` as the task's candidate; infrastructure failures are retried."""
    env = env_request(task, env_name)
    if env is None:
        return JobResult.infra(f"task {task.uid} has no environment {env_name!r}"), 0
    job = make_job(task, code, env_name)
    result = JobResult.infra("not run")
    for attempt in range(1, INFRA_ATTEMPTS + 1):
        result = sandbox.run(env, job)
        if result.status is not Status.infra:
            return result, attempt
        time.sleep(0.5 * attempt)
    return result, INFRA_ATTEMPTS


def upass_applies(task: Task) -> bool:
    return task.spec.kind in (Kind.migrate, Kind.synthetic) and task.spec.change.introduced_in_new \
        and task.environment("old") is not None


def fixed(task: Task, passed: bool, api: bool | None, upass: bool | None) -> bool | None:
    """Whether a target task is fixed, by its family's notion of success; None for keep tasks
    and for rows whose API check could not run."""
    if not task.is_target or api is None:
        return None
    if task.family.success is Success.passed:
        return passed
    if task.family.success is Success.upass:
        return bool(upass) if upass is not None else passed
    return passed and api


def score(sandbox: Sandbox, task: Task, sample: int, code: str, meta: dict[str, Any]) -> SampleRecord:
    result, attempts = run_code(sandbox, task, code, "new")
    passed = result.status is Status.passed
    verdict = api_verdict(code, result, task.spec.api)
    upass, old_status = None, None
    if upass_applies(task):
        if passed:
            old, _ = run_code(sandbox, task, code, "old")
            old_status = old.status.value
            upass = None if old.status is Status.infra else old.status is not Status.passed
        else:
            upass = False
    spec = task.spec
    api = verdict.ok if result.status is not Status.infra else None
    return SampleRecord(
        task=task.uid, family=task.family.id, family_version=task.family.version, task_hash=task.content_hash,
        library=task.family.library, kind=spec.kind.value, split=spec.split.value, change_id=spec.change.id,
        change_type=spec.change.type.value, deprecation=task.is_deprecation, sample=sample, candidate=code,
        status=result.status.value, exec=executed(result), passed=passed,
        api=api, fixed=fixed(task, passed, api, upass), unparseable=verdict.unparseable, api_missing=verdict.missing,
        api_forbidden=verdict.forbidden, api_deprecations=verdict.deprecations, upass=upass, old_status=old_status,
        tests=tuple(t.model_dump() for t in result.tests), calls=result.calls, duration_s=result.duration_s,
        peak_mem_mb=result.peak_mem_mb, stdout_tail=result.stdout_tail[-1500:], stderr_tail=result.stderr_tail[-1500:],
        detail=result.detail, attempts=attempts, solver_meta=meta,
    )


def default_run_id(config: RunConfig) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    model = (config.model or "none").replace("/", "_")
    return f"{stamp}-{config.solver}-{model}"


def _run_info(config: RunConfig, run_id: str, tasks: list[Task]) -> dict[str, Any]:
    families = {t.family.id: t.family.version for t in tasks}
    return {
        "run_id": run_id,
        "config": config.model_dump(mode="json"),
        "package_version": dist_version("api-update-bench"),
        "families": families,
        "task_hashes": {t.uid: t.content_hash for t in tasks},
        "model": config.model,
        "host": {"python": sys.version.split()[0], "platform": platform.platform(), "machine": platform.machine()},
        "started_at": datetime.now(timezone.utc).isoformat(),
    }


def run(
    config: RunConfig,
    sandbox: Sandbox,
    out: Path,
    run_id: str | None = None,
    resume: bool = False,
    log: Callable[[str], None] = print,
    on_total: Callable[[int, int], None] = lambda total, done: None,
    on_row: Callable[[SampleRecord], None] = lambda row: None,
    remeasure_forgetting: bool = False,
    on_phase: Callable[[str, int, int], None] = lambda phase, done, total: None,
    executor: Executor | None = None,
) -> tuple[Path, dict[str, Any]]:
    """Run (or with ``resume``, continue) a solver on the selected tasks; ``remeasure_forgetting``
    measures a resumed weight-updating run's forgetting again even when it has been measured;
    ``on_phase`` gets the solver's progress through long phases of fit, as (phase, done, total).
    ``executor`` runs the sandbox jobs (default: ``config.workers`` threads over ``sandbox``); the
    sandbox itself serves what the solver executes (forgetting checks, an executed reward)."""
    if remeasure_forgetting and not resume:
        raise RunRequestError("re-measuring forgetting applies to an existing run: pass --resume RUN_ID")
    run_id = run_id or default_run_id(config)
    if resume:
        check_resumable(out, run_id)
    store = RunStore(out / run_id)
    fresh = not store.folder.exists()
    store.lock()
    own = executor is None
    try:
        executor = executor or LocalExecutor(sandbox, config.workers)
        return _run(config, sandbox, store, run_id, resume, log, on_total, on_row, remeasure_forgetting, on_phase,
                    executor)
    except BaseException:
        if fresh and not store.exists:  # a run that never started leaves no folder behind
            shutil.rmtree(store.folder, ignore_errors=True)
        raise
    finally:
        if own and executor is not None:
            executor.close()
        store.unlock()


def check_resumable(out: Path, run_id: str) -> None:
    """A run to resume must exist; the error lists the runs that do."""
    if RunStore(out / run_id).exists:
        return
    runs = sorted((p for p in out.iterdir() if (p / "run.json").is_file()), key=lambda p: p.stat().st_mtime) \
        if out.is_dir() else []
    listed = ", ".join(p.name for p in runs[-8:]) + (f" (and {len(runs) - 8} older)" if len(runs) > 8 else "")
    raise RunRequestError(f"no run {run_id!r} to resume in {out}/; runs there, newest last: {listed or 'none'}")


def spread_sample(tasks: list[Task], n: int) -> list[Task]:
    """The first ``n`` tasks taken in turn from each (family, split), in task order.

    A quick look at a few tasks then still covers every family and both test splits instead of
    the first family only; the choice is deterministic, so runs with the same limit compare.
    """
    groups: dict[tuple[str, str], list[Task]] = {}
    for task in tasks:
        groups.setdefault((task.family.id, task.spec.split.value), []).append(task)
    picked: list[Task] = []
    for rank in range(max((len(g) for g in groups.values()), default=0)):
        picked.extend(g[rank] for g in groups.values() if rank < len(g))
    chosen = {t.uid for t in picked[:n]}
    return [t for t in tasks if t.uid in chosen]


def _run(config: RunConfig, sandbox: Sandbox, store: RunStore, run_id: str, resume: bool,
         log: Callable[[str], None], on_total: Callable[[int, int], None],
         on_row: Callable[[SampleRecord], None], remeasure_forgetting: bool,
         on_phase: Callable[[str, int, int], None], executor: Executor) -> tuple[Path, dict[str, Any]]:
    if resume:  # run() has checked that it exists
        config = RunConfig.model_validate(store.run_info()["config"])
    elif store.exists:
        raise FileExistsError(f"{store.folder} exists; pass --resume {run_id} to continue it")
    solver_cls = SOLVERS.get(config.solver)
    if remeasure_forgetting and not solver_cls.changes_weights:
        raise RunRequestError(f"solver {config.solver!r} changes no weights: it has no forgetting to measure")
    root = Path(config.tasks_root) if config.tasks_root else None
    evaluated = load_tasks(config.families or None, root=root,
                           splits=config.splits or (Split.test_seen.value, Split.test_unseen.value))
    if config.limit:
        evaluated = spread_sample([t for t in evaluated if t.is_target], config.limit) + \
            spread_sample([t for t in evaluated if not t.is_target], config.limit)
    if not store.exists:
        store.create(_run_info(config, run_id, evaluated))
    else:
        stored = store.run_info().get("task_hashes", {})
        changed = [t.uid for t in evaluated if stored.get(t.uid) not in (None, t.content_hash)]
        if changed:
            raise FileExistsError(f"task specs changed since this run started ({', '.join(changed[:5])}); start a new run")
    # Tasks this run leaves out, with the reason: invalid in their family's validation, or (found
    # below) needing an environment that cannot be built here. They are in no denominator.
    from benchmark.validate import invalid_in_validation  # validate builds on this module

    excluded = invalid_in_validation(evaluated, root)
    if excluded:
        log(f"{len(excluded)} tasks left out: invalid in their family's validation.json (reasons in run.json)")
    done = {row.key for row in store.rows() if row.status != "infra"}
    by_uid = {t.uid: t for t in evaluated}
    # Answers an earlier session generated but did not score (killed in between): scored as they
    # are, never generated again.
    answered = store.answers()
    unscored = [a for key, a in answered.items() if key not in done and a.task in by_uid and a.sample < config.samples]
    pending = [t for t in evaluated if t.uid not in excluded
               and any((t.uid, s) not in done and (t.uid, s) not in answered for s in range(config.samples))]
    on_total((len(evaluated) - len(excluded)) * config.samples, len(done))
    log(f"run {run_id}: {len(evaluated)} tasks x {config.samples} samples, {len(done)} rows already stored"
        + (f", {len(unscored)} answers stored unscored (scored now, not generated again)" if unscored else ""))

    # Costs add up over the sessions of a resumed run: what earlier sessions (finished or killed)
    # recorded, plus this session's, checkpointed to run.json as the run goes.
    info = store.run_info()
    prior: dict[str, float] = dict(info.get("timings", {}))
    prior_cost: dict[str, Any] = dict(info.get("solver_cost", {}))
    session: dict[str, float] = {}

    def timings() -> dict[str, float]:
        return {k: prior.get(k, 0.0) + session.get(k, 0.0) for k in {*prior, *session}}

    # Peak memory is a maximum over sessions, not this session's alone (a resumed session that only
    # re-measures uses far less than the one that trained).
    prior_peak = max(float(info.get("peak_host_mem_mb", 0.0)),
                     float(((store.metrics() or {}).get("cost") or {}).get("peak_host_mem_mb", 0.0)))

    def peak_host_mem_mb() -> float:
        return max(prior_peak, round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))

    envs: dict[str, Any] = dict(info.get("environments", {}))
    store.update_run_info(sessions=int(info.get("sessions", 0)) + 1)
    start = time.monotonic()
    needed: dict[str, EnvRequest] = {}
    uses: dict[str, list[str]] = {}  # environment -> the tasks that need it
    for task in [*pending, *(by_uid[a.task] for a in unscored)]:
        for name in ("new", "old") if upass_applies(task) else ("new",):
            req = env_request(task, name)
            needed[req.model_dump_json()] = req
            uses.setdefault(req.model_dump_json(), []).append(task.uid)
    hits = unbuilt = 0
    for key, req in needed.items():
        try:
            facts = executor.prepare(req)
        except InfraError as exc:
            # An environment this machine cannot build (e.g. no base image for an old Python)
            # leaves its tasks out of the run, with the reason, instead of ending the run.
            reason = f"environment python {req.python} [{', '.join(req.requirements)}] cannot be built here: {exc}"
            unbuilt += 1
            excluded.update({uid: reason for uid in uses[key]})
            continue
        envs[facts["lock"]] = facts
        if facts["cache_hit"]:
            hits += 1
        else:
            log(f"environment {facts['lock']}: built ({facts.get('image') or facts.get('venv')})")
    if hits:
        log(f"environments: {hits} of {len(needed)} cache hit, nothing built")
    if unbuilt:
        # One line per cause, not per environment (GitChameleon has ~90 pin sets on a missing Python).
        cannot = {uid: r for uid, r in excluded.items() if not r.startswith("invalid")}
        for cause, n in runnable_summary(len(cannot), cannot)["left_out"].items():
            log(f"{n} tasks left out: {cause} (each environment's reason in run.json)")
    pending = [t for t in pending if t.uid not in excluded]
    unscored = [a for a in unscored if a.task not in excluded]
    if excluded:
        on_total((len(evaluated) - len(excluded)) * config.samples, len([k for k in done if k[0] not in excluded]))
    session["prepare_s"] = time.monotonic() - start
    store.update_run_info(timings=timings(), environments=envs, excluded=excluded)

    ctx = SolveContext(model=config.model, samples=config.samples, temperature=config.temperature, seed=config.seed,
                       run_dir=store.folder, log=log, progress=on_phase, backend=config.backend or "transformers",
                       backend_options=config.backend_options, sandbox=sandbox)
    solver = solver_cls(ctx, config.options)
    fit_info: dict[str, Any] = dict(info.get("fit", {}))
    # A weight-updating run killed while measuring forgetting has every row but still needs its model.
    unmeasured = solver.changes_weights and (remeasure_forgetting or "forgetting" not in (store.metrics() or {}))
    if pending or unmeasured:
        start = time.monotonic()
        fit_info = solver.fit(load_train_tasks(config.families or None, root=root)) or {}
        # A fit that continued the work of sessions killed before fit() returned (training resumed
        # from a checkpoint) reports the wall time of all of it as ``fit_wall_s``: those sessions
        # recorded no fit time of their own.
        session["fit_s"] = max(time.monotonic() - start, float(fit_info.get("fit_wall_s", 0.0)))

    futures: list[Future] = []
    exec_start = time.monotonic()
    session["solve_s"] = 0.0

    def checkpoint(**fields: Any) -> None:
        session["execute_s"] = time.monotonic() - exec_start
        store.update_run_info(timings=timings(), solver_cost=solver.cost(prior_cost), peak_host_mem_mb=peak_host_mem_mb(),
                              **fields)

    def stored(row: SampleRecord) -> SampleRecord:
        # Rows are written here, by the driver only, whichever executor scored them.
        store.append(row)
        on_row(row)
        return row

    def submit(cands: list[Candidate]) -> None:
        futures.extend(then(executor.submit(by_uid[c.uid], c), stored) for c in cands)

    try:
        submit([Candidate(a.task, a.sample, a.code, dict(a.meta)) for a in unscored])
        for i in range(0, len(pending), config.batch):
            chunk = pending[i:i + config.batch]
            t0 = time.monotonic()
            candidates = solver.solve([Problem.from_task(t) for t in chunk], chunk if solver.needs_oracle else None)
            session["solve_s"] += time.monotonic() - t0
            fresh = [c for c in candidates if (c.uid, c.sample) not in done and (c.uid, c.sample) not in answered]
            # On disk before scoring starts: a kill from here on costs no generation.
            store.append_answers([StoredAnswer(task=c.uid, sample=c.sample, code=c.code, meta=c.meta) for c in fresh])
            submit(fresh)
            checkpoint(fit=fit_info)
        for fut in futures:
            fut.result()
    except BaseException:
        # Ctrl-C or an error: drop queued jobs instead of running them all before cleanup.
        executor.cancel()
        raise
    session["execute_s"] = time.monotonic() - exec_start

    rows = store.rows()
    if all(row.status != "infra" for row in rows):
        store.drop_answers()  # every answer is in its row; a resume has nothing left to score
    solver_cost = solver.cost(prior_cost)
    metrics = aggregate([r for r in rows if r.task not in excluded], config.samples)
    metrics["runnable"] = runnable_summary(len(evaluated), excluded)
    families = sorted({t.family.id for t in evaluated})
    metrics["runnable_by_family"] = {
        f: runnable_summary(sum(t.family.id == f for t in evaluated),
                            {u: r for u, r in excluded.items() if by_uid[u].family.id == f}) for f in families}
    metrics["cost"] = {
        **{k: round(v, 2) for k, v in timings().items()},
        "peak_host_mem_mb": peak_host_mem_mb(),
        "changes_weights": solver.changes_weights,
        **solver_cost,
        **{k: v for k, v in fit_info.items() if isinstance(v, (int, float, str, bool))},
    }
    metrics["run_id"] = run_id
    metrics["solver"] = config.solver
    metrics["model"] = config.model
    metrics["families"] = store.run_info()["families"]
    metrics["splits"] = list(config.splits)
    for key, value in solver.run_metrics(fit_info).items():
        metrics.setdefault(key, value)  # the solver's own metrics never replace the benchmark's
    # Target metrics reach the disk before forgetting is measured (minutes of model work that
    # may fail on its own): a failure there must not cost the run's scores.
    store.write_metrics(metrics)
    held_out = [Problem.from_task(t) for t in evaluated if not t.is_target]
    forgetting = solver.forgetting(sandbox, held_out) if solver.changes_weights else None
    if forgetting:
        metrics["forgetting"] = forgetting
        store.write_metrics(metrics)
    store.update_run_info(timings=timings(), solver_cost=solver_cost, environments=envs, fit=fit_info,
                          peak_host_mem_mb=peak_host_mem_mb(),
                          sandbox=sandbox.name, executor=executor.describe(), finished_at=datetime.now(timezone.utc).isoformat(), rows=len(rows))
    return store.folder, metrics
