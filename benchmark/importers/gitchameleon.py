"""GitChameleon 2.0 -> a ``complete`` family with one environment per problem.

Each problem pins (python, library==version, extra dependencies). The visible ``test`` field,
a script of asserts that upstream runs after the solution, is the executable check: the
hidden test module runs it in the namespace of the candidate module.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from benchmark.importers import Importer, ImportReport, read_rows, slug
from benchmark.interchange import write_family
from benchmark.specs import Change, ChangeType, Environment, Family, Kind, Split, Success, TaskSpec

FAMILY_ID = "gitchameleon"
# Import names where they differ from the distribution name.
IMPORT_NAMES = {"scikit-learn": "sklearn", "pillow": "PIL", "opencv-python": "cv2"}

TEST_MODULE = '''\
"""GitChameleon visible test, run after the solution in its namespace (as upstream)."""
import solution

VISIBLE_TEST = {test!r}


def test_visible():
    namespace = dict(vars(solution))
    exec(compile(VISIBLE_TEST, "visible_test.py", "exec"), namespace)
'''


def change_type(text: str) -> ChangeType:
    t = text.lower()
    if "name change" in t:
        return ChangeType.rename
    if "deprecat" in t:
        return ChangeType.deprecation
    if "argument" in t or "attribute" in t:
        return ChangeType.signature
    return ChangeType.semantics


def entrypoint(starting_code: str, fallback: str) -> str:
    names = re.findall(r"^\s*(?:def|class)\s+(\w+)", starting_code, flags=re.M)
    return names[-1] if names else (fallback.split(".")[-1] or "main")


class GitChameleonImporter(Importer):
    name = "gitchameleon"
    description = "GitChameleon 2.0 dataset.jsonl (or its dataset id) -> a complete family; option: solutions=PATH"

    def run(self, source: str, out: Path, replace: bool = False, **options: str) -> ImportReport:
        rows = read_rows(source)
        answers: dict[str, str] = {}
        if options.get("solutions"):
            for line in Path(options["solutions"]).read_text().splitlines():
                if line.strip():
                    rec = json.loads(line)
                    answers[str(rec["example_id"])] = rec["answer"]
        report = ImportReport()
        tasks, libraries = [], set()
        for row in rows:
            ex_id = str(row["example_id"])
            deps = [d for d in (row.get("additional_dependencies") or "").split() if d]
            unpinned = [d for d in deps if "==" not in d]
            if unpinned:
                report.excluded[ex_id] = f"unpinned dependency {', '.join(unpinned)}"
                continue
            reqs = (f"{row['library']}=={row['version']}", *deps)
            reference = answers.get(ex_id) or (row["starting_code"] + row["solution"])
            name = row.get("name_of_class_or_func") or ""
            libraries.add(IMPORT_NAMES.get(row["library"], row["library"]))
            spec = TaskSpec(
                id=f"gc-{slug(ex_id, 20)}", kind=Kind.complete, split=Split.test_unseen,
                change=Change(id=slug(f"{row['library']}-{name}", 75), type=change_type(row["type_of_change"]),
                              new_api=f"{row['library']}.{name}" if name else None),
                entrypoint=entrypoint(row["starting_code"], name),
                doc=(f"Write code for {row['library']}=={row['version']} (Python {row['python_version']}). "
                     f"Kind of version change involved: {row['type_of_change'].strip()}."),
                tags=(f"upstream:{ex_id}", f"python:{row['python_version']}"),
                environments={"new": Environment(python=row["python_version"], requirements=reqs)},
                timeout_s=60.0,
            )
            files = {
                "prompt.md": f"{row['problem'].strip()}\n",
                "starting.py": row["starting_code"],
                "reference.py": reference,
                "visible_test.py": row["test"],
                "test_task.py": TEST_MODULE.format(test=row["test"]),
            }
            tasks.append((spec, files))
        family = Family(id=FAMILY_ID, version=2, library="various", success=Success.passed,
                        description="GitChameleon 2.0: version-conditioned code completion with pinned library versions.",
                        source="GitChameleon 2.0 (github.com/mrcabbage972/GitChameleonBenchmark), imported at run time",
                        license="MIT", preload=tuple(sorted(libraries)), track=tuple(sorted(libraries)))
        report.folders.append(write_family(out, family, tasks, replace=replace))
        report.tasks = len(tasks)
        pythons: dict[str, int] = {}
        for spec, _ in tasks:
            py = spec.environments["new"].python
            pythons[py] = pythons.get(py, 0) + 1
        report.notes.append("problems per Python: " + ", ".join(f"{k}: {v}" for k, v in sorted(pythons.items())))
        return report
