"""Spec loading: the shipped family loads; each malformed spec names its file and field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmark.loading import SpecError, load_family, load_tasks
from benchmark.specs import Kind


def test_shipped_family_loads(pandas_tasks):
    kinds = {t.spec.kind for t in pandas_tasks}
    assert Kind.migrate in kinds and Kind.keep in kinds
    migrate = [t for t in pandas_tasks if t.spec.kind is Kind.migrate]
    assert len(migrate) >= 12
    assert len({t.spec.change.id for t in migrate}) >= 6
    assert len([t for t in pandas_tasks if t.spec.kind is Kind.keep]) >= 3


def test_content_hash_tracks_files(tasks_copy: Path):
    task_dir = tasks_copy / "pandas-2" / "append-ledger-rows"
    before = {t.uid: t.content_hash for t in load_family(tasks_copy / "pandas-2")}
    (task_dir / "test_task.py").write_text((task_dir / "test_task.py").read_text() + "\n# changed\n")
    after = {t.uid: t.content_hash for t in load_family(tasks_copy / "pandas-2")}
    changed = [uid for uid in before if before[uid] != after[uid]]
    assert changed == ["pandas-2/append-ledger-rows"]


def _break(task_dir: Path, old: str, new: str) -> None:
    path = task_dir / "task.yaml"
    text = path.read_text()
    assert old in text, f"fixture text {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    "mutate, file_part, field_part",
    [
        # missing field
        (lambda d: _break(d, "split: train\n", ""), "task.yaml", "'split'"),
        # wrong type
        (lambda d: (d / "task.yaml").write_text((d / "task.yaml").read_text() + "timeout_s: soon\n"),
         "task.yaml", "'timeout_s'"),
        # unknown kind
        (lambda d: _break(d, "kind: migrate", "kind: translate"), "task.yaml", "'kind'"),
        # unknown change type
        (lambda d: _break(d, "type: removed", "type: vanished"), "task.yaml", "'change.type'"),
        # unknown field (typo)
        (lambda d: (d / "task.yaml").write_text((d / "task.yaml").read_text() + "entry_point: main\n"),
         "task.yaml", "'entry_point'"),
        # missing file
        (lambda d: (d / "reference.py").unlink(), "reference.py", "file is missing"),
        # bad YAML
        (lambda d: (d / "task.yaml").write_text("id: [unclosed\nkind: migrate\n"), "task.yaml", "invalid YAML"),
    ],
    ids=["missing-field", "wrong-type", "unknown-kind", "unknown-change-type", "unknown-field", "missing-file", "bad-yaml"],
)
def test_malformed_task_names_file_and_field(tasks_copy: Path, mutate, file_part, field_part):
    task_dir = tasks_copy / "pandas-2" / "append-ledger-rows"
    mutate(task_dir)
    with pytest.raises(SpecError) as info:
        load_tasks(["pandas-2"], root=tasks_copy)
    message = str(info.value)
    assert str(task_dir / file_part) in message
    assert field_part in message


def test_family_errors_name_field(tasks_copy: Path):
    path = tasks_copy / "pandas-2" / "family.yaml"
    path.write_text(re.sub(r"(?m)^version: \d+$", "version: first", path.read_text()))
    with pytest.raises(SpecError) as info:
        load_tasks(["pandas-2"], root=tasks_copy)
    assert f"{path}: field 'version'" in str(info.value)


def test_unpinned_requirement_is_rejected(tasks_copy: Path):
    path = tasks_copy / "pandas-2" / "family.yaml"
    path.write_text(path.read_text().replace("pandas==2.2.3", "pandas>=2"))
    with pytest.raises(SpecError, match=r"environments\.new\.requirements.*pinned"):
        load_tasks(["pandas-2"], root=tasks_copy)


def test_every_problem_is_reported_at_once(tasks_copy: Path):
    (tasks_copy / "pandas-2" / "append-ledger-rows" / "reference.py").unlink()
    (tasks_copy / "pandas-2" / "odometer-log" / "test_task.py").unlink()
    with pytest.raises(SpecError) as info:
        load_tasks(["pandas-2"], root=tasks_copy)
    assert len(info.value.problems) == 2


def test_unknown_family_lists_known(tasks_copy: Path):
    with pytest.raises(SpecError, match=r"unknown task family nope \(known: .*pandas-2"):
        load_tasks(["nope"], root=tasks_copy)
