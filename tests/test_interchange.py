"""Export the task set to JSONL and to a Hugging Face DatasetDict, import it back losslessly."""

from __future__ import annotations

import json

import pytest

from benchmark.importers.jsonl import JsonlImporter
from benchmark.interchange import export_hf, export_jsonl
from benchmark.loading import load_tasks


@pytest.mark.parametrize("fmt", ["jsonl", "hf"])
def test_round_trip_is_lossless(tmp_path, pandas_tasks, fmt):
    target = tmp_path / ("tasks.jsonl" if fmt == "jsonl" else "tasks-hf")
    if fmt == "jsonl":
        assert export_jsonl(pandas_tasks, target) == len(pandas_tasks)
        first = json.loads(target.read_text().splitlines()[0])
        assert {"uid", "family", "spec", "files", "content_hash"} <= set(first)
    else:
        counts = export_hf(pandas_tasks, target)
        assert sum(counts.values()) == len(pandas_tasks)
        assert set(counts) == {t.spec.split.value for t in pandas_tasks}
    report = JsonlImporter().run(str(target), tmp_path / "back")
    assert report.tasks == len(pandas_tasks)
    back = {t.uid: t for t in load_tasks(["pandas-2"], root=tmp_path / "back")}
    for task in pandas_tasks:
        twin = back[task.uid]
        assert twin.content_hash == task.content_hash
        assert twin.files == task.files and twin.spec == task.spec and twin.family == task.family


def test_import_refuses_to_overwrite(tmp_path, pandas_tasks):
    export_jsonl(pandas_tasks, tmp_path / "t.jsonl")
    JsonlImporter().run(str(tmp_path / "t.jsonl"), tmp_path / "back")
    with pytest.raises(FileExistsError, match="--replace"):
        JsonlImporter().run(str(tmp_path / "t.jsonl"), tmp_path / "back")
    JsonlImporter().run(str(tmp_path / "t.jsonl"), tmp_path / "back", replace=True)
