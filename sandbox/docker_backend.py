"""Docker backend: one warm, locked-down container per environment and worker.

Containers run with no network, a read-only root, a tmpfs work dir, memory/pids/CPU limits,
a non-root user, no capabilities and ``no-new-privileges``. They are labelled with the run and
the process that created them, and removed on close (also on Ctrl-C); at start-up a sandbox
removes exited containers whose creating process is gone, and ``bench sandbox prune`` removes
any that remain.
"""

from __future__ import annotations

import os
import socket
import struct
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from sandbox.base import RUNNER_DIR, EnvRequest, InfraError, RunnerProcess, Sandbox, SandboxUnavailable
from sandbox.envs import lock
from sandbox.images import LABEL, ensure_base, ensure_env_image

SANDBOX_USER = "10001:10001"  # an id no host account uses
OWNER_LABEL = f"{LABEL}.owner"  # host:boot id:pid:process start time of the process that created it


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return "unknown"


def _start_time(pid: int) -> str | None:
    """Start time of ``pid`` (clock ticks since boot), or None if no such process: with the pid
    it identifies a process even after its pid is reused."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def owner_id() -> str:
    pid = os.getpid()
    return f"{socket.gethostname()}:{_boot_id()}:{pid}:{_start_time(pid) or '?'}"


def owner_gone(owner: str) -> bool:
    """True only when we can tell that the process that created a container has ended: same
    host, and either another boot or no process with that pid and start time."""
    parts = owner.rsplit(":", 3)
    if len(parts) != 4 or parts[0] != socket.gethostname():
        return False  # another machine's run (a shared daemon): not ours to judge
    _, boot, pid, started = parts
    if boot != _boot_id():
        return True
    return not pid.isdigit() or _start_time(int(pid)) != started


def client_or_raise():  # noqa: ANN201 - docker.DockerClient
    try:
        import docker

        client = docker.from_env(timeout=300)
        client.ping()
        return client
    except Exception as exc:  # the SDK raises several types for "no daemon"
        raise SandboxUnavailable(
            f"no Docker daemon answers ({type(exc).__name__}). Start one (e.g. `dockerd &` as root) "
            "or use --sandbox local"
        ) from None


class DockerRunner(RunnerProcess):
    def __init__(self, client, image: str, env: EnvRequest, limits: dict[str, Any], run_label: str,  # noqa: ANN001
                 runner_dir: Path = RUNNER_DIR, owner: str = ""):
        super().__init__()
        self.client = client
        self.container = client.containers.create(
            image,
            command=["/opt/venv/bin/python", "-I", "-B", "/opt/bench-runner/server.py", "--root", "/work",
                     "--preload", ",".join(env.preload)],
            stdin_open=True,
            detach=False,  # with stdin_open this sets StdinOnce: host gone -> runner sees EOF -> exits
            network_mode="none",
            read_only=True,
            # The only writable place; wiped after every job. /tmp stays read-only (jobs get TMPDIR).
            tmpfs={"/work": f"size={limits['tmpfs_mb']}m,mode=1777,exec"},
            mem_limit=f"{limits['memory_mb']}m",
            memswap_limit=f"{limits['memory_mb']}m",
            pids_limit=limits["pids"],
            nano_cpus=int(limits["cpus"] * 1e9),
            user=SANDBOX_USER,
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            environment={"HOME": "/work", "TMPDIR": "/work", "LANG": "C.UTF-8"},
            volumes={str(runner_dir): {"bind": "/opt/bench-runner", "mode": "ro"}},
            labels={LABEL: "runner", f"{LABEL}.run": run_label, OWNER_LABEL: owner},
        )
        try:
            raw = client.api.attach_socket(self.container.id, params={"stdin": 1, "stdout": 1, "stream": 1})
            self.sock: socket.socket = getattr(raw, "_sock", raw)
            self.container.start()
            self._frame_left = 0
            self.wait_ready()
        except Exception:
            self.close()
            raise

    def _send(self, data: bytes) -> None:
        self.sock.settimeout(30)
        self.sock.sendall(data)

    def _recv_exact(self, n: int, deadline: float) -> bytes:
        out = b""
        while len(out) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(n - len(out))
            except socket.timeout:
                raise TimeoutError from None
            if not chunk:
                return b""
            out += chunk
        return out

    def _recv(self, timeout: float) -> bytes:
        """Docker multiplexes a non-TTY attach: 8-byte headers (stream, size) before each frame."""
        deadline = time.monotonic() + timeout
        while True:
            if self._frame_left == 0:
                header = self._recv_exact(8, deadline)
                if not header:
                    return b""
                stream, size = header[0], struct.unpack(">I", header[4:])[0]
                self._frame_left = size
                self._frame_stream = stream
            data = self._recv_exact(self._frame_left, deadline) if self._frame_left else b""
            if self._frame_left and not data:
                return b""
            self._frame_left = 0
            if self._frame_stream == 1:
                return data

    def died_of_oom(self) -> bool:
        try:
            self.container.reload()
            return bool(self.container.attrs["State"].get("OOMKilled"))
        except Exception:
            return False

    def close(self) -> None:
        try:
            self.sock.close()
        except Exception:
            pass
        try:
            self.container.remove(force=True)
        except Exception:
            pass


class DockerSandbox(Sandbox):
    name = "docker"
    is_security_boundary = True

    def __init__(self, workers: int = 1, cache_dir=None, log=None, memory_mb: int = 2048, pids: int = 128,  # noqa: ANN001
                 cpus: float = 1.0, tmpfs_mb: int = 512, run_label: str | None = None,
                 runner_dir: Path | None = None) -> None:
        super().__init__(workers=workers, cache_dir=cache_dir, log=log)
        self.check_available()
        self.client = client_or_raise()
        self.limits = {"memory_mb": memory_mb, "pids": pids, "cpus": cpus, "tmpfs_mb": tmpfs_mb}
        self.run_label = run_label or uuid.uuid4().hex[:12]
        self.owner = owner_id()
        # Another copy of the runner (``bench perf sandbox --baseline-runner``): same host side.
        self.runner_dir = Path(runner_dir) if runner_dir else RUNNER_DIR
        self._images: dict[str, str] = {}
        self._build_lock = threading.Lock()
        self._remove_exited()

    def _remove_exited(self) -> None:
        """Containers of killed runs exit when their stdin closes; clear away those whose creating
        process is gone (or that are this run's). Another run's containers, including exited ones
        it has not yet looked at, stay: that run may still be going."""
        for container in self.client.containers.list(all=True, filters={"label": LABEL, "status": "exited"}):
            labels = container.labels or {}
            mine = labels.get(f"{LABEL}.run") == self.run_label
            owner = labels.get(OWNER_LABEL)
            if not mine and (not owner or not owner_gone(owner)):
                continue
            try:
                container.remove(force=True)
            except Exception:
                pass

    @classmethod
    def check_available(cls) -> None:
        client_or_raise()

    def prepare(self, env: EnvRequest) -> dict[str, Any]:
        key = env.model_dump_json()
        with self._build_lock:  # one build per environment even with many workers
            # The base first: no point resolving wheels for an interpreter that cannot exist here.
            ensure_base(self.client, env.python, log=self.log)
            locked = lock(env, log=self.log)
            tag, built = ensure_env_image(self.client, locked, log=self.log)
            self._images[key] = tag
        return {"backend": self.name, "image": tag, "cache_hit": not built, **locked.facts()}

    def _start_runner(self, env: EnvRequest) -> RunnerProcess:
        key = env.model_dump_json()
        if key not in self._images:
            self.prepare(env)
        try:
            return DockerRunner(self.client, self._images[key], env, self.limits, self.run_label, self.runner_dir, self.owner)
        except InfraError:
            raise
        except Exception as exc:
            raise InfraError(f"could not start a sandbox container: {exc}") from exc


def prune(all_images: bool = False, running: bool = False) -> dict[str, int]:
    """Remove exited sandbox containers (left by killed runs); with ``running`` also live ones
    (which belong to runs still going); with ``all_images`` every image this tool built."""
    client = client_or_raise()
    removed = {"containers": 0, "images": 0}
    filters = {"label": LABEL} if running else {"label": LABEL, "status": "exited"}
    for container in client.containers.list(all=True, filters=filters):
        container.remove(force=True)
        removed["containers"] += 1
    if all_images:
        for image in client.images.list(filters={"label": LABEL}) + client.images.list(name="api-update-bench/base"):
            try:
                client.images.remove(image.id, force=True)
                removed["images"] += 1
            except Exception:
                pass
    return removed
