"""Local backend: one cached venv per environment, jobs in rlimited subprocesses.

For machines without Docker. It is NOT a security boundary: candidate code runs as your
user, with your network and your files. Environments whose Python minor differs from the
host's are reported unavailable rather than faked with the wrong interpreter.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import venv
from pathlib import Path
from typing import Any

from sandbox.base import RUNNER_DIR, EnvRequest, InfraError, RunnerProcess, Sandbox, SandboxUnavailable
from sandbox.envs import cache_root, lock

HOST_PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"
CLEAN_ENV_KEYS = ("PATH", "LANG", "LC_ALL")


def venv_python(venv_dir: Path) -> Path:
    return venv_dir / "bin" / "python"


class LocalRunner(RunnerProcess):
    def __init__(self, python: Path, env: EnvRequest):
        super().__init__()
        self.root = tempfile.mkdtemp(prefix="bench-local-")
        clean = {k: os.environ[k] for k in CLEAN_ENV_KEYS if k in os.environ}
        clean.update({"HOME": self.root, "TMPDIR": self.root})
        self.proc = subprocess.Popen(
            [str(python), "-I", "-B", str(RUNNER_DIR / "server.py"), "--root", self.root, "--preload", ",".join(env.preload)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=clean, cwd=self.root, start_new_session=True,
        )
        try:
            self.wait_ready()
        except Exception:
            self.close()
            raise

    def _send(self, data: bytes) -> None:
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def _recv(self, timeout: float) -> bytes:
        fd = self.proc.stdout.fileno()
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise TimeoutError
        return os.read(fd, 65536)

    def close(self) -> None:
        try:
            self.proc.kill()
            self.proc.wait(timeout=10)
        except Exception:
            pass
        shutil.rmtree(self.root, ignore_errors=True)


class LocalSandbox(Sandbox):
    name = "local"
    is_security_boundary = False

    def __init__(self, workers: int = 1, cache_dir=None, log=None, **_: Any) -> None:  # noqa: ANN001
        super().__init__(workers=workers, cache_dir=cache_dir, log=log)
        self._venvs: dict[str, Path] = {}
        self._build_lock = threading.Lock()

    @classmethod
    def check_available(cls) -> None:
        if not hasattr(os, "fork"):
            raise SandboxUnavailable("the local backend needs a POSIX system with fork()")

    def prepare(self, env: EnvRequest) -> dict[str, Any]:
        if env.python != HOST_PYTHON:
            raise SandboxUnavailable(
                f"environment needs Python {env.python}; this host runs {HOST_PYTHON} (use the docker backend)"
            )
        with self._build_lock:
            locked = lock(env, log=self.log)
            target = cache_root() / "venvs" / locked.key
            built = False
            if not venv_python(target).is_file() or not (target / ".complete").is_file():
                self.log(f"creating venv {target} ({locked.short()})")
                shutil.rmtree(target, ignore_errors=True)
                venv.EnvBuilder(with_pip=True, clear=True).create(target)
                wheels = [str(Path(locked.wheelhouse) / p.filename) for p in locked.packages]
                log_path = cache_root() / "logs" / f"venv-{locked.key}.log"
                log_path.parent.mkdir(exist_ok=True)
                with log_path.open("w") as fh:
                    proc = subprocess.run([str(venv_python(target)), "-m", "pip", "install", "--no-index", "--no-deps",
                                           "--disable-pip-version-check", *wheels], stdout=fh, stderr=subprocess.STDOUT)
                if proc.returncode != 0:
                    raise InfraError(f"venv install failed; log: {log_path}")
                (target / ".complete").write_text(locked.key)
                built = True
            self._venvs[env.model_dump_json()] = target
        return {"backend": self.name, "venv": str(target), "cache_hit": not built, **locked.facts()}

    def _start_runner(self, env: EnvRequest) -> RunnerProcess:
        key = env.model_dump_json()
        if key not in self._venvs:
            self.prepare(env)
        return LocalRunner(venv_python(self._venvs[key]), env)
