"""Hostile candidates in the Docker sandbox: each is contained, scored as a failure, and the
runner goes on serving the next job. Each case also checks the host was not affected."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from sandbox.base import Job, Status

pytestmark = pytest.mark.docker

TEST = "from solution import f\n\ndef test_f():\n    assert f() == 2\n"
GOOD = "def f():\n    return 2\n"
HOST_SECRET = "BENCH_HOST_SECRET_FOR_TEST"

HOSTILE = {
    "infinite-loop": "def f():\n    while True:\n        pass\n",
    "fork-bomb": "import os\n\ndef f():\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass\n",
    "memory-bomb": "def f():\n    hog = []\n    while True:\n        hog.append(bytearray(64 * 1024 * 1024))\n",
    "stdout-flood": "def f():\n    for _ in range(100):\n        print('x' * (1024 * 1024))\n    return 2\n",
    "network": "import socket\n\ndef f():\n    socket.create_connection(('{host}', {port}), timeout=3).sendall(b'hi')\n    return 2\n",
    # Every path is tried on its own: one refusal must not hide another that succeeds.
    "write-outside": "def f():\n    wrote = []\n    for p in ('/etc/bench-pwned', '/opt/venv/bench-pwned', '/tmp/bench-pwned', '/bench-pwned',\n              '/opt/bench-runner/server.py', '{marker}'):\n        try:\n            open(p, 'a').write('x')\n            wrote.append(p)\n        except OSError:\n            pass\n    print('wrote', wrote)\n    return 2 if wrote else 3\n",
    "host-env": "import os\n\ndef f():\n    return 2 if '{secret}' in os.environ else 3\n",
    "kill-parent": "import os, signal\n\ndef f():\n    os.kill(os.getppid(), signal.SIGKILL)\n    os.kill(1, signal.SIGKILL)\n    os.kill(-1, signal.SIGKILL)\n    return 3\n",
}


@pytest.fixture(scope="module")
def listener():
    """A real server on the host loopback: the candidate must not reach it."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    srv.settimeout(0.5)
    yield srv
    srv.close()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_candidate_is_contained(case, docker_sandbox, pandas_new_env, listener, tmp_path, monkeypatch):
    monkeypatch.setenv(HOST_SECRET, "1")
    marker = tmp_path / "written-by-candidate"
    code = HOSTILE[case].format(host="127.0.0.1", port=listener.getsockname()[1], marker=marker, secret=HOST_SECRET)
    start = time.monotonic()
    result = docker_sandbox.run(pandas_new_env, Job(files={"solution.py": code, "test_task.py": TEST},
                                                    timeout_s=6, memory_mb=512))
    elapsed = time.monotonic() - start
    assert result.status in (Status.failed, Status.error, Status.timeout, Status.oom), result
    assert result.status is not Status.infra
    assert elapsed < 40
    assert len(result.stdout_tail) <= 4096
    assert not marker.exists()
    with pytest.raises(OSError):
        listener.accept()
    # The same warm runner serves the next job normally.
    after = docker_sandbox.run(pandas_new_env, Job(files={"solution.py": GOOD, "test_task.py": TEST}))
    assert after.status is Status.passed, after


def test_expected_statuses(docker_sandbox, pandas_new_env):
    def status(code: str) -> Status:
        return docker_sandbox.run(pandas_new_env, Job(files={"solution.py": code, "test_task.py": TEST},
                                                      timeout_s=4, memory_mb=512)).status

    assert status(HOSTILE["infinite-loop"]) is Status.timeout
    assert status(HOSTILE["memory-bomb"]) is Status.oom
    assert status(GOOD) is Status.passed
    assert status("def f():\n    return 1\n") is Status.failed


def test_statuses_say_what_happened(docker_sandbox, pandas_new_env):
    """oom only with evidence of the memory limit; a process killed otherwise is an error."""
    def run(code: str):  # noqa: ANN202
        return docker_sandbox.run(pandas_new_env, Job(files={"solution.py": code, "test_task.py": TEST},
                                                      timeout_s=8, memory_mb=512))

    killed = run("import os, signal\n\ndef f():\n    os.killpg(0, signal.SIGKILL)\n")
    assert killed.status is Status.error and "signal SIGKILL" in (killed.detail or ""), killed
    segv = run("import ctypes\n\ndef f():\n    ctypes.string_at(0)\n")
    assert segv.status is Status.error and "SIGSEGV" in (segv.detail or ""), segv
    # numpy raises a MemoryError subclass (_ArrayMemoryError).
    numpy_oom = run("import numpy as np\n\ndef f():\n    np.ones((10**6, 10**6))\n")
    assert numpy_oom.status is Status.oom, numpy_oom
    assert numpy_oom.tests[0].exc_type == "_ArrayMemoryError"
    # A thread bomb uses up the address space; what ends it is a MemoryError.
    thread_bomb = run("import threading, time\n\ndef f():\n    try:\n        while True:\n"
                      "            threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n"
                      "    except RuntimeError:\n        pass\n    return len([0] * 10**8)\n")
    assert thread_bomb.status is Status.oom, thread_bomb
    at_import = run("hog = [bytearray(64 * 1024 * 1024) for _ in range(100)]\n\ndef f():\n    return 2\n")
    assert at_import.status is Status.oom, at_import


def test_cleanup_at_start_spares_other_runs(pandas_new_env):
    """Exited containers are removed at start-up only when the process that created them is gone
    (or they are this run's): another run's exited container may still be about to be read."""
    import docker

    from sandbox.docker_backend import OWNER_LABEL, DockerSandbox, owner_id
    from sandbox.images import LABEL

    client = docker.from_env()
    image = DockerSandbox(run_label="cleanup-probe").prepare(pandas_new_env)["image"]
    host, boot, pid, _ = owner_id().rsplit(":", 3)
    owners = {
        "alive": owner_id(),  # this test process: still running
        "gone": f"{host}:{boot}:{pid}:1",  # same pid, another start time: that process has ended
        "previous-boot": f"{host}:not-this-boot:{pid}:1",
        "other-host": f"another-host-{os.getpid()}:{boot}:1:1",
    }
    made = {}
    try:
        for name, owner in owners.items():
            c = client.containers.create(image, command=["true"], labels={LABEL: "runner", f"{LABEL}.run": f"probe-{name}",
                                                                         OWNER_LABEL: owner})
            c.start()
            c.wait(timeout=60)
            made[name] = c.id
        DockerSandbox(run_label="cleanup-test").close()
        left = {c.id for c in client.containers.list(all=True, filters={"label": LABEL})}
        assert made["alive"] in left and made["other-host"] in left
        assert made["gone"] not in left and made["previous-boot"] not in left
    finally:
        for cid in made.values():
            try:
                client.containers.get(cid).remove(force=True)
            except docker.errors.NotFound:
                pass


def test_candidate_cannot_patch_the_harness_into_passing(docker_sandbox, pandas_new_env):
    code = ("import _pytest.python\n\n_pytest.python.Function.runtest = lambda self: None\n\n"
            "def f():\n    return 1\n")
    result = docker_sandbox.run(pandas_new_env, Job(files={"solution.py": code, "test_task.py": TEST}))
    assert result.status is Status.error
    assert (result.detail or "").startswith("harness tampered: ")
    assert "Function.runtest" in result.detail


def test_nothing_persists_between_jobs(docker_sandbox, pandas_new_env):
    drop = "import os\n\ndef f():\n    open(os.path.join(os.path.dirname(os.getcwd()), 'left-behind'), 'w').write('x')\n    return 2\n"
    look = "import os\n\ndef f():\n    root = os.path.dirname(os.getcwd())\n    return 2 if os.listdir(root) == [os.path.basename(os.getcwd())] else 3\n"
    first = docker_sandbox.run(pandas_new_env, Job(files={"solution.py": drop, "test_task.py": TEST}))
    assert first.status is Status.passed
    second = docker_sandbox.run(pandas_new_env, Job(files={"solution.py": look, "test_task.py": TEST}))
    assert second.status is Status.passed, second


def test_no_container_outlives_the_sandbox(pandas_new_env):
    import docker

    from sandbox.docker_backend import DockerSandbox

    box = DockerSandbox(run_label="lifetime-test")
    box.run(pandas_new_env, Job(files={"solution.py": GOOD, "test_task.py": TEST}))
    client = docker.from_env()
    assert client.containers.list(all=True, filters={"label": "api-update-bench.run=lifetime-test"})
    box.close()
    assert not client.containers.list(all=True, filters={"label": "api-update-bench.run=lifetime-test"})


def test_host_environment_is_not_forwarded(docker_sandbox, pandas_new_env, monkeypatch):
    monkeypatch.setenv(HOST_SECRET, "1")
    code = "import os\n\ndef f():\n    print(sorted(os.environ))\n    return 2\n"
    test = "from solution import f\n\ndef test_f():\n    import sys\n    sys.stderr.write(repr(f()))\n    assert False\n"
    result = docker_sandbox.run(pandas_new_env, Job(files={"solution.py": code, "test_task.py": test}))
    assert "'HOME'" in result.stdout_tail  # the listing was printed and captured
    assert HOST_SECRET not in result.stdout_tail + result.stderr_tail
    assert os.environ[HOST_SECRET] == "1"
