"""The results store: ``results/<run-id>/run.json | answers.jsonl | samples.jsonl | metrics.json``.

Every JSON file is replaced atomically; answers and sample rows are appended and fsynced, so a
run killed at any instant leaves at most one torn last line, which is dropped before resuming.
A solver's answers reach ``answers.jsonl`` as soon as they are generated, before they are scored:
a resumed run scores the stored answers it has no row for instead of generating them again.
A row is keyed by (task uid, sample), and resuming skips done keys, so no row is lost or
duplicated.
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


class JsonLines:
    """An append-only JSON-lines file: each append is one write and one fsync; a torn last line
    (a kill in the middle of a write) is dropped when the file is next read."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()

    def _repair_tail(self) -> None:
        if not self.path.is_file():
            return
        data = self.path.read_bytes()
        if data and not data.endswith(b"\n"):
            with self.path.open("r+b") as fh:
                fh.truncate(data.rfind(b"\n") + 1)

    def lines(self) -> list[str]:
        self._repair_tail()
        return [line for line in self.path.read_text().splitlines() if line.strip()] if self.path.is_file() else []

    def append(self, lines: list[str]) -> None:
        if not lines:
            return
        data = "".join(line + "\n" for line in lines).encode()
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)


class StoredAnswer(BaseModel):
    """A solver's answer as generated, before it is scored (``answers.jsonl``)."""

    model_config = ConfigDict(frozen=True)

    task: str
    sample: int
    code: str
    meta: dict[str, Any] = {}

    @property
    def key(self) -> tuple[str, int]:
        return (self.task, self.sample)


class RunStore:
    def __init__(self, folder: Path):
        self.folder = folder
        self.samples_path = folder / "samples.jsonl"
        self._samples = JsonLines(self.samples_path)
        self._answers = JsonLines(folder / "answers.jsonl")

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

    def rows(self) -> list[SampleRecord]:
        """One row per (task, sample): the first scored one; an ``infra`` row only until a
        resumed run scores that key (infra failures are retried, never scored)."""
        rows: dict[tuple[str, int], SampleRecord] = {}
        for line in self._samples.lines():
            row = SampleRecord.model_validate_json(line)
            if row.key not in rows or rows[row.key].status == "infra":
                rows[row.key] = row
        return list(rows.values())

    def answers(self) -> dict[tuple[str, int], StoredAnswer]:
        """The answers generated so far, by (task, sample); the first one stored wins."""
        stored: dict[tuple[str, int], StoredAnswer] = {}
        for line in self._answers.lines():
            answer = StoredAnswer.model_validate_json(line)
            stored.setdefault(answer.key, answer)
        return stored

    def append_answers(self, answers: list[StoredAnswer]) -> None:
        self._answers.append([a.model_dump_json() for a in answers])

    def drop_answers(self) -> None:
        """Forget the stored answers once every one has its scored row (each row holds its candidate)."""
        self._answers.path.unlink(missing_ok=True)

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
        self._samples.append([row.model_dump_json()])

    def write_metrics(self, metrics: dict[str, Any]) -> None:
        write_json(self.folder / "metrics.json", metrics)

    def metrics(self) -> dict[str, Any] | None:
        path = self.folder / "metrics.json"
        return json.loads(path.read_text()) if path.is_file() else None
