"""Task importers (entry-point group ``bench.importers``): peer benchmarks -> family folders.

An importer reads its source at run time and writes ordinary family folders with
:func:`benchmark.interchange.write_family`; the peer data itself is never part of this
repository. Each returns a report: what was written, and what was left out and why.
"""

from __future__ import annotations

import abc
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar


@dataclass
class ImportReport:
    folders: list[Path] = field(default_factory=list)
    tasks: int = 0
    excluded: dict[str, str] = field(default_factory=dict)  # source id -> reason
    notes: list[str] = field(default_factory=list)


class Importer(abc.ABC):
    name: ClassVar[str]
    description: ClassVar[str]

    @abc.abstractmethod
    def run(self, source: str, out: Path, replace: bool = False, **options: str) -> ImportReport:
        """Read ``source`` (a path, or a dataset id for ``datasets.load_dataset``) into ``out``."""


def slug(text: str, limit: int = 60) -> str:
    """A task/change id from free text: lowercase, digits, dashes."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return (s[:limit].rstrip("-") or "x")


def read_rows(source: str, split: str = "train") -> list[dict]:
    """JSON lines from a local file, else rows of a Hugging Face dataset id (needs network)."""
    import json

    path = Path(source)
    if path.is_file():
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    import datasets

    return list(datasets.load_dataset(source, split=split))
