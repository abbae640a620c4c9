"""The bounds every other solver is read against."""

from __future__ import annotations

from benchmark.specs import Task
from solvers.base import Candidate, Problem, Solver


class NoopSolver(Solver):
    name = "noop"
    description = "Returns the input code unchanged: the lower bound (about 0% on migrate tasks)."

    def solve(self, problems: list[Problem], tasks: list[Task] | None = None) -> list[Candidate]:
        return [Candidate(p.uid, s, p.code) for p in problems for s in range(self.ctx.samples)]


class ReferenceSolver(Solver):
    name = "reference"
    description = "Returns the reference solution: the upper bound and a harness self-check (must be 100%)."
    needs_oracle = True

    def solve(self, problems: list[Problem], tasks: list[Task] | None = None) -> list[Candidate]:
        assert tasks is not None, "the reference solver is an oracle: the runner passes it the tasks"
        return [Candidate(t.uid, s, t.reference) for t in tasks for s in range(self.ctx.samples)]
