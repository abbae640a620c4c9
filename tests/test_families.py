"""Every shipped family, in the Docker sandbox: each task validates; `reference` scores fix@1
100% and `noop` 0%; keep tasks pass under both. This is `bench tasks validate --all` plus two
`bench run`s, as CI runs them."""

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
    """The harness self-check of the headline: fix@1 is 100 for the reference and 0 for the input
    returned unchanged, on every split, by construction; both leave every keep task passing."""
    runs = {}
    for solver in ("reference", "noop"):
        config = RunConfig(solver=solver, families=(family,), splits=("train", "test_seen", "test_unseen"), workers=2)
        _, runs[solver] = run(config, docker_sandbox, tmp_path, run_id=solver, log=lambda msg: None)
    ref, noop = runs["reference"], runs["noop"]
    assert ref["overall"]["fix@1"]["mean"] == 1.0
    assert ref["overall"]["pass@1"]["mean"] == 1.0 and ref["overall"]["api"]["mean"] == 1.0
    assert noop["overall"]["fix@1"]["mean"] == 0.0
    assert ref["net"]["mean"] == 1.0 and noop["net"]["mean"] == 0.0
    for m in (ref, noop):
        assert m["locality"]["mean"] == 1.0
