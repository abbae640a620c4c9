"""The executor interface and the ``local`` executor (a thread pool over this machine's sandbox)."""

from __future__ import annotations

import abc
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, ClassVar

from benchmark.results import SampleRecord
from benchmark.specs import Task
from sandbox.base import EnvRequest, Sandbox
from solvers.base import Candidate


def then(future: Future, fn: Callable[[Any], Any]) -> Future:
    """A future of ``fn(result)``, resolved (in the thread that resolves ``future``) when it is."""
    out: Future = Future()

    def done(f: Future) -> None:
        try:
            out.set_result(fn(f.result()))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
            out.set_exception(exc)

    future.add_done_callback(done)
    return out


class Executor(abc.ABC):
    """Runs scoring jobs; thread-safe. ``submit`` returns at once with a future of the row."""

    name: ClassVar[str] = "abstract"

    @abc.abstractmethod
    def prepare(self, env: EnvRequest) -> dict[str, Any]:
        """Build or find the environment wherever jobs will run; its facts. Raises InfraError
        when it cannot be built (the runner then leaves its tasks out, with the reason)."""

    @abc.abstractmethod
    def submit(self, task: Task, candidate: Candidate) -> "Future[SampleRecord]":
        """Score one candidate (``benchmark.runner.score``) somewhere; the row is the result."""

    @abc.abstractmethod
    def cancel(self) -> None:
        """Drop jobs not yet started (Ctrl-C, an error): the run stops without draining the queue."""

    def describe(self) -> dict[str, Any]:
        """Facts for run.json: where this session's jobs ran."""
        return {"name": self.name}

    def close(self) -> None:
        """Wait for running jobs and release what the executor holds (not the sandbox it was given)."""

    def __enter__(self) -> "Executor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalExecutor(Executor):
    """Jobs run in ``workers`` threads against one sandbox on this machine: the default."""

    name = "local"

    def __init__(self, sandbox: Sandbox, workers: int = 1, **options: str) -> None:
        if options:
            raise ValueError(f"the local executor takes no options (got {', '.join(sorted(options))})")
        self.sandbox = sandbox
        self.workers = max(1, workers)
        self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="bench-job")

    def prepare(self, env: EnvRequest) -> dict[str, Any]:
        return self.sandbox.prepare(env)

    def submit(self, task: Task, candidate: Candidate) -> "Future[SampleRecord]":
        from benchmark.runner import score  # the runner builds on executors

        return self._pool.submit(score, self.sandbox, task, candidate.sample, candidate.code, candidate.meta)

    def cancel(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "workers": self.workers, "sandbox": self.sandbox.name}

    def close(self) -> None:
        self._pool.shutdown(wait=True)
