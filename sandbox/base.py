"""The sandbox interface (compare Inspect AI's ``SandboxEnvironment``) and its typed job records.

A backend turns an :class:`EnvRequest` into a prepared environment (idempotent, cached by
content) and runs :class:`Job` s in it, each returning a :class:`JobResult`. Both backends
talk to the same in-sandbox runner (``sandbox/runner/server.py``) over a line protocol; only
how that process is started and contained differs.
"""

from __future__ import annotations

import abc
import json
import queue
import threading
import time
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

RUNNER_DIR = Path(__file__).resolve().parent / "runner"
RESULT_MARK = "@@BENCH-RESULT@@ "
READY_MARK = "@@BENCH-READY@@"


class Status(str, Enum):
    passed = "pass"
    failed = "fail"
    error = "error"
    timeout = "timeout"
    oom = "oom"
    infra = "infra"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class EnvRequest(_Frozen):
    python: str
    requirements: tuple[str, ...]
    preload: tuple[str, ...] = ()
    # Dependencies not in ``requirements`` resolve to what the index held on this day (UTC midnight);
    # None takes the harness's snapshot, ``sandbox.envs.SNAPSHOT``.
    resolved_as_of: date | None = None


class Job(_Frozen):
    """Files to write in a fresh work dir, then ``pytest test_file`` with limits."""

    files: dict[str, str]
    test_file: str = "test_task.py"
    module: str = "solution"
    env_name: str = "new"  # exposed to the job as BENCH_ENV (a conftest may act on it)
    entrypoint: str | None = None
    track: tuple[str, ...] = ()
    api_names: tuple[str, ...] = ()
    # "pandas.DataFrame.groupby(numeric_only=)": record when the candidate's own code passes that
    # keyword (also through ``**kwargs``) to that callable; see JobResult.keywords_passed.
    api_keywords: tuple[str, ...] = ()
    timeout_s: float = 20.0
    memory_mb: int = 1024
    output_limit_kb: int = 8192


class TestOutcome(_Frozen):
    __test__ = False  # not a pytest test class
    nodeid: str
    outcome: str  # passed | failed | error | skipped
    exc_type: str | None = None
    message: str | None = None


class WarningRecord(_Frozen):
    category: str
    deprecation: bool = False  # the category is (a subclass of) a deprecation warning
    message: str
    filename: str
    lineno: int


class JobResult(_Frozen):
    status: Status
    tests: tuple[TestOutcome, ...] = ()
    imported: bool = False
    import_error: str | None = None
    entrypoint_ok: bool = False
    warnings: tuple[WarningRecord, ...] = ()  # every warning issued, whatever filters the candidate set
    warning_filters_changed: bool = False  # the candidate's code changed warning filters or display
    calls: tuple[str, ...] = ()
    keywords_passed: tuple[str, ...] = ()  # the Job.api_keywords entries the candidate's code used
    # Job.api_names that are plain Python functions get a recording wrapper: those wrapped, and
    # those the candidate's own code called (exact evidence, by the checked public name).
    api_wrapped: tuple[str, ...] = ()
    api_called: tuple[str, ...] = ()
    resolved_api: dict[str, str | None] = {}
    stdout_tail: str = ""
    stderr_tail: str = ""
    duration_s: float = 0.0
    peak_mem_mb: float = 0.0
    detail: str | None = None

    @classmethod
    def infra(cls, detail: str) -> "JobResult":
        return cls(status=Status.infra, detail=detail)


class SandboxUnavailable(RuntimeError):
    """The backend cannot run here (no daemon, no matching Python); the message says why."""


class InfraError(RuntimeError):
    """Something outside the candidate broke (image build, daemon gone, runner crash)."""


class RunnerProcess(abc.ABC):
    """One warm runner: a long-lived interpreter that forks a fresh child per job."""

    ready_timeout_s = 180.0
    grace_s = 15.0

    def __init__(self) -> None:
        self._buf = b""

    @abc.abstractmethod
    def _send(self, data: bytes) -> None: ...

    @abc.abstractmethod
    def _recv(self, timeout: float) -> bytes:
        """Return some bytes of the runner's stdout; b'' on EOF; raise TimeoutError."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def died_of_oom(self) -> bool:
        return False

    def _read_line(self, deadline: float) -> str:
        while b"\n" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            chunk = self._recv(left)
            if not chunk:
                raise EOFError("sandbox runner closed its output")
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return line.decode("utf-8", "replace")

    def wait_ready(self) -> None:
        deadline = time.monotonic() + self.ready_timeout_s
        while True:
            try:
                line = self._read_line(deadline)
            except TimeoutError:
                raise InfraError("sandbox runner did not start in time") from None
            except EOFError as exc:
                raise InfraError(f"sandbox runner exited during start-up: {exc}") from None
            if line.startswith(READY_MARK):
                return

    def request(self, job: Job) -> dict[str, Any]:
        """Send one job and wait for its result; the outer wall-clock limit lives here."""
        self._send((job.model_dump_json() + "\n").encode())
        deadline = time.monotonic() + job.timeout_s + self.grace_s
        while True:
            line = self._read_line(deadline)
            if line.startswith(RESULT_MARK):
                return json.loads(line[len(RESULT_MARK):])


class Sandbox(abc.ABC):
    """Abstract execution backend. Thread-safe: ``run`` may be called from several workers."""

    name: str = "abstract"
    is_security_boundary: bool = True

    def __init__(self, workers: int = 1, cache_dir: Path | None = None, log: Any = None) -> None:
        from sandbox.envs import cache_root

        self.workers = max(1, workers)
        self.cache_dir = cache_dir or cache_root()
        self.log = log or (lambda msg: None)
        self._pools: dict[str, queue.Queue] = {}
        self._created: dict[str, int] = {}
        self._lock = threading.Lock()
        self._all: list[RunnerProcess] = []

    # -- to implement -------------------------------------------------------------------
    @classmethod
    @abc.abstractmethod
    def check_available(cls) -> None:
        """Raise SandboxUnavailable with a reason when this backend cannot run here."""

    @abc.abstractmethod
    def prepare(self, env: EnvRequest) -> dict[str, Any]:
        """Build or find the cached environment; return facts about it (key, cache_hit...)."""

    @abc.abstractmethod
    def _start_runner(self, env: EnvRequest) -> RunnerProcess: ...

    # -- shared -------------------------------------------------------------------------
    def _checkout(self, env: EnvRequest) -> RunnerProcess:
        key = env.model_dump_json()
        with self._lock:
            pool = self._pools.setdefault(key, queue.Queue())
            try:
                return pool.get_nowait()
            except queue.Empty:
                pass
            room = self._created.get(key, 0) < self.workers
            if room:
                self._created[key] = self._created.get(key, 0) + 1
        if not room:
            return pool.get()
        try:
            proc = self._start_runner(env)
        except BaseException:
            with self._lock:
                self._created[key] -= 1
            raise
        with self._lock:
            self._all.append(proc)
        return proc

    def _checkin(self, env: EnvRequest, proc: RunnerProcess | None) -> None:
        key = env.model_dump_json()
        if proc is None:
            with self._lock:
                self._created[key] -= 1
            return
        self._pools[key].put(proc)

    def _discard(self, env: EnvRequest, proc: RunnerProcess) -> None:
        proc.close()
        with self._lock:
            if proc in self._all:
                self._all.remove(proc)
        self._checkin(env, None)

    def run(self, env: EnvRequest, job: Job) -> JobResult:
        """Run one job. Candidate misbehaviour is a scored status; breakage of ours is ``infra``."""
        try:
            proc = self._checkout(env)
        except (InfraError, SandboxUnavailable) as exc:
            return JobResult.infra(str(exc))
        try:
            raw = proc.request(job)
        except TimeoutError:
            # The in-sandbox timeout failed to fire: only the candidate runs there, so it is
            # the candidate's doing. Replace the runner so the next job starts clean.
            self._discard(env, proc)
            return JobResult(status=Status.timeout, detail="outer wall-clock limit hit; runner replaced")
        except (EOFError, OSError, ValueError) as exc:
            oom = proc.died_of_oom()
            self._discard(env, proc)
            if oom:
                return JobResult(status=Status.oom, detail="sandbox killed by the memory limit; runner replaced")
            return JobResult.infra(f"runner connection lost: {exc}")
        self._checkin(env, proc)
        return JobResult.model_validate(raw)

    def close(self) -> None:
        with self._lock:
            procs, self._all = self._all, []
            self._pools.clear()
            self._created.clear()
        for proc in procs:
            try:
                proc.close()
            except Exception:  # closing must never mask the error that got us here
                pass

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
