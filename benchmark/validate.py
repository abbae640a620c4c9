"""``bench tasks validate``: prove in the sandbox that each task measures what it claims.

Checks per task:
- reference passes in ``new`` three times in a row (flake check);
- migrate: old code fails in ``new``, or, for tasks tagged deprecation, passes there but
  emits a deprecation warning from the candidate module;
- ``introduced_in_new``: the reference fails in ``old`` (the new API did not exist yet);
- keep: the code passes in ``old`` and ``new``;
- target tasks: the reference is API-true; a migrate task has an API check (there is no
  headline ``fix`` without one), and its old code is not fixed (API-false or failing the tests),
  so that returning the input unchanged scores 0 by construction.
Results go to ``tasks/<family>/validation.json`` and a summary to ``tasks/VALIDATION.md``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from tabulate import tabulate

from benchmark.loading import default_tasks_dir
from benchmark.runner import run_code
from benchmark.scoring import api_verdict, is_deprecation
from benchmark.specs import Kind, Task
from sandbox.base import Sandbox, Status

FLAKE_RUNS = 3


def _deprecation_from_candidate(result) -> bool:  # noqa: ANN001
    return any(is_deprecation(w) and w.filename.endswith("/solution.py") for w in result.warnings)


def validate_task(sandbox: Sandbox, task: Task) -> dict:
    checks: dict[str, bool | None] = {}
    notes: list[str] = []
    runs = [run_code(sandbox, task, task.reference, "new")[0] for _ in range(FLAKE_RUNS)]
    for r in runs:
        if r.status is Status.infra:
            return {"task": task.uid, "ok": False, "infra": True, "checks": {}, "notes": [r.detail or "infra failure"]}
    checks["reference_passes_new_x3"] = all(r.status is Status.passed for r in runs)
    if not checks["reference_passes_new_x3"]:
        bad = next(r for r in runs if r.status is not Status.passed)
        notes.append(f"reference in new: {bad.status.value}: {_why(bad)}")
    if task.is_target and (task.spec.api.present or task.spec.kind is Kind.migrate):
        checks["reference_api_ok"] = api_verdict(task.reference, runs[0], task.spec.api).ok
        if not checks["reference_api_ok"]:
            v = api_verdict(task.reference, runs[0], task.spec.api)
            notes.append(f"reference fails its own API check: missing {list(v.missing)}, forbidden {list(v.forbidden)}, "
                         f"deprecations {list(v.deprecations)}")
    if task.spec.kind is Kind.migrate:
        checks["api_check_present"] = task.spec.api.present or task.spec.api.waived is not None
        if not checks["api_check_present"]:
            notes.append("migrate task without an API check (api.must_use / must_not_use / literals, "
                         "or api.waived with the reason none can be written)")
    if task.spec.kind is Kind.migrate and task.old_code is not None:
        old_new = run_code(sandbox, task, task.old_code, "new")[0]
        old_verdict = api_verdict(task.old_code, old_new, task.spec.api)
        checks["old_not_fixed"] = not (old_new.status is Status.passed and old_verdict.ok)
        if not checks["old_not_fixed"]:
            notes.append("old code passes in new and satisfies the API check: doing nothing would score as fixed")
        if task.is_deprecation:
            checks["old_warns_in_new"] = _deprecation_from_candidate(old_new)
            if not checks["old_warns_in_new"] and old_new.status is not Status.passed:
                notes.append(f"tagged deprecation, but old code fails in new ({old_new.status.value}): drop the tag")
            elif not checks["old_warns_in_new"]:
                notes.append("tagged deprecation, but old code raises no deprecation warning in new")
        else:
            checks["old_fails_new"] = old_new.status is not Status.passed
            if not checks["old_fails_new"]:
                warns = " (it warns: tag the task deprecation)" if _deprecation_from_candidate(old_new) else ""
                notes.append(f"old code passes in new{warns}")
    if task.spec.change.introduced_in_new and task.environment("old") is not None:
        ref_old = run_code(sandbox, task, task.reference, "old")[0]
        checks["reference_fails_old"] = ref_old.status is not Status.passed
        if not checks["reference_fails_old"]:
            notes.append("introduced_in_new, yet the reference passes in old")
    if task.spec.kind is Kind.keep:
        for env in ("old", "new"):
            if task.environment(env) is not None:
                r = run_code(sandbox, task, task.old_code or task.reference, env)[0]
                checks[f"keep_passes_{env}"] = r.status is Status.passed
                if r.status is not Status.passed:
                    notes.append(f"keep code in {env}: {r.status.value}: {_why(r)}")
    return {"task": task.uid, "ok": all(v for v in checks.values() if v is not None), "infra": False,
            "checks": checks, "notes": notes}


def _why(result) -> str:  # noqa: ANN001
    failed = [t for t in result.tests if t.outcome != "passed"]
    if failed:
        return f"{failed[0].nodeid}: {failed[0].message or failed[0].exc_type}"[:300]
    return (result.import_error or result.detail or result.stderr_tail[-300:] or "").strip()


def validate(sandbox: Sandbox, tasks: list[Task], tasks_dir: Path, workers: int = 1,
             on_task: Callable[[dict], None] = lambda r: None) -> list[dict]:
    """Validate ``tasks`` (spread over ``workers`` warm runners) and write the reports."""
    from concurrent.futures import ThreadPoolExecutor

    from benchmark.runner import env_request

    # Build every environment first; a task whose environment cannot exist here is reported
    # with the reason instead of being run (or dropped).
    unavailable: dict[str, str] = {}
    locks: dict[str, dict[str, dict]] = {}  # family -> environment label -> lock facts
    for task in tasks:
        for name in ("old", "new"):
            req = env_request(task, name)
            key = req.model_dump_json() if req else None
            if req is None or key in unavailable:
                continue
            try:
                facts = sandbox.prepare(req)
            except Exception as exc:  # InfraError, SandboxUnavailable: both mean "cannot run here"
                unavailable[key] = f"environment python {req.python} [{', '.join(req.requirements)}]: {exc}"
                continue
            label = name if name not in task.spec.environments else f"{name} ({task.spec.id})"
            if facts["lock"] not in {v["lock"] for v in locks.get(task.family.id, {}).values()}:
                locks.setdefault(task.family.id, {})[label] = {
                    "python": req.python, "lock": facts["lock"], "packages": facts["packages"]}

    def one(task: Task) -> dict:
        reasons = [unavailable[k] for n in ("old", "new") if (r := env_request(task, n)) is not None
                   and (k := r.model_dump_json()) in unavailable]
        if reasons:
            report = {"task": task.uid, "ok": False, "infra": True, "unavailable": True, "checks": {}, "notes": reasons}
        else:
            report = validate_task(sandbox, task)
        on_task(report)
        return report

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        reports = list(pool.map(one, tasks))
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for family in sorted({t.family.id for t in tasks}):
        pairs = [(t, r) for t, r in zip(tasks, reports) if t.family.id == family]
        payload = {"family": family, "version": pairs[0][0].family.version, "validated_at": stamp,
                   "sandbox": sandbox.name, "environments": locks.get(family, {}), "tasks": [r for _, r in pairs]}
        (tasks_dir / family / "validation.json").write_text(json.dumps(payload, indent=2) + "\n")
    write_summary(tasks_dir)
    return reports


def read_report(family_folder: Path) -> dict:
    """A family's ``validation.json``; a family never validated has no task reports."""
    path = family_folder / "validation.json"
    return json.loads(path.read_text()) if path.is_file() else {"tasks": [], "validated_at": "never"}


def invalid_in_validation(tasks: list[Task], root: Path | None) -> dict[str, str]:
    """Tasks that ``bench tasks validate`` found invalid (reference failing, old code passing...),
    from their family's ``validation.json`` when it is for the family version being run. A task
    that could not run during validation (environment unavailable, infra) is not invalid."""
    invalid: dict[str, str] = {}
    versions = {t.family.id: t.family.version for t in tasks}
    wanted = {t.uid for t in tasks}
    for family, version in versions.items():
        report = read_report((root or default_tasks_dir()) / family)
        if report.get("version") != version:
            continue
        for task in report.get("tasks", []):
            if task["task"] in wanted and not task["ok"] and not task.get("unavailable") and not task.get("infra"):
                invalid[task["task"]] = "invalid in validation: " + ("; ".join(task.get("notes", [])) or "see validation.json")
    return invalid


def write_summary(tasks_dir: Path) -> Path:
    """Regenerate ``tasks/VALIDATION.md`` from every family's validation.json and specs."""
    from benchmark.loading import SpecError, family_folders, load_family

    lines = ["# Task validation", "", "Generated by `bench tasks validate`; do not edit by hand.", ""]
    rows = []
    details = []
    env_lines: list[str] = []
    for folder in family_folders(tasks_dir):
        try:
            tasks = load_family(folder)
        except SpecError as exc:
            # One broken family must not stop the summary of the others.
            rows.append([folder.name, "?", 0, 0, "?", "", "", "", "invalid spec", "", "", ""])
            details += [f"## {folder.name}: invalid spec", *(f"- {p}" for p in exc.problems[:20]), ""]
            continue
        data = read_report(folder)
        results = {r["task"]: r for r in data["tasks"]}
        ok = sum(1 for t in tasks if results.get(t.uid, {}).get("ok"))
        unavailable = sum(1 for t in tasks if results.get(t.uid, {}).get("unavailable"))
        kinds = Counter(t.spec.kind.value for t in tasks)
        splits = Counter(t.spec.split.value for t in tasks)
        types = Counter(t.spec.change.type.value for t in tasks if t.spec.kind is not Kind.keep)
        changes = len({t.spec.change.id for t in tasks if t.spec.kind is not Kind.keep})
        targets = [t for t in tasks if t.is_target]
        migrate = [t for t in tasks if t.spec.kind is Kind.migrate]

        def count(group: list[Task], check: str) -> str:
            return f"{sum(1 for t in group if results.get(t.uid, {}).get('checks', {}).get(check))}/{len(group)}"

        rows.append([f"{folder.name}@{tasks[0].family.version if tasks else '?'}", len(tasks), ok, unavailable, changes,
                     f"{sum(t.spec.api.present for t in targets)} + {sum(t.spec.api.waived is not None for t in targets)} "
                     f"waived / {len(targets)}",
                     count(targets, "reference_api_ok"), count(migrate, "old_not_fixed"),
                     ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
                     ", ".join(f"{k} {v}" for k, v in sorted(splits.items())),
                     ", ".join(f"{k} {v}" for k, v in sorted(types.items())), data["validated_at"]])
        env_lines += [f"- `{folder.name}` {label}: python {e['python']}, lock `{e['lock']}`: {e['packages']}"
                      for label, e in list(data.get("environments", {}).items())[:12]]
        failing = [(uid, r) for uid, r in results.items() if not r.get("ok")]
        missing = [t.uid for t in tasks if t.uid not in results]
        if failing or missing:
            details.append(f"## {folder.name}: not validated")
            details += [f"- `{uid}`: {'; '.join(r['notes']) or 'failed'}" for uid, r in failing]
            details += [f"- `{uid}`: not yet validated" for uid in missing]
            details.append("")
    lines.append(tabulate(rows, headers=["family", "tasks", "valid", "cannot run here", "changes", "API check",
                                         "reference API-true",
                                         "old code not fixed", "kinds", "splits", "change types", "validated"],
                          tablefmt="github"))
    lines += ["", "*API check*: target tasks with a check + those whose check is waived (`api.waived` says why no "
              "name or literal captures the change; the tests decide), over target tasks. "
              "*reference API-true*: target tasks whose reference passes its own API check. *old code not fixed*: "
              "migrate tasks whose old code fails the tests in `new` or fails the API check (a deprecation warning "
              "counts), so that returning the input unchanged scores 0."]
    lines.append("")
    if env_lines:
        lines += ["## Environments (locked: exact versions; sha256 of every wheel in the lock file)", "", *env_lines, ""]
    lines += details
    out = tasks_dir / "VALIDATION.md"
    out.write_text("\n".join(lines).rstrip() + "\n")
    return out
