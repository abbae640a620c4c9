"""The results store: ``results/<run-id>/run.json | samples.jsonl | metrics.json``.

Every JSON file is replaced atomically; sample rows are appended one line per write and
fsynced, so a run killed at any instant leaves at most one torn last line, which ``open``
drops before resuming. A row is keyed by (task uid, sample), and resuming skips done keys,
so no row is lost or duplicated.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict


class SampleRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    task: str
    family: str
    family_version: int
    task_hash: str
    library: str
    kind: str
    split: str
    change_id: str
    change_type: str
    deprecation: bool
    sample: int
    candidate: str
    status: str
    exec: bool
    passed: bool
    api: bool | None
    # The headline: the family's notion of success (ours: pass and api); None for keep tasks and infra.
    fixed: bool | None = None
    unparseable: bool = False
    api_missing: tuple[str, ...] = ()
    api_forbidden: tuple[str, ...] = ()
    api_deprecations: tuple[str, ...] = ()
    upass: bool | None = None
    old_status: str | None = None
    tests: tuple[dict, ...] = ()
    calls: tuple[str, ...] = ()
    duration_s: float = 0.0
    peak_mem_mb: float = 0.0
    stdout_tail: str = ""
    stderr_tail: str = ""
    detail: str | None = None
    attempts: int = 1
    solver_meta: dict[str, Any] = {}

    @property
    def key(self) -> tuple[str, int]:
        return (self.task, self.sample)


def write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w") as fh:
        json.dump(data, fh, indent=2, sort_keys=True, default=str)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class RunStore:
    def __init__(self, folder: Path):
        self.folder = folder
        self.samples_path = folder / "samples.jsonl"
        self._lock = threading.Lock()

    @property
    def exists(self) -> bool:
        return (self.folder / "run.json").is_file()

    def create(self, run_info: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_json(self.folder / "run.json", run_info)
        self.samples_path.touch()

    def run_info(self) -> dict[str, Any]:
        return json.loads((self.folder / "run.json").read_text())

    def update_run_info(self, **fields: Any) -> None:
        info = self.run_info()
        info.update(fields)
        write_json(self.folder / "run.json", info)

    def _repair_tail(self) -> None:
        """Drop a torn last line left by a kill in the middle of a write."""
        if not self.samples_path.is_file():
            return
        data = self.samples_path.read_bytes()
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            with self.samples_path.open("r+b") as fh:
                fh.truncate(cut)

    def rows(self) -> list[SampleRecord]:
        """One row per (task, sample): the first scored one; an ``infra`` row only until a
        resumed run scores that key (infra failures are retried, never scored)."""
        self._repair_tail()
        rows: dict[tuple[str, int], SampleRecord] = {}
        if self.samples_path.is_file():
            for line in self.samples_path.read_text().splitlines():
                if line.strip():
                    row = SampleRecord.model_validate_json(line)
                    if row.key not in rows or rows[row.key].status == "infra":
                        rows[row.key] = row
        return list(rows.values())

    def lock(self) -> None:
        """Hold an exclusive lock on the run for this process's lifetime: two processes
        appending to one run would duplicate rows."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise FileExistsError(f"run {self.folder.name} is in progress in another process") from None
        self._lock_fd = fd

    def unlock(self) -> None:
        fd = getattr(self, "_lock_fd", None)
        if fd is not None:
            os.close(fd)
            self._lock_fd = None

    def append(self, row: SampleRecord) -> None:
        line = (row.model_dump_json() + "\n").encode()
        with self._lock:
            fd = os.open(self.samples_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)

    def write_metrics(self, metrics: dict[str, Any]) -> None:
        write_json(self.folder / "metrics.json", metrics)

    def metrics(self) -> dict[str, Any] | None:
        path = self.folder / "metrics.json"
        return json.loads(path.read_text()) if path.is_file() else None
