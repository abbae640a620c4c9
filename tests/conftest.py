"""Shared fixtures. Docker tests skip with a reason when no daemon answers, unless
BENCH_REQUIRE_DOCKER=1 (set by CI), which turns that skip into a failure."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from benchmark.loading import default_tasks_dir, load_tasks

REPO = Path(__file__).resolve().parent.parent
PANDAS = "pandas-2"
IMPORTS_TEST = "import solution\n\n\ndef test_imports():\n    assert solution\n"


@dataclass(frozen=True)
class MiniTask:
    """One task of a family a test writes for itself: its spec fields and its three files."""

    old: str
    reference: str
    entrypoint: str
    change: dict[str, str]
    kind: str = "migrate"
    split: str = "train"
    test: str = IMPORTS_TEST
    spec: dict[str, object] = field(default_factory=dict)  # further task.yaml fields (doc, timeout_s)


def write_family(root: Path, family_id: str, library: str, description: str,
                 environments: dict[str, list[str]], tasks: dict[str, MiniTask], **extra: object) -> Path:
    """Write a task family under root in the shipped layout (family.yaml, one folder per task);
    environments maps old/new to their requirements on Python 3.11; extra adds family.yaml fields."""
    folder = root / family_id
    folder.mkdir()
    family = {"id": family_id, "version": 1, "library": library, "description": description,
              "source": "test suite", "license": "MIT",
              "environments": {name: {"python": "3.11", "requirements": list(reqs)}
                               for name, reqs in environments.items()}, **extra}
    (folder / "family.yaml").write_text(yaml.safe_dump(family, sort_keys=False))
    for name, task in tasks.items():
        task_dir = folder / name
        task_dir.mkdir()
        spec = {"id": name, "kind": task.kind, "split": task.split, "change": task.change,
                "entrypoint": task.entrypoint, **task.spec}
        (task_dir / "task.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
        for file, text in (("old.py", task.old), ("reference.py", task.reference), ("test_task.py", task.test)):
            (task_dir / file).write_text(text)
    return folder


def require_docker() -> None:
    from sandbox.base import SandboxUnavailable
    from sandbox.docker_backend import DockerSandbox

    try:
        DockerSandbox.check_available()
    except SandboxUnavailable as exc:
        if os.environ.get("BENCH_REQUIRE_DOCKER") == "1":
            pytest.fail(f"BENCH_REQUIRE_DOCKER=1 but {exc}")
        pytest.skip(f"Docker sandbox tests need a daemon: {exc}")


def require_ray() -> None:
    """The ray executor's tests need Ray (the ``ray`` extra); BENCH_REQUIRE_RAY=1 (CI) fails instead of skipping."""
    try:
        import ray  # noqa: F401
    except ImportError as exc:
        if os.environ.get("BENCH_REQUIRE_RAY") == "1":
            pytest.fail(f"BENCH_REQUIRE_RAY=1 but Ray cannot be imported: {exc}")
        pytest.skip("the ray executor tests need Ray: pip install -e '.[ray]'")


def open_docker_sandbox(workers: int):
    """A Docker sandbox for a fixture to yield (closed after), or the skip/failure of require_docker."""
    require_docker()
    from sandbox.docker_backend import DockerSandbox

    box = DockerSandbox(workers=workers)
    try:
        yield box
    finally:
        box.close()


@pytest.fixture(scope="session")
def docker_sandbox():
    yield from open_docker_sandbox(workers=2)


@pytest.fixture(scope="session")
def pandas_tasks():
    return load_tasks([PANDAS])


@pytest.fixture(scope="session")
def pandas_new_env(pandas_tasks):
    from benchmark.runner import env_request

    return env_request(pandas_tasks[0], "new")


@pytest.fixture()
def tasks_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped tasks folder that a test may edit."""
    dst = tmp_path / "tasks"
    shutil.copytree(default_tasks_dir(), dst, ignore=shutil.ignore_patterns("__pycache__"))
    return dst


class Killed(Exception):
    """Stands for the process dying (right after a training checkpoint was written, or mid-step)."""


def fit_killed_after_checkpoint(monkeypatch, fit, step: int):  # noqa: ANN001, ANN201
    """Run ``fit()`` with the trainer dying right after it saves the checkpoint of ``step``; the
    trainer is restored afterwards, so the caller can resume."""
    from transformers import Trainer

    save = Trainer._save_checkpoint

    def save_then_die(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        save(self, *args, **kwargs)
        if self.state.global_step == step:
            raise Killed

    monkeypatch.setattr(Trainer, "_save_checkpoint", save_then_die)
    try:
        with pytest.raises(Killed):
            fit()
    finally:
        monkeypatch.setattr(Trainer, "_save_checkpoint", save)
