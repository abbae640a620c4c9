"""The local backend: same runner and results as Docker, without the isolation."""

from __future__ import annotations

import pytest

from sandbox.base import EnvRequest, Job, SandboxUnavailable, Status
from sandbox.local_backend import HOST_PYTHON, LocalSandbox

TEST = "from solution import f\n\ndef test_f():\n    assert f() == 2\n"


@pytest.fixture(scope="module")
def local_box():
    box = LocalSandbox()
    yield box
    box.close()


@pytest.fixture(scope="module")
def small_env():
    # A pure-Python requirement keeps this venv quick to build.
    return EnvRequest(python=HOST_PYTHON, requirements=("six==1.16.0",), preload=("six",))


def test_local_runs_jobs_with_timeouts(local_box, small_env):
    facts = local_box.prepare(small_env)
    assert facts["backend"] == "local" and "six==1.16.0" in facts["packages"]
    ok = local_box.run(small_env, Job(files={"solution.py": "import six\n\ndef f():\n    return 2\n", "test_task.py": TEST},
                                      track=("six",)))
    assert ok.status is Status.passed and ok.imported and ok.entrypoint_ok
    wrong = local_box.run(small_env, Job(files={"solution.py": "def f():\n    return 1\n", "test_task.py": TEST}))
    assert wrong.status is Status.failed and wrong.tests[0].exc_type == "AssertionError"
    loop = local_box.run(small_env, Job(files={"solution.py": "def f():\n    while True: pass\n", "test_task.py": TEST},
                                        timeout_s=2))
    assert loop.status is Status.timeout
    broken = local_box.run(small_env, Job(files={"solution.py": "def f(:\n", "test_task.py": TEST}))
    assert broken.status is Status.error and "SyntaxError" in (broken.import_error or "")
    assert local_box.prepare(small_env)["cache_hit"] is True


def test_records_calls_and_warnings(local_box, small_env):
    code = ("import warnings\nimport six\n\nclass LibDeprecated(DeprecationWarning):\n    pass\n\n"
            "def f():\n    six.ensure_str('x')\n    warnings.warn('old', LibDeprecated)\n    return 2\n")
    job = Job(files={"solution.py": code, "test_task.py": TEST}, track=("six",), api_names=("six.ensure_str",))
    result = local_box.run(small_env, job)
    assert result.status is Status.passed
    assert result.resolved_api["six.ensure_str"] in result.calls
    # A library's own subclass of DeprecationWarning counts as a deprecation.
    assert any(w.category == "LibDeprecated" and w.deprecation and w.filename.endswith("/solution.py")
               for w in result.warnings)


def test_other_python_is_unavailable_not_faked(local_box):
    with pytest.raises(SandboxUnavailable, match="needs Python 3.9"):
        local_box.prepare(EnvRequest(python="3.9", requirements=("six==1.16.0",)))


def test_orphans_of_a_job_are_killed(local_box, small_env, tmp_path):
    """A job's detached grandchild (own session) is adopted by the runner and killed."""
    import os
    import time

    pid_file = tmp_path / "orphan.pid"
    code = ("import subprocess\n\ndef f():\n"
            f"    p = subprocess.Popen(['sleep', '300'], start_new_session=True)\n"
            f"    open({str(pid_file)!r}, 'w').write(str(p.pid))\n    return 2\n")
    result = local_box.run(small_env, Job(files={"solution.py": code, "test_task.py": TEST}))
    assert result.status is Status.passed
    pid = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, 9)
        raise AssertionError("the orphaned sleep survived its job")


def test_local_runner_has_the_same_verdict_defences(local_box, small_env):
    """Same runner as in Docker: a patched pytest report is not a pass, a silenced deprecation
    is still recorded."""
    forged = ("import _pytest.reports\n_init = _pytest.reports.TestReport.__init__\n"
              "def _forced(self, *a, **k):\n    _init(self, *a, **k)\n    self.outcome = 'passed'\n"
              "_pytest.reports.TestReport.__init__ = _forced\n\ndef f():\n    return 1\n")
    result = local_box.run(small_env, Job(files={"solution.py": forged, "test_task.py": TEST}))
    assert result.status is Status.error and (result.detail or "").startswith("harness tampered: "), result
    quiet = ("import warnings\nimport six\n\ndef f():\n    with warnings.catch_warnings():\n"
             "        warnings.simplefilter('ignore')\n        warnings.warn('old', DeprecationWarning)\n    return 2\n")
    result = local_box.run(small_env, Job(files={"solution.py": quiet, "test_task.py": TEST}, track=("six",)))
    assert result.status is Status.passed, result
    assert result.warning_filters_changed
    assert any(w.deprecation and w.message == "old" and w.filename.endswith("/solution.py") and w.lineno == 7
               for w in result.warnings), result.warnings
