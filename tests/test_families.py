"""Every shipped family, in the Docker sandbox: each task validates; `reference` scores 100%
pass and api; `noop` scores 0% on migrate tasks that are not deprecation-only; keep tasks pass
under both. This is `bench tasks validate --all` plus two `bench run`s, as CI runs them."""

from __future__ import annotations

import pytest

from benchmark.loading import family_folders, load_tasks
from benchmark.runner import RunConfig, run
from benchmark.validate import validate

pytestmark = [pytest.mark.docker, pytest.mark.slow]
FAMILIES = [p.name for p in family_folders()]


@pytest.mark.parametrize("family", FAMILIES)
def test_family_validates(family, docker_sandbox, tasks_copy):
    tasks = load_tasks([family], root=tasks_copy)
    reports = validate(docker_sandbox, tasks, tasks_copy, workers=2)
    bad = [f"{r['task']}: {'; '.join(r['notes'])}" for r in reports if not r["ok"]]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("family", FAMILIES)
def test_reference_and_noop_bounds(family, docker_sandbox, tmp_path):
    runs = {}
    for solver in ("reference", "noop"):
        config = RunConfig(solver=solver, families=(family,), splits=("train", "test_seen", "test_unseen"), workers=2)
        _, runs[solver] = run(config, docker_sandbox, tmp_path, run_id=solver, log=lambda msg: None)
    ref, noop = runs["reference"], runs["noop"]
    assert ref["overall"]["pass@1"]["mean"] == 1.0
    assert ref["overall"]["api"]["mean"] == 1.0
    if noop["non_deprecation_migrate"]["tasks"]:
        assert noop["non_deprecation_migrate"]["pass@1"]["mean"] == 0.0
    for m in (ref, noop):
        assert m["locality"] is None or m["locality"]["mean"] == 1.0


def test_rules_learn_seen_changes_and_never_break_keep_tasks(docker_sandbox, tmp_path):
    """Over every shipped family, on the migrate tasks that noop cannot pass (not deprecation-only):
    on test_seen, rules are far above noop; on test_unseen (changes absent from train) they are
    close to noop, since they cannot know those changes; keep tasks are never broken."""
    from benchmark.results import RunStore

    uids = {t.uid: t for t in load_tasks(None)}
    scores = {}
    for solver in ("rules", "noop"):
        config = RunConfig(solver=solver, splits=("test_seen", "test_unseen"), workers=2)
        folder, m = run(config, docker_sandbox, tmp_path, run_id=solver, log=lambda msg: None)
        assert m["locality"]["mean"] == 1.0, (solver, m["locality"])
        for split in ("test_seen", "test_unseen"):
            passed = [r.status == "pass" for r in RunStore(folder).rows()
                      if uids[r.task].spec.split.value == split and uids[r.task].is_target
                      and "deprecation" not in uids[r.task].spec.tags]
            scores[solver, split] = sum(passed) / len(passed)
    assert scores["rules", "test_seen"] >= scores["noop", "test_seen"] + 0.25, scores
    assert abs(scores["rules", "test_unseen"] - scores["noop", "test_unseen"]) <= 0.1, scores
