"""``bench rescore``: re-execute a run's stored candidates against the current tasks and checks.

Nothing is generated again: each row's candidate is scored anew (the verdict, the API check,
upass), the rows are replaced atomically, and the metrics recomputed, keeping the run's costs
and forgetting measurements (they belong to the solver, not to the scoring). ``run.json`` gets
the current family versions and task hashes, and a ``rescored`` entry naming the tasks whose
spec changed since the candidates were made.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any

from benchmark.loading import load_tasks
from benchmark.metrics import aggregate
from benchmark.results import RunStore, SampleRecord
from benchmark.runner import RunConfig, env_request, score, upass_applies
from benchmark.specs import Task
from sandbox.base import Sandbox


class ScoreCache:
    """Rows scored in this process, by (task hash, candidate): runs share many candidates (the
    input returned unchanged, the reference, a model's repeated answers)."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], SampleRecord] = {}
        self._lock = threading.Lock()
        self.hits = 0

    def score(self, sandbox: Sandbox, task: Task, row: SampleRecord) -> SampleRecord:
        key = (task.content_hash, row.candidate)
        with self._lock:
            cached = self._rows.get(key)
            if cached is not None:
                self.hits += 1
        if cached is None:
            cached = score(sandbox, task, row.sample, row.candidate, row.solver_meta)
            if cached.status != "infra":
                with self._lock:
                    self._rows[key] = cached
        return cached.model_copy(update={"sample": row.sample, "solver_meta": row.solver_meta})


def rescore_run(folder: Path, sandbox: Sandbox, cache: ScoreCache, workers: int = 1,
                log: Callable[[str], None] = print, on_total: Callable[[int], None] = lambda n: None,
                on_row: Callable[[SampleRecord], None] = lambda row: None) -> dict[str, Any]:
    """Re-score one run folder in place; returns its new metrics."""
    store = RunStore(folder)
    if not store.exists:
        raise FileNotFoundError(f"no run at {folder} (no run.json)")
    store.lock()
    try:
        return _rescore(store, sandbox, cache, workers, log, on_total, on_row)
    finally:
        store.unlock()


def _rescore(store: RunStore, sandbox: Sandbox, cache: ScoreCache, workers: int, log: Callable[[str], None],
             on_total: Callable[[int], None], on_row: Callable[[SampleRecord], None]) -> dict[str, Any]:
    info = store.run_info()
    config = RunConfig.model_validate(info["config"])
    root = Path(config.tasks_root) if config.tasks_root else None
    rows = sorted(store.rows(), key=lambda r: r.key)
    wanted = {r.family for r in rows} | set(info.get("families", {}))
    tasks = {t.uid: t for t in load_tasks(sorted(wanted) or None, root=root,
                                          splits=("train", "test_seen", "test_unseen"))}
    gone = sorted({r.task for r in rows if r.task not in tasks})
    if gone:
        raise FileNotFoundError(f"{store.folder.name}: {len(gone)} stored tasks no longer exist "
                                f"({', '.join(gone[:5])}); cannot re-score")
    recorded = info.get("task_hashes", {})
    changed = sorted(uid for uid, h in recorded.items() if uid in tasks and tasks[uid].content_hash != h)
    on_total(len(rows))
    log(f"{store.folder.name}: {len(rows)} rows; {len(changed)} task specs changed since the run")
    needed = {}
    for row in rows:
        task = tasks[row.task]
        for name in ("new", "old") if upass_applies(task) else ("new",):
            req = env_request(task, name)
            needed[req.model_dump_json()] = req
    for req in needed.values():
        sandbox.prepare(req)

    def one(row: SampleRecord) -> SampleRecord:
        new = cache.score(sandbox, tasks[row.task], row)
        on_row(new)
        return new

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        new_rows = list(pool.map(one, rows))
    # Replace the rows in one step: a kill leaves either the old file or the new one.
    tmp = store.samples_path.with_name(".samples.jsonl.rescore.tmp")
    tmp.write_text("".join(r.model_dump_json() + "\n" for r in new_rows))
    tmp.replace(store.samples_path)

    old = store.metrics() or {}
    excluded = info.get("excluded") or {}  # tasks the run left out stay out of the denominators
    metrics = aggregate([r for r in new_rows if r.task not in excluded], config.samples)
    families = {t.family.id: t.family.version for t in tasks.values() if t.family.id in info.get("families", {})}
    for key in ("cost", "forgetting", "run_id", "solver", "model", "splits", "runnable", "runnable_by_family"):
        if key in old:
            metrics[key] = old[key]
    metrics.setdefault("run_id", info.get("run_id", store.folder.name))
    metrics.setdefault("solver", config.solver)
    metrics.setdefault("model", config.model)
    metrics.setdefault("splits", list(config.splits))
    metrics["families"] = families
    store.write_metrics(metrics)
    history = list(info.get("rescored", []))
    history.append({"at": datetime.now(timezone.utc).isoformat(), "package_version": dist_version("api-update-bench"),
                    "rows": len(new_rows), "changed_tasks": changed,
                    "family_versions_before": info.get("families", {})})
    store.update_run_info(families=families, rescored=history,
                          task_hashes={uid: tasks[uid].content_hash if uid in tasks else h for uid, h in recorded.items()})
    return metrics


def why_not_rescorable(folder: Path) -> str | None:
    """Why a run cannot be re-executed here (its candidates were withheld, or its tasks folder is
    not on this machine), or None."""
    info = json.loads((folder / "run.json").read_text())
    if info.get("candidates_withheld"):
        return f"its candidates were withheld ({info['candidates_withheld']}); run it again instead"
    root = (info.get("config") or {}).get("tasks_root")
    if root and not Path(root).is_dir():
        return f"its tasks folder {root} is not here (bench tasks import ... --out {root})"
    return None


def run_folders(results: Path, names: list[str] | None) -> list[Path]:
    """The named runs under ``results``, or every run there; unknown names fail listing the runs."""
    runs = sorted(p for p in results.iterdir() if (p / "run.json").is_file()) if results.is_dir() else []
    if not names:
        return runs
    known = {p.name: p for p in runs}
    unknown = [n for n in names if n not in known]
    if unknown:
        listing = ", ".join(sorted(known)) or "none"
        raise FileNotFoundError(f"no run {', '.join(unknown)} in {results}/ (runs there: {listing})")
    return [known[n] for n in names]

