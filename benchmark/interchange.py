"""Move task sets in and out: write family folders, export/import JSONL and Hugging Face datasets.

Every importer ends in :func:`write_family`, so imported families are ordinary folders that
``bench tasks validate`` and ``bench run --root`` treat like the shipped ones.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path

import yaml

from benchmark.loading import load_family
from benchmark.specs import Family, Task, TaskSpec

RECORD_FIELDS = ("uid", "family_id", "family_version", "kind", "split", "library", "family", "spec", "files",
                 "content_hash")


def write_family(root: Path, family: Family, tasks: Iterable[tuple[TaskSpec, dict[str, str]]],
                 replace: bool = False) -> Path:
    """Write ``family`` and its tasks as a folder under ``root``; returns the folder."""
    folder = root / family.id
    if folder.exists():
        if not replace:
            raise FileExistsError(f"{folder} exists (pass --replace to overwrite it)")
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "family.yaml").write_text(_yaml(family.model_dump(mode="json", exclude_defaults=True)))
    for spec, files in tasks:
        task_dir = folder / spec.id
        task_dir.mkdir()
        (task_dir / "task.yaml").write_text(_yaml(spec.model_dump(mode="json", exclude_defaults=True)))
        for name, text in files.items():
            (task_dir / name).write_text(text)
    return folder


def _yaml(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def to_record(task: Task) -> dict:
    return {
        "uid": task.uid, "family_id": task.family.id, "family_version": task.family.version,
        "kind": task.spec.kind.value, "split": task.spec.split.value, "library": task.family.library,
        # Nested parts as JSON text: a flat, stable schema for JSONL and Arrow alike.
        "family": task.family.model_dump_json(), "spec": task.spec.model_dump_json(),
        "files": json.dumps(task.files, sort_keys=True), "content_hash": task.content_hash,
    }


def export_jsonl(tasks: list[Task], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as fh:
        for task in tasks:
            fh.write(json.dumps(to_record(task)) + "\n")
    return len(tasks)


def export_hf(tasks: list[Task], folder: Path) -> dict[str, int]:
    """A ``datasets.DatasetDict`` with one split per task split, saved with ``save_to_disk``."""
    import datasets

    by_split: dict[str, list[dict]] = {}
    for task in tasks:
        by_split.setdefault(task.spec.split.value, []).append(to_record(task))
    features = datasets.Features({name: datasets.Value("int64" if name == "family_version" else "string")
                                  for name in RECORD_FIELDS})
    dd = datasets.DatasetDict({split: datasets.Dataset.from_list(rows, features=features)
                               for split, rows in sorted(by_split.items())})
    dd.save_to_disk(str(folder))
    return {split: len(rows) for split, rows in by_split.items()}


def read_records(source: Path) -> list[dict]:
    """Records from a JSONL file or a folder written by :func:`export_hf`."""
    if source.is_dir():
        import datasets

        dd = datasets.load_from_disk(str(source))
        return [row for split in dd.values() for row in split]
    return [json.loads(line) for line in source.read_text().splitlines() if line.strip()]


def import_records(records: list[dict], root: Path, replace: bool = False) -> list[Path]:
    """Write records back as family folders and check every content hash survived."""
    families: dict[str, tuple[Family, list[tuple[TaskSpec, dict[str, str]]]]] = {}
    expected: dict[str, str] = {}
    for rec in records:
        family = Family.model_validate_json(rec["family"])
        spec = TaskSpec.model_validate_json(rec["spec"])
        families.setdefault(family.id, (family, []))[1].append((spec, json.loads(rec["files"])))
        expected[rec["uid"]] = rec["content_hash"]
    folders = [write_family(root, fam, tasks, replace=replace) for fam, tasks in families.values()]
    for folder in folders:
        for task in load_family(folder):
            if expected.get(task.uid) != task.content_hash:
                raise ValueError(f"{task.uid}: content hash changed on import "
                                 f"({expected.get(task.uid)} -> {task.content_hash})")
    return folders
