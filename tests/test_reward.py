"""The executed reward (benchmark/reward.py): its terms come from the sandbox's verdict only, a
reward-hack completion earns nothing, keep tasks pay for leaving code alone, and jobs are cached."""

from __future__ import annotations

import time

import pytest
from pydantic import ValidationError

from benchmark.reward import ExecutedReward, RewardVerdict, RewardWeights, combine, same_program
from solvers.lm.generate import extract_code


def verdict(status: str = "pass", executes: bool = True, passes: bool = True, api: bool = True,
            no_deprecation: bool = True, unchanged: bool | None = None) -> RewardVerdict:
    return RewardVerdict(task="fam/t", task_hash="h", candidate_sha256="c", env="new", status=status,
                         executes=executes, passes=passes, api=api, no_deprecation=no_deprecation, unchanged=unchanged)


def test_terms_combine_by_the_weights_and_the_gate():
    w = RewardWeights()
    assert combine(verdict(), w) == pytest.approx(1.0)  # fixed: every term
    assert combine(verdict(no_deprecation=False), w) == pytest.approx(0.8)  # passes with the deprecated call
    assert combine(verdict(api=False), w) == pytest.approx(0.8)
    failing = verdict(status="fail", passes=False)
    assert combine(failing, w) == 0.0  # the default gate: failing code earns nothing, whatever else holds
    dense = RewardWeights(gate="exec")
    assert combine(failing, dense) == pytest.approx(0.5)  # executes + api + no deprecation
    assert combine(verdict(status="fail", passes=False, executes=False), dense) == 0.0
    # A run the sandbox stopped (tampering, crash, timeout) earns nothing under either gate, even when
    # its facts say it executed.
    for status in ("error", "timeout", "oom"):
        assert combine(verdict(status=status, passes=False), dense) == 0.0
    assert combine(verdict(status="infra", passes=False), w) is None  # no judgement on the candidate
    # Keep tasks: paid in full for leaving the code alone, less for a passing rewrite, nothing for breaking it.
    assert combine(verdict(unchanged=True), w) == pytest.approx(1.0)
    assert combine(verdict(unchanged=False), w) == pytest.approx(0.5)
    assert combine(verdict(unchanged=False), RewardWeights(keep_changed=1.0)) == 0.0
    assert combine(verdict(status="fail", passes=False, unchanged=True), w) == 0.0
    assert combine(verdict(), RewardWeights(executes=0, passes=2, api=0, no_deprecation=0)) == pytest.approx(2.0)
    with pytest.raises(ValidationError):
        RewardWeights(passes=-1)
    with pytest.raises(ValidationError):
        RewardWeights(keep_changed=1.5)
    frozen = verdict()
    with pytest.raises(ValidationError):
        frozen.passes = False


def test_same_program_ignores_formatting_and_comments():
    assert same_program("def f(x):\n    return x+1\n", "# note\ndef f( x ):\n\n    return (x + 1)  # same\n")
    assert not same_program("def f(x):\n    return x + 1\n", "def f(x):\n    return x + 2\n")
    assert not same_program("def f(:\n", "def f():\n")  # unparseable: compared as text


def test_an_executed_reward_needs_a_sandbox():
    with pytest.raises(ValueError, match="sandbox"):
        ExecutedReward(None)  # type: ignore[arg-type]


@pytest.mark.docker
def test_real_candidates_get_their_verdicts_and_jobs_are_cached(docker_sandbox, pandas_tasks, tmp_path):
    from tests.test_reward_hacks import OLD, REF, WRONG

    task = next(t for t in pandas_tasks if t.spec.id == "append-ledger-rows")
    cache = tmp_path / "cache.jsonl"
    reward = ExecutedReward(docker_sandbox, cache_file=cache)
    fixed, old, wrong, again = reward.batch([(task, REF), (task, OLD), (task, WRONG), (task, REF)])
    assert fixed.total == pytest.approx(1.0) and fixed.verdict.passes and fixed.verdict.api
    assert old.total == 0.0 and old.verdict.status == "fail" and not old.verdict.api  # DataFrame.append is gone
    assert wrong.total == 0.0 and wrong.verdict.status == "fail" and wrong.verdict.api  # the new API, wrong result
    assert again.total == fixed.total and again.cached and not fixed.cached
    assert reward.executed_jobs == 3  # the duplicate ran once
    # The denser gate pays the wrong answer for running with the new API, never the old one for its failure.
    dense = ExecutedReward(docker_sandbox, RewardWeights(gate="exec"), cache_file=cache)
    assert [r.total for r in dense.batch([(task, WRONG), (task, OLD)])][0] == pytest.approx(0.5)
    assert dense.executed_jobs == 0  # every verdict came from the file the first one wrote
    assert len(cache.read_text().splitlines()) == 3

    # Keep tasks: unchanged (up to formatting and comments) in full, a passing rewrite half, a broken one nothing.
    keep = next(t for t in pandas_tasks if t.spec.id == "keep-attach-customers")
    code = keep.old_code
    reformatted = "# checked for pandas 2\n" + code.replace("    joined = pd.merge(", "    joined = pd.merge(  # join")
    rewritten = code + "\n\nUNUSED = 1\n"
    broken = code.replace('how="left"', 'how="inner"')
    got = reward.batch([(keep, code), (keep, reformatted), (keep, rewritten), (keep, broken)])
    assert [r.verdict.unchanged for r in got] == [True, True, False, False]
    assert [r.total for r in got] == [pytest.approx(1.0), pytest.approx(1.0), pytest.approx(0.5), 0.0]
    assert got[3].verdict.status == "fail"


@pytest.fixture(scope="module")
def hack_box():
    from tests.conftest import open_docker_sandbox

    yield from open_docker_sandbox(workers=2)


@pytest.mark.docker
@pytest.mark.slow
def test_reward_hack_completions_earn_nothing(hack_box, pandas_tasks):
    """Every hack of the corpus (tests/test_reward_hacks.py), answered as a model would (in a fence) and
    taken out of the answer as the solvers take it, earns 0 under the default gate; the honest
    reference earns the full reward against each of the corpus's tests."""
    from tests.test_reward_hacks import HACKS, REF

    start = time.monotonic()
    task = next(t for t in pandas_tasks if t.spec.id == "append-ledger-rows")

    def with_test(test: str):  # noqa: ANN202 - the task with one of the corpus's hidden tests
        return task.model_copy(update={"files": {**task.files, "test_task.py": test}})

    variants = {test: with_test(test) for _, test in HACKS.values()}
    jobs = [(variants[test], extract_code(f"Here is the updated module:\n```python\n{code}```\n"))
            for code, test in HACKS.values()]
    assert all(code.strip() == got.strip() for (code, _), (_, got) in zip(HACKS.values(), jobs))
    rewards = ExecutedReward(hack_box).batch(jobs)
    paid = {case: (r.total, r.verdict.status, r.verdict.detail[:80]) for case, r in zip(HACKS, rewards)
            if r.total != 0.0}
    assert not paid, paid
    assert not any(r.verdict.infra for r in rewards)
    # The dense gate pays partial credit to code that ran to an honest failing verdict, which the lying
    # objects do (their __eq__ fools no assertion, so they fail like any wrong answer): never more than
    # wrong code earns, and nothing to a hack whose run the sandbox stopped.
    dense = ExecutedReward(hack_box, RewardWeights(gate="exec")).batch(jobs)
    paid = {case: r for case, r in zip(HACKS, dense) if r.total != 0.0}
    assert paid and all(r.verdict.status == "fail" and r.total <= 0.5 for r in paid.values()), paid
    assert set(paid) <= {"always-equal-object", "unittest-mock-any", "always-equal-dataframe"}
    honest = ExecutedReward(hack_box).batch([(v, REF) for v in variants.values()])
    assert [r.total for r in honest] == [pytest.approx(1.0)] * len(variants)
    print(f"{len(HACKS)} hacks, two gates: {time.monotonic() - start:.1f} s")
