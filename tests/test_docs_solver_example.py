"""The solver example of docs/writing-a-solver.md works as written."""

from __future__ import annotations

import re
import types

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.docker


def test_documented_solver_runs(docker_sandbox, tmp_path):
    from benchmark.plugins import SOLVERS
    from benchmark.results import RunStore
    from benchmark.runner import RunConfig, run

    doc = (REPO / "docs" / "writing-a-solver.md").read_text()
    source = next(b for b in re.findall(r"```python\n(.*?)```", doc, flags=re.S) if "class UpperSolver" in b)
    module = types.ModuleType("my_solvers")
    exec(compile(source, "my_solvers.py", "exec"), module.__dict__)
    SOLVERS.register("upper", module.UpperSolver)  # what the entry point does for an installed package
    config = RunConfig(solver="upper", options={"suffix": "checked"}, families=("pandas-2",), limit=1)
    folder, metrics = run(config, docker_sandbox, tmp_path, run_id="upper", log=lambda msg: None)
    rows = RunStore(folder).rows()
    assert len(rows) == 2 and all(r.candidate.endswith("# checked\n") for r in rows)
    assert metrics["cost"]["train_tasks"] > 0
    assert metrics["locality"]["mean"] == 1.0  # a comment does not break keep code
