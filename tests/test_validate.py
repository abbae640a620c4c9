"""`bench tasks validate` catches tasks that do not measure what they claim, and writes results."""

from __future__ import annotations

import json

import pytest

from benchmark.loading import load_tasks
from benchmark.validate import validate

pytestmark = pytest.mark.docker


def test_validation_flags_broken_tasks_and_writes_reports(docker_sandbox, tasks_copy):
    fam = tasks_copy / "pandas-2"
    # 1. old code that already works in new: the task measures nothing.
    (fam / "append-ledger-rows" / "old.py").write_text((fam / "append-ledger-rows" / "reference.py").read_text())
    # 2. a reference that fails its own tests.
    ref = fam / "odometer-log" / "reference.py"
    ref.write_text(ref.read_text() + "\nraise RuntimeError('broken reference')\n")
    # 3. a deprecation tag on a task whose old code does not warn.
    spec = fam / "chronological-index" / "task.yaml"
    spec.write_text(spec.read_text().replace("tags: []", "tags: [deprecation]"))
    tasks = [t for t in load_tasks(["pandas-2"], root=tasks_copy)
             if t.spec.id in ("append-ledger-rows", "odometer-log", "chronological-index", "keep-sales-pivot")]
    reports = {r["task"].split("/")[1]: r for r in validate(docker_sandbox, tasks, tasks_copy, workers=2)}
    assert reports["append-ledger-rows"]["checks"]["old_fails_new"] is False
    assert reports["odometer-log"]["checks"]["reference_passes_new_x3"] is False
    assert reports["chronological-index"]["ok"] is False
    assert reports["keep-sales-pivot"]["ok"] is True
    written = json.loads((fam / "validation.json").read_text())
    assert {r["task"] for r in written["tasks"]} == {t.uid for t in tasks}
    summary = (tasks_copy / "VALIDATION.md").read_text()
    assert "append-ledger-rows" in summary and "old code passes in new" in summary
