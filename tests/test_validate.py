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


def test_validation_refuses_tasks_where_doing_nothing_would_count_as_fixed(docker_sandbox, tasks_copy):
    """The headline's construction: a migrate task needs an API check (or a stated waiver), its
    reference must pass that check, and its old code must not be fixed."""
    import re

    fam = tasks_copy / "pandas-2"

    def set_api(task: str, block: str) -> None:
        spec = fam / task / "task.yaml"
        spec.write_text(re.sub(r"^api:\n(?:  .*\n)+", "api:\n" + block, spec.read_text(), flags=re.M))

    set_api("append-ledger-rows", "  must_use: []\n")  # no check at all
    set_api("odometer-log", "  must_use: [pandas.no_such_function]\n")  # the reference cannot pass it
    set_api("chronological-index", "  waived: \"the fix is an argument shape that no name captures\"\n")
    # Old code that passes the tests and the check: doing nothing would be "fixed".
    (fam / "crlf-report-export" / "old.py").write_text((fam / "crlf-report-export" / "reference.py").read_text())
    tasks = [t for t in load_tasks(["pandas-2"], root=tasks_copy)
             if t.spec.id in ("append-ledger-rows", "odometer-log", "chronological-index", "crlf-report-export")]
    reports = {r["task"].split("/")[1]: r for r in validate(docker_sandbox, tasks, tasks_copy, workers=2)}
    assert reports["append-ledger-rows"]["checks"]["api_check_present"] is False
    assert not reports["append-ledger-rows"]["ok"]
    assert reports["odometer-log"]["checks"]["reference_api_ok"] is False and not reports["odometer-log"]["ok"]
    assert reports["chronological-index"]["checks"]["api_check_present"] is True
    assert reports["crlf-report-export"]["checks"]["old_not_fixed"] is False
    summary = (tasks_copy / "VALIDATION.md").read_text()
    assert "reference API-true" in summary and "old code not fixed" in summary
    assert "doing nothing would score as fixed" in summary
