"""Load task families from disk; every schema error names the file, the field and the expectation."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from benchmark.specs import TASK_FILES_OPTIONAL, TASK_FILES_REQUIRED, Family, Kind, Split, Task, TaskSpec


class SpecError(ValueError):
    """A malformed family or task spec. ``problems`` holds one ``file: field: message`` per issue."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def default_tasks_dir() -> Path:
    """``$BENCH_TASKS_DIR``, else the ``tasks/`` folder next to the installed packages."""
    env = os.environ.get("BENCH_TASKS_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "tasks"


def _read_yaml(path: Path) -> dict:
    try:
        text = path.read_text()
    except FileNotFoundError:
        raise SpecError([f"{path}: file is missing"]) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError([f"{path}: invalid YAML{where}: {problem}"]) from None
    if not isinstance(data, dict):
        raise SpecError([f"{path}: expected a mapping at the top level, got {type(data).__name__}"])
    return data


def _parse(model: type[BaseModel], data: dict, path: Path) -> BaseModel:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            field = ".".join(str(p) for p in err["loc"]) or "<root>"
            expected = err["msg"]
            if err["type"] == "enum":
                expected += f" (got {err.get('input')!r})"
            elif err["type"] not in ("missing", "extra_forbidden"):
                expected += f" (got {err.get('input')!r})"
            problems.append(f"{path}: field '{field}': {expected}")
        raise SpecError(problems) from None


def load_family_spec(folder: Path) -> Family:
    return _parse(Family, _read_yaml(folder / "family.yaml"), folder / "family.yaml")


def load_task(folder: Path, family: Family) -> Task:
    spec_path = folder / "task.yaml"
    spec = _parse(TaskSpec, _read_yaml(spec_path), spec_path)
    problems = []
    if spec.id != folder.name:
        problems.append(f"{spec_path}: field 'id': must equal the folder name {folder.name!r} (got {spec.id!r})")
    files: dict[str, str] = {}
    required = list(TASK_FILES_REQUIRED)
    if spec.kind in (Kind.migrate, Kind.keep):
        required.append("old.py")
    for name in required:
        if not (folder / name).is_file():
            problems.append(f"{folder / name}: file is missing (required for kind '{spec.kind.value}')")
    for name in (*required, *TASK_FILES_OPTIONAL):
        if (folder / name).is_file():
            files[name] = (folder / name).read_text()
    if "new" not in spec.environments and "new" not in family.environments:
        problems.append(f"{spec_path}: field 'environments.new': required here or in family.yaml")
    if problems:
        raise SpecError(problems)
    return Task(family=family, spec=spec, files=files)


def load_family(folder: Path) -> list[Task]:
    """All tasks of one family folder, sorted by id; collects every problem before raising."""
    family = load_family_spec(folder)
    if family.id != folder.name:
        raise SpecError([f"{folder / 'family.yaml'}: field 'id': must equal the folder name {folder.name!r}"])
    tasks, problems = [], []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        try:
            tasks.append(load_task(sub, family))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    return tasks


def family_folders(root: Path | None = None) -> list[Path]:
    root = root or default_tasks_dir()
    return sorted(p for p in root.iterdir() if (p / "family.yaml").is_file())


def load_tasks(
    families: Iterable[str] | None = None,
    root: Path | None = None,
    splits: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> list[Task]:
    """Load tasks of the named families (all when None), optionally filtered by split and kind."""
    root = root or default_tasks_dir()
    folders = {p.name: p for p in family_folders(root)}
    wanted = list(families) if families else sorted(folders)
    unknown = [f for f in wanted if f not in folders]
    if unknown:
        raise SpecError([f"{root}: unknown task family {', '.join(unknown)} (known: {', '.join(sorted(folders))})"])
    tasks = [t for name in wanted for t in load_family(folders[name])]
    if splits:
        keep = set(splits)
        # Keep tasks measure locality and belong to every evaluation, whatever the split.
        tasks = [t for t in tasks if t.spec.split.value in keep or t.spec.kind is Kind.keep]
    if kinds:
        allowed = set(kinds)
        tasks = [t for t in tasks if t.spec.kind.value in allowed]
    return tasks


def load_train_tasks(families: Iterable[str] | None = None, root: Path | None = None) -> list[Task]:
    """The target tasks of the train split: what the weight-updating solvers learn from."""
    tasks = load_tasks(families, root=root, splits=[Split.train.value], kinds=["migrate", "complete", "synthetic"])
    return [t for t in tasks if t.spec.split is Split.train]  # load_tasks keeps keep tasks in every split
