"""The registries of the core: solvers, sandbox backends and task importers."""

from __future__ import annotations

from typing import Any, Callable

from benchmark.registry import Registry

SOLVERS: Registry = Registry("bench.solvers", "solver")
SANDBOXES: Registry = Registry("bench.sandboxes", "sandbox backend")
IMPORTERS: Registry = Registry("bench.importers", "task importer")
EXECUTORS: Registry = Registry("bench.executors", "executor")


def open_sandbox(name: str, workers: int = 1, log: Callable[[str], None] | None = None, **kwargs: Any):  # noqa: ANN201
    """Instantiate a backend; ``auto`` means docker when a daemon answers, else local (with a warning)."""
    from sandbox.base import SandboxUnavailable

    log = log or (lambda msg: None)
    if name == "auto":
        try:
            SANDBOXES.get("docker").check_available()
            name = "docker"
        except SandboxUnavailable as exc:
            log(f"warning: docker unavailable ({exc}); falling back to the local backend")
            name = "local"
    cls = SANDBOXES.get(name)
    sandbox = cls(workers=workers, log=log, **kwargs)
    if not sandbox.is_security_boundary:
        log("warning: local sandbox: candidate code runs as your user with your network and files; "
            "this is NOT a security boundary")
    return sandbox
