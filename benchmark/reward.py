"""An executed reward for code candidates: what the sandbox's verdict says, as one number.

A reinforcement-learning solver (``grpo``) is paid for what a candidate *does*, not for how it
looks: the candidate is executed against the task's hidden tests in the run's sandbox, and the
same verdict pieces :func:`benchmark.runner.score` uses (the job's status, :func:`executed`,
:func:`api_verdict`) give the terms:

- ``executes``: the module imports and its entrypoint runs without raising;
- ``passes``: every hidden test passes;
- ``api``: the candidate uses every ``must_use`` API and no ``must_not_use`` one;
- ``no_deprecation``: it triggers none of the library's deprecation warnings.

``total`` is their weighted sum (:class:`RewardWeights`), with two rules that keep it honest:

- **gate**: by default a candidate whose tests do not pass gets 0 for every term. Partial credit
  for failing code pays wrong code: a module that runs and calls the new API but computes
  garbage would earn the ``executes`` and ``api`` terms, and so would the lying objects of the
  reward-hack corpus (``__eq__`` that always says yes), whose run is honest but wrong.
  ``gate="exec"`` gives that partial credit to candidates that ran to an honest verdict, for
  users who want a denser signal and accept that risk. A run the sandbox stopped (tampering
  with the harness, a crash, no result, timeout, out of memory) never gets anything.
- **keep tasks** (code already right for the new version; ``task.is_target`` is False): the
  candidate must still pass, and a passing candidate that differs from the input code (its
  syntax tree, so formatting and comments do not count) loses the share ``keep_changed`` of its
  reward: the policy is paid most for leaving correct code alone, less for a rewrite that
  happens to keep the behaviour, nothing for breaking it.

Nothing here reads the candidate's output: every term comes from the sandbox's typed result,
whose verdict the candidate's process cannot decide (see docs/sandbox.md).

Jobs are cached by (task uid, task content hash, sha256 of the candidate, environment): a policy
samples the same answer many times, and a resumed training pays for no job twice when the cache
has a file. :meth:`ExecutedReward.batch` runs a batch's distinct jobs concurrently, one thread per
sandbox worker.
"""

from __future__ import annotations

import ast
import hashlib
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from benchmark.runner import run_code
from benchmark.scoring import api_verdict, executed
from benchmark.specs import Task
from sandbox.base import Sandbox, Status

# Statuses that come from the tests themselves; anything else means the sandbox stopped the run.
HONEST = (Status.passed, Status.failed)


class RewardInfraError(RuntimeError):
    """The sandbox could not execute a batch of reward jobs at all (every job ended ``infra``)."""


class RewardWeights(BaseModel):
    """Weights of the reward terms; a fixed candidate of a target task earns their sum (1.0 by default)."""

    model_config = ConfigDict(frozen=True)

    executes: float = Field(0.1, ge=0, description="weight of: the module imports and its entrypoint runs")
    passes: float = Field(0.5, ge=0, description="weight of: every hidden test passes")
    api: float = Field(0.2, ge=0, description="weight of: every must_use API used, no must_not_use API")
    no_deprecation: float = Field(0.2, ge=0, description="weight of: no deprecation warning from the candidate")
    keep_changed: float = Field(0.5, ge=0, le=1, description="keep tasks: share of the reward lost by a passing "
                                                             "candidate that rewrote the input code")
    gate: Literal["pass", "exec"] = Field("pass", description="pass: failing candidates get 0; exec: candidates "
                                                              "that ran to an honest verdict get partial credit")


class RewardVerdict(BaseModel):
    """The sandbox's verdict on one candidate, reduced to the reward terms (what the cache stores)."""

    model_config = ConfigDict(frozen=True)

    task: str
    task_hash: str
    candidate_sha256: str
    env: str
    status: str
    executes: bool
    passes: bool
    api: bool
    no_deprecation: bool
    unchanged: bool | None  # keep tasks: same syntax tree as the input code; None for target tasks
    detail: str = ""

    @property
    def infra(self) -> bool:
        return self.status == Status.infra.value


class Reward(BaseModel):
    """A verdict and the reward it earns under given weights; ``total`` is None when the sandbox
    could not run the job (infrastructure), which is no judgement on the candidate."""

    model_config = ConfigDict(frozen=True)

    verdict: RewardVerdict
    total: float | None
    cached: bool = False


def candidate_sha256(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def input_code(task: Task) -> str:
    """The code a solver is given for ``task`` (as ``Problem.from_task`` takes it)."""
    return task.old_code or task.files.get("starting.py", "")


def same_program(a: str, b: str) -> bool:
    """Whether two modules have the same syntax tree (formatting and comments aside)."""
    try:
        return ast.dump(ast.parse(a)) == ast.dump(ast.parse(b))
    except (SyntaxError, ValueError):
        return a.strip() == b.strip()


def combine(verdict: RewardVerdict, weights: RewardWeights) -> float | None:
    """The reward of ``verdict`` under ``weights`` (see the module's doc for the rules)."""
    if verdict.infra:
        return None
    if verdict.status not in (s.value for s in HONEST):
        return 0.0  # the sandbox stopped the run: tampering, a crash, no result, timeout, out of memory
    if weights.gate == "pass" and not verdict.passes:
        return 0.0
    if weights.gate == "exec" and not verdict.executes:
        return 0.0
    total = (weights.executes * verdict.executes + weights.passes * verdict.passes + weights.api * verdict.api
             + weights.no_deprecation * verdict.no_deprecation)
    if verdict.unchanged is False:
        total *= 1.0 - weights.keep_changed
    return round(total, 6)


class ExecutedReward:
    """Executes candidates in ``sandbox`` and turns the verdicts into rewards, with a cache.

    ``cache_file`` (optional) is a JSON-lines file of verdicts, read at start and appended to, so
    another session of the same run executes nothing twice. Thread-safe.
    """

    def __init__(self, sandbox: Sandbox, weights: RewardWeights | None = None, cache_file: Path | None = None,
                 env: str = "new") -> None:
        if sandbox is None:
            raise ValueError("an executed reward needs a sandbox to run candidates in (none was given)")
        self.sandbox = sandbox
        self.weights = weights or RewardWeights()
        self.env = env
        self.cache_file = cache_file
        self._cache: dict[tuple[str, str, str, str], RewardVerdict] = {}
        self._lock = threading.Lock()
        self.executed_jobs = 0
        self.cache_hits = 0
        if cache_file is not None and cache_file.is_file():
            for line in cache_file.read_text().splitlines():
                try:
                    v = RewardVerdict.model_validate_json(line)
                except ValueError:
                    continue  # a line torn by a killed process
                self._cache[(v.task, v.task_hash, v.candidate_sha256, v.env)] = v

    def _key(self, task: Task, code: str) -> tuple[str, str, str, str]:
        return task.uid, task.content_hash, candidate_sha256(code), self.env

    def verdict(self, task: Task, code: str) -> RewardVerdict:
        """Execute ``code`` as ``task``'s candidate (no cache)."""
        result, _ = run_code(self.sandbox, task, code, self.env)
        verdict = api_verdict(code, result, task.spec.api)
        return RewardVerdict(
            task=task.uid, task_hash=task.content_hash, candidate_sha256=candidate_sha256(code), env=self.env,
            status=result.status.value, executes=executed(result), passes=result.status is Status.passed,
            api=not (verdict.unparseable or verdict.missing or verdict.forbidden),
            no_deprecation=not verdict.deprecations,
            unchanged=None if task.is_target else same_program(code, input_code(task)),
            detail=(result.detail or "")[:300])

    def __call__(self, task: Task, code: str) -> Reward:
        return self.batch([(task, code)])[0]

    def batch(self, jobs: list[tuple[Task, str]]) -> list[Reward]:
        """Rewards of many (task, candidate) pairs, in order; distinct uncached jobs run concurrently
        over the sandbox's workers. Raises :class:`RewardInfraError` when every executed job ended
        ``infra``: the sandbox is broken, and rewards of 0 would teach the policy nothing true."""
        keys = [self._key(task, code) for task, code in jobs]
        fresh: dict[tuple[str, str, str, str], RewardVerdict] = {}
        with self._lock:
            todo = {k: job for k, job in zip(keys, jobs) if k not in self._cache}
        if todo:
            with ThreadPoolExecutor(max_workers=max(1, min(self.sandbox.workers, len(todo)))) as pool:
                fresh = dict(zip(todo, pool.map(lambda job: self.verdict(*job), todo.values())))
            if all(v.infra for v in fresh.values()):
                first = next(iter(fresh.values()))
                raise RewardInfraError(f"the sandbox could not run any of {len(fresh)} reward jobs: {first.detail}")
            with self._lock:
                for key, v in fresh.items():
                    if v.infra:
                        continue  # not cached: the next time may work
                    self._cache[key] = v
                    if self.cache_file is not None:
                        with self.cache_file.open("a") as fh:
                            fh.write(v.model_dump_json() + "\n")
                self.executed_jobs += len(fresh)
        out, first = [], set()
        with self._lock:
            for key in keys:
                # Judged without executing it again: an earlier batch's verdict, or a duplicate in this one.
                hit = key not in todo or key in first
                first.add(key)
                self.cache_hits += hit
                v = self._cache.get(key) or fresh[key]
                out.append(Reward(verdict=v, total=combine(v, self.weights), cached=hit))
        return out

    def stats(self) -> dict[str, int]:
        return {"reward_jobs_executed": self.executed_jobs, "reward_cache_hits": self.cache_hits,
                "reward_cache_size": len(self._cache)}
