"""The solver interface: ``fit`` on train tasks (optional), then ``solve`` batches of problems.

Solvers never see hidden tests or references of the problems they solve: they get a
:class:`Problem`. Only a solver that declares ``needs_oracle`` (the ``reference`` self-check)
is handed the full tasks.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, ClassVar, Mapping

from pydantic import BaseModel, ConfigDict

from benchmark.specs import Task


class Options(BaseModel):
    """Base of every solver's options (``-S key=value``); fields document themselves."""

    model_config = ConfigDict(frozen=True, extra="forbid")


@dataclass(frozen=True)
class Problem:
    """What a solver may see of a task."""

    uid: str
    family: str
    library: str
    kind: str
    split: str
    entrypoint: str
    code: str  # old.py for migrate/keep, starting.py for complete/synthetic
    problem: str | None  # prompt.md: the natural-language task, when there is one
    doc: str | None
    visible_test: str | None
    environment: str  # e.g. "python 3.11: pandas==2.2.3, numpy==1.26.4"

    @classmethod
    def from_task(cls, task: Task) -> "Problem":
        env = task.environment("new")
        return cls(
            uid=task.uid, family=task.family.id, library=task.family.library, kind=task.spec.kind.value,
            split=task.spec.split.value, entrypoint=task.spec.entrypoint,
            code=task.old_code or task.files.get("starting.py", ""), problem=task.files.get("prompt.md"),
            doc=task.spec.doc,
            visible_test=task.files.get("visible_test.py"),
            environment=f"python {env.python}: {', '.join(env.requirements)}",
        )


@dataclass(frozen=True)
class Candidate:
    uid: str
    sample: int
    code: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class SolveContext:
    model: str | None
    samples: int = 1
    temperature: float = 0.0
    seed: int = 0
    run_dir: Path | None = None
    log: Callable[[str], None] = lambda msg: None
    # Long phases of fit (e.g. training steps) report (phase, done, total); the CLI draws a bar.
    progress: Callable[[str, int, int], None] = lambda phase, done, total: None
    # Generation backend of model-based solvers (solvers.lm.backends) and its options (-B key=value).
    # transformers is the reference, and what runs recorded before backends existed used.
    backend: str = "transformers"
    backend_options: Mapping[str, str] = field(default_factory=dict)
    # The run's sandbox, for solvers that execute code while they learn (an executed reward);
    # None outside a run. Solving never needs it: candidates are scored by the runner.
    sandbox: Any = None


class Solver(abc.ABC):
    name: ClassVar[str] = "abstract"
    description: ClassVar[str] = ""
    changes_weights: ClassVar[bool] = False
    needs_oracle: ClassVar[bool] = False
    uses_model: ClassVar[bool] = False
    Options: ClassVar[type[Options]] = Options

    def __init__(self, ctx: SolveContext, options: dict[str, str] | None = None):
        self.ctx = ctx
        self.options = self.Options.model_validate(options or {})

    def fit(self, train: list[Task]) -> dict[str, Any]:
        """Learn from train tasks; return facts for the run record (e.g. rules learned)."""
        return {}

    def cost(self, prior: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Extra cost figures for the run record (e.g. generated tokens, tokens/s).

        ``prior`` is what this method returned in earlier sessions of a resumed run: counters
        that add up (tokens, seconds) return ``prior`` plus this session, so a run killed and
        resumed reports the cost of all its work.
        """
        return {}

    def run_metrics(self, fit: Mapping[str, Any]) -> dict[str, Any]:
        """Metrics of the solver's own beyond the benchmark's, from the facts ``fit`` returned (also
        those an earlier session of a resumed run recorded); the runner adds them to metrics.json
        under their own keys, never over the benchmark's (e.g. the editing solvers' per-edit metrics)."""
        return {}

    def forgetting(self, sandbox: Any, held_out: list[Problem]) -> dict[str, Any] | None:
        """For solvers that change weights: what the update cost elsewhere, base vs updated.

        ``held_out`` is every keep problem of the run (also those solved in earlier sessions of a
        resumed run): code the update never trained on, for measures that need in-domain text.

        Return ``{"humaneval_delta": summary, "bpb_delta": summary, ...}`` where a summary is
        ``{"mean", "ci_low", "ci_high", "n"}`` (see ``benchmark.metrics.summarize``); the
        runner stores it under ``metrics["forgetting"]`` and the leaderboard shows it.
        """
        return None

    @abc.abstractmethod
    def solve(self, problems: list[Problem], tasks: list[Task] | None = None) -> list[Candidate]:
        """Return ``ctx.samples`` candidates per problem. ``tasks`` only for oracle solvers."""
