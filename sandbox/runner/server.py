"""In-sandbox job runner. Standard library and pytest only: it runs inside the environment.

Warm mode (default): import pytest and the preloaded libraries once, print a ready mark, then
read one JSON job per line on stdin. Each job runs in a fresh forked child (its own session,
rlimits, clean environment, private work dir) with its own timeout; the parent only waits,
kills whatever the child left behind, and prints one result line. ``--once`` runs a single job
read from stdin in a fresh interpreter (the per-job baseline that ``bench perf`` compares).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import resource
import select
import shutil
import signal
import sys
import time
import traceback
import warnings

RESULT_MARK = "@@BENCH-RESULT@@ "
READY_MARK = "@@BENCH-READY@@"
DEPRECATIONS = ("DeprecationWarning", "FutureWarning", "PendingDeprecationWarning")
TAIL = 4000


def _tail(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - TAIL))
            return fh.read().decode("utf-8", "replace")
    except OSError:
        return ""


# --------------------------------------------------------------------------- child side
class _Recorder:
    """pytest plugin + profiler: per-test outcomes, warnings, and library calls made by the candidate."""

    def __init__(self, candidate_path: str, track: list[str]):
        self.candidate_path = candidate_path
        self.track = tuple(track)
        self.tests: list[dict] = []
        self.warnings: list[dict] = []
        self.calls: set[str] = set()

    def _tracked(self, module: str | None) -> bool:
        return bool(module) and any(module == p or module.startswith(p + ".") for p in self.track)

    def profile(self, frame, event, arg):  # noqa: ANN001 - sys.setprofile signature
        if event == "call":
            caller = frame.f_back
            if caller is not None and caller.f_code.co_filename == self.candidate_path:
                module = frame.f_globals.get("__name__")
                if self._tracked(module):
                    self.calls.add(f"{module}.{getattr(frame.f_code, 'co_qualname', frame.f_code.co_name)}")
        elif event == "c_call" and frame.f_code.co_filename == self.candidate_path:
            name = _canonical(arg)
            if name and self._tracked(name.split(".")[0]):
                self.calls.add(name)

    def add_warning(self, message) -> None:  # noqa: ANN001 - warnings.WarningMessage
        category = message.category if isinstance(message.category, type) else type(message.message)
        self.warnings.append(
            {
                "category": category.__name__,
                # Libraries subclass these (PydanticDeprecatedSince20, MatplotlibDeprecationWarning...).
                "deprecation": issubclass(category, (DeprecationWarning, PendingDeprecationWarning, FutureWarning)),
                "message": str(message.message)[:500],
                "filename": str(message.filename),
                "lineno": int(message.lineno or 0),
            }
        )

    # pytest hooks
    def pytest_collectreport(self, report):  # noqa: ANN001
        if report.failed:
            self.tests.append(
                {"nodeid": report.nodeid or "<collection>", "outcome": "error", "exc_type": _exc_type(report), "message": _short(report)}
            )

    def pytest_runtest_logreport(self, report):  # noqa: ANN001
        if report.when == "call" or (report.when in ("setup", "teardown") and not report.passed):
            outcome = report.outcome
            if report.when != "call" and report.failed:
                outcome = "error"
            self.tests.append(
                {"nodeid": report.nodeid, "outcome": outcome, "exc_type": _exc_type(report) if report.failed else None,
                 "message": _short(report) if report.failed else None}
            )

    def pytest_warning_recorded(self, warning_message, when, nodeid, location):  # noqa: ANN001
        self.add_warning(warning_message)


def _exc_type(report) -> str | None:  # noqa: ANN001
    info = getattr(report, "longrepr", None)
    crash = getattr(info, "reprcrash", None)
    if crash is not None and crash.message:
        head = crash.message.split(":", 1)[0].strip()
        return head.rsplit(".", 1)[-1] if head and " " not in head else "AssertionError" if head.startswith("assert") else head.split()[0]
    return None


def _short(report) -> str:  # noqa: ANN001
    crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
    text = crash.message if crash is not None else str(getattr(report, "longrepr", ""))
    return text[:500]


def _canonical(obj) -> str | None:  # noqa: ANN001
    """``module.qualname`` of the function that actually runs when ``obj`` is called."""
    if isinstance(obj, property):
        obj = obj.fget
    obj = getattr(obj, "__func__", obj)
    try:
        obj = inspect.unwrap(obj)
    except ValueError:
        pass
    code = getattr(obj, "__code__", None)
    if code is not None and isinstance(getattr(obj, "__globals__", None), dict):
        # The same name the profiler records for a call: defining module + code qualname.
        return f"{obj.__globals__.get('__name__')}.{getattr(code, 'co_qualname', code.co_name)}"
    module = getattr(obj, "__module__", None)
    qual = getattr(obj, "__qualname__", None)
    if module is None and getattr(obj, "__self__", None) is not None:
        owner = obj.__self__ if isinstance(obj.__self__, type) else type(obj.__self__)
        module = owner.__module__
    if not module or not qual:
        return None
    return f"{module}.{qual}"


def _resolve(name: str) -> str | None:
    """Map a public dotted name (``pandas.DataFrame.append``) to its canonical implementation."""
    name = name.split("(", 1)[0]
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except Exception:
            continue
        try:
            for attr in parts[cut:]:
                holder = obj
                obj = inspect.getattr_static(holder, attr) if isinstance(holder, type) else getattr(holder, attr)
                if isinstance(obj, (staticmethod, classmethod)):
                    obj = obj.__func__
        except AttributeError:
            return None
        return _canonical(obj) or name
    return None


def _child(job: dict, workdir: str, result_fd: int) -> None:
    """Runs in the forked child: never returns."""
    try:
        os.setsid()
        out = os.open(os.path.join(workdir, ".stdout"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        err = os.open(os.path.join(workdir, ".stderr"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        nul = os.open(os.devnull, os.O_RDONLY)
        os.dup2(nul, 0)
        os.dup2(out, 1)
        os.dup2(err, 2)
        sys.stdout = open(1, "w", buffering=1, closefd=False)
        sys.stderr = open(2, "w", buffering=1, closefd=False)
        # A candidate that floods output gets EFBIG instead of filling the disk or pipe.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit_bytes = int(job.get("output_limit_kb", 8192)) * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        cpu = int(float(job.get("timeout_s", 20))) + 2
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        try:  # ineffective for root (local backend as root), effective for the sandbox user
            resource.setrlimit(resource.RLIMIT_NPROC, (256, 256))
        except (ValueError, OSError):
            pass
        mem = int(job.get("memory_mb", 1024)) * 1024 * 1024
        if mem > 0:
            with open("/proc/self/statm") as fh:
                base = int(fh.read().split()[0]) * resource.getpagesize()
            resource.setrlimit(resource.RLIMIT_AS, (base + mem, base + mem))
        try:  # be the first victim of the OOM killer, never the runner
            with open("/proc/self/oom_score_adj", "w") as fh:
                fh.write("1000")
        except OSError:
            pass
        os.chdir(workdir)
        os.environ.clear()
        os.environ.update(
            {"PATH": os.path.dirname(sys.executable) + ":/usr/local/bin:/usr/bin:/bin", "HOME": workdir, "TMPDIR": workdir,
             "LANG": "C.UTF-8", "PYTHONHASHSEED": "0", "MPLBACKEND": "Agg", "OMP_NUM_THREADS": "1",
             "OPENBLAS_NUM_THREADS": "1", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONDONTWRITEBYTECODE": "1",
             "BENCH_ENV": str(job.get("env_name", "new"))}
        )
        sys.path.insert(0, workdir)
        import tempfile

        tempfile.tempdir = workdir
        result = _run_tests(job, workdir)
    except BaseException:  # report our own failure rather than dying silently
        result = {"status": "error", "detail": "runner child failed: " + traceback.format_exc()[-1500:]}
    try:
        # A pipe, not a file in the work dir, so candidate code cannot pre-write a verdict.
        data = json.dumps(result).encode()
        while data:
            data = data[os.write(result_fd, data):]
    finally:
        os._exit(0)


def _harness_fingerprint() -> dict[str, int]:
    """Identities of the functions that decide and report outcomes. A candidate runs in the
    same process as its tests, so it could patch them to turn failures into passes; if any
    changed by the end of the job, the verdict is void."""
    import builtins

    import _pytest.python
    import _pytest.reports
    import _pytest.runner
    import pytest

    watched = {
        "Function.runtest": _pytest.python.Function.runtest,
        "pytest_pyfunc_call": _pytest.python.pytest_pyfunc_call,
        "pytest_runtest_call": _pytest.runner.pytest_runtest_call,
        "call_and_report": _pytest.runner.call_and_report,
        "CallInfo.from_call": _pytest.runner.CallInfo.__dict__["from_call"],
        "TestReport.from_item_and_call": _pytest.reports.TestReport.__dict__["from_item_and_call"],
        "TestReport.outcome": _pytest.reports.TestReport.__dict__.get("outcome"),
        "pytest.main": pytest.main,
        "AssertionError": builtins.AssertionError,
        "json.dumps": json.dumps,
        "os.write": os.write,
        "os._exit": os._exit,
    }
    watched.update({f"_Recorder.{k}": v for k, v in vars(_Recorder).items() if callable(v)})
    return {name: id(obj) for name, obj in watched.items()}


def _run_tests(job: dict, workdir: str) -> dict:
    import pytest

    fingerprint = _harness_fingerprint()

    module = job.get("module", "solution")
    candidate = os.path.join(workdir, module + ".py")
    rec = _Recorder(candidate, list(job.get("track", [])))
    imported, import_error, entry_ok = False, None, False
    sys.setprofile(rec.profile)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if os.path.isfile(os.path.join(workdir, "conftest.py")):
                # A task's conftest (e.g. a synthetic API update) acts before the candidate loads.
                importlib.import_module("conftest")
            mod = importlib.import_module(module)
            imported = True
            after = getattr(sys.modules.get("conftest"), "bench_after_import", None)
            if after is not None:  # e.g. a synthetic update that must not stay live for pytest itself
                after()
            entry = job.get("entrypoint")
            entry_ok = entry is None or callable(getattr(mod, entry.split(".")[0], None))
        except BaseException as exc:  # noqa: BLE001 - candidate code may raise anything
            import_error = f"{type(exc).__name__}: {exc}"[:1000]
    sys.setprofile(None)
    for message in caught:
        rec.add_warning(message)
    sys.setprofile(rec.profile)
    try:
        code = pytest.main(
            [job.get("test_file", "test_task.py"), "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
             "--rootdir", workdir, "-W", "always::DeprecationWarning", "-W", "always::FutureWarning"],
            plugins=[rec],
        )
    finally:
        sys.setprofile(None)
    resolved = {name: _resolve(name) for name in job.get("api_names", [])}
    tampered = sorted(k for k, v in _harness_fingerprint().items() if fingerprint.get(k) != v)
    if tampered:
        return {"status": "error", "tests": rec.tests, "imported": imported, "import_error": import_error,
                "entrypoint_ok": entry_ok, "detail": "candidate modified the test harness: " + ", ".join(tampered)}
    tests = rec.tests
    if any(t["exc_type"] == "MemoryError" for t in tests) or (import_error or "").startswith("MemoryError"):
        status = "oom"
    elif tests and all(t["outcome"] in ("passed", "skipped") for t in tests) and any(t["outcome"] == "passed" for t in tests):
        status = "pass"
    elif any(t["outcome"] == "failed" for t in tests):
        status = "fail"
    else:
        status = "error"
    return {"status": status, "tests": tests, "imported": imported, "import_error": import_error,
            "entrypoint_ok": entry_ok, "warnings": rec.warnings[:200], "calls": sorted(rec.calls),
            "resolved_api": resolved, "detail": None if code in (0, 1) else f"pytest exit code {int(code)}"}


# -------------------------------------------------------------------------- parent side
def _kill_leftovers(pgid: int) -> None:
    """Kill everything the job left behind (daemonised children, fork-bomb survivors)."""
    for _ in range(50):
        try:
            os.killpg(pgid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if os.getpid() == 1:
            # Inside the container we are init: every other process is the job's.
            try:
                os.kill(-1, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        else:
            for pid in _children():
                try:
                    os.kill(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
        _reap()
        if not _others_alive():
            return
        time.sleep(0.01)


def _others_alive() -> bool:
    if os.getpid() != 1:
        return bool(_children())
    me = str(os.getpid())
    return any(p.isdigit() and p != me for p in os.listdir("/proc"))


def _children() -> list[int]:
    """Our direct children; as a subreaper, orphaned descendants of a job become ours."""
    me, kids = os.getpid(), []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == me:
            kids.append(int(entry))
    return kids


def _become_subreaper() -> None:
    """Outside a container (local backend), adopt a job's orphans so they can be killed."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _wait(pid: int, timeout: float, result_fd: int, chunks: list[bytes]) -> tuple[int | None, float]:
    """Wait for ``pid`` up to ``timeout`` while draining its result pipe.

    Returns (wait status, or None on timeout; peak RSS in MiB).
    """
    deadline = time.monotonic() + timeout
    fd = os.pidfd_open(pid)
    try:
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                _drain(result_fd, chunks)
                return status, usage.ru_maxrss / 1024.0
            left = deadline - time.monotonic()
            if left <= 0:
                return None, 0.0
            ready, _, _ = select.select([fd, result_fd], [], [], left)
            if result_fd in ready:
                _drain(result_fd, chunks)
    finally:
        os.close(fd)


def _drain(fd: int, chunks: list[bytes]) -> None:
    while True:
        ready, _, _ = select.select([fd], [], [], 0)
        if not ready:
            return
        data = os.read(fd, 65536)
        if not data:
            return
        chunks.append(data)


def run_job(job: dict, root: str, seq: int) -> dict:
    workdir = os.path.join(root, f"job-{os.getpid()}-{seq}")
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(workdir, mode=0o700)
    for name, text in job["files"].items():
        if "/" in name or name.startswith("."):
            return {"status": "error", "detail": f"bad file name {name!r}"}
        with open(os.path.join(workdir, name), "w") as fh:
            fh.write(text)
    start = time.monotonic()
    sys.stdout.flush()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(job, workdir, write_fd)
    os.close(write_fd)
    chunks: list[bytes] = []
    try:
        status, peak = _wait(pid, float(job.get("timeout_s", 20)), read_fd, chunks)
    finally:
        os.close(read_fd)
    duration = time.monotonic() - start
    timed_out = status is None
    _kill_leftovers(pid)
    if timed_out:
        try:
            _, status, usage = os.wait4(pid, 0)
            peak = usage.ru_maxrss / 1024.0
        except ChildProcessError:
            status = 0
    result = None
    if not timed_out and chunks:
        try:
            result = json.loads(b"".join(chunks))
        except ValueError:
            result = None
    if timed_out:
        result = {"status": "timeout", "detail": f"job exceeded {job.get('timeout_s')} s"}
    elif result is None:
        sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        if sig == signal.SIGKILL:
            result = {"status": "oom", "detail": "child killed by SIGKILL (memory limit)"}
        elif sig == signal.SIGXCPU:
            result = {"status": "timeout", "detail": "CPU time limit"}
        else:
            result = {"status": "error", "detail": f"child ended without a result (wait status {status})"}
    result["stdout_tail"] = _tail(os.path.join(workdir, ".stdout"))
    result["stderr_tail"] = _tail(os.path.join(workdir, ".stderr"))
    result["duration_s"] = round(duration, 4)
    result["peak_mem_mb"] = round(peak, 1)
    shutil.rmtree(workdir, ignore_errors=True)
    # Anything a candidate dropped elsewhere in the work area goes too.
    for name in os.listdir(root):
        shutil.rmtree(os.path.join(root, name), ignore_errors=True) if os.path.isdir(os.path.join(root, name)) else _unlink(os.path.join(root, name))
    return result


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _emit(result: dict) -> None:
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    sys.stdout.flush()


def _warm_up_pytest(root: str) -> None:
    """Run pytest once in the parent so every forked child inherits its lazily imported
    machinery (config, assertion rewriting, reporting): about a third of a job's cost."""
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    warm = os.path.join(root, "warm-up")
    os.makedirs(warm, exist_ok=True)
    with open(os.path.join(warm, "test_bench_warm_up.py"), "w") as fh:
        fh.write("def test_warm_up():\n    assert [1] == [1]\n")
    saved_out, saved_err = os.dup(1), os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    path = list(sys.path)
    try:
        import pytest

        pytest.main([os.path.join(warm, "test_bench_warm_up.py"), "-q", "-p", "no:cacheprovider"])
    except BaseException:  # noqa: BLE001 - a failed warm-up only costs speed
        pass
    finally:
        sys.stdout.flush()
        os.dup2(saved_out, 1)
        os.dup2(saved_err, 2)
        for fd in (null, saved_out, saved_err):
            os.close(fd)
        sys.path[:] = path
        sys.modules.pop("test_bench_warm_up", None)
        shutil.rmtree(warm, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=os.environ.get("BENCH_WORK", "/work"))
    parser.add_argument("--preload", default="")
    parser.add_argument("--once", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.root, exist_ok=True)
    if os.getpid() != 1:
        _become_subreaper()
    if os.getpid() == 1:
        # As init, ignore the signals a candidate might aim at its parent.
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
            signal.signal(sig, signal.SIG_IGN)
    import pytest  # noqa: F401 - warm import shared by every forked child

    for name in filter(None, args.preload.split(",")):
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - report, the job will fail visibly
            print(f"preload of {name} failed: {exc}", file=sys.stderr)
    if args.once:
        _emit(run_job(json.loads(sys.stdin.readline()), args.root, 0))
        return
    _warm_up_pytest(args.root)
    print(READY_MARK, flush=True)
    seq = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        seq += 1
        try:
            job = json.loads(line)
            _emit(run_job(job, args.root, seq))
        except Exception:  # noqa: BLE001 - keep serving; this job is reported as an error
            _emit({"status": "error", "detail": "runner: " + traceback.format_exc()[-1500:]})


if __name__ == "__main__":
    main()
