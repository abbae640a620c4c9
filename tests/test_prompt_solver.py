"""The prompt solver: prompt construction, and an end-to-end run with the real default model
on real tasks in the Docker sandbox."""

from __future__ import annotations

import pytest

from solvers.prompt import build_completion_prompt, build_prompt
from solvers.base import Problem


def problem(doc: str | None = "DataFrame.append was removed; use pandas.concat.") -> Problem:
    return Problem(uid="f/t", family="f", library="pandas", kind="migrate", split="test_seen", entrypoint="f",
                   code="import pandas as pd\n\ndef f(a, b):\n    return a.append(b)\n", problem=None, doc=doc,
                   visible_test=None, environment="python 3.11: pandas==2.2.3")


def test_strategies_differ_as_documented():
    basic, context, cot = (build_prompt(problem(), s) for s in ("basic", "context", "cot"))
    assert "a.append(b)" in basic and "pandas==2.2.3" in basic
    assert "concat" not in basic and "concat" in context  # only context/cot reveal the change note
    assert "step by step" in cot and "step by step" not in context
    completion = build_completion_prompt(problem(), "basic")
    assert completion.endswith("```python\n")  # a base model continues inside the fence


def test_generation_cost_adds_up_over_resumed_sessions():
    from solvers.base import SolveContext
    from solvers.lm.generate import GenerationStats
    from solvers.prompt import PromptSolver

    solver = PromptSolver(SolveContext(model=None))
    solver.stats = GenerationStats(tokens=100, seconds=4.0)
    assert solver.cost() == {"generated_tokens": 100, "generation_s": 4.0, "tokens_per_s": 25.0}
    # An earlier, killed session generated 300 tokens in 6 s: the run's cost is both sessions'.
    assert solver.cost({"generated_tokens": 300, "generation_s": 6.0, "tokens_per_s": 50.0}) == {
        "generated_tokens": 400, "generation_s": 10.0, "tokens_per_s": 40.0}


@pytest.mark.docker
@pytest.mark.model
def test_prompt_runs_end_to_end_on_the_real_model(tmp_path):
    pytest.importorskip("transformers", reason="the model stack is not installed: pip install -e '.[models]'")
    from tests.conftest import require_docker

    require_docker()
    from benchmark.results import RunStore
    from benchmark.runner import RunConfig, run
    from sandbox.docker_backend import DockerSandbox

    config = RunConfig(solver="prompt", model="smollm2-135m", families=("pandas-2",), limit=1,
                       options={"strategy": "context", "max_new_tokens": "160", "device": "cpu"})
    with DockerSandbox() as box:
        folder, metrics = run(config, box, tmp_path, run_id="prompt", log=lambda msg: None)
    rows = RunStore(folder).rows()
    assert len(rows) == 2 and {r.kind for r in rows} == {"migrate", "keep"}
    assert all(r.status != "infra" and r.candidate.strip() for r in rows)
    assert all(r.solver_meta["new_tokens"] > 0 for r in rows)
    assert metrics["cost"]["tokens_per_s"] > 0 and metrics["cost"]["model_revision"] == "b179c9523d0e"
    assert metrics["overall"]["pass@1"] is not None and metrics["locality"] is not None


@pytest.mark.docker
@pytest.mark.model
def test_hybrid_routes_by_rule_confidence_on_the_real_model(tmp_path):
    pytest.importorskip("transformers", reason="the model stack is not installed: pip install -e '.[models]'")
    from tests.conftest import require_docker

    require_docker()
    from benchmark.results import RunStore
    from benchmark.runner import RunConfig, run
    from sandbox.docker_backend import DockerSandbox

    # numpy-2 test_seen: changes with three train examples each, so confident rules exist.
    config = RunConfig(solver="hybrid", model="smollm2-135m", families=("numpy-2",), splits=("test_seen",), limit=4,
                       options={"max_new_tokens": "128", "device": "cpu"})
    with DockerSandbox(workers=2) as box:
        folder, metrics = run(config, box, tmp_path, run_id="hybrid", log=lambda msg: None)
    rows = RunStore(folder).rows()
    tiers = {r.task: r.solver_meta["tier"] for r in rows}
    assert set(tiers.values()) <= {"rules", "guided", "plain"} and "rules" in tiers.values()
    by_tier = metrics["by"]["tier"]
    assert abs(sum(t["share"] for t in by_tier.values()) - 1.0) < 1e-6
    ruled = [r for r in rows if r.solver_meta["tier"] == "rules"]
    assert all(r.solver_meta["rules_applied"] for r in ruled)
