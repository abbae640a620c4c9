"""Read back a task set written by ``bench tasks export`` (JSONL file or saved DatasetDict)."""

from __future__ import annotations

from pathlib import Path

from benchmark.importers import Importer, ImportReport
from benchmark.interchange import import_records, read_records


class JsonlImporter(Importer):
    name = "jsonl"
    description = "A task set exported by `bench tasks export` (JSONL file or a saved datasets.DatasetDict folder)."

    def run(self, source: str, out: Path, replace: bool = False, **options: str) -> ImportReport:
        records = read_records(Path(source))
        folders = import_records(records, out, replace=replace)
        return ImportReport(folders=folders, tasks=len(records), notes=["every content hash verified after import"])
