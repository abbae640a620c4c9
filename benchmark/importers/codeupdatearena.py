"""CodeUpdateArena -> a ``synthetic`` family.

Upstream runs each unit test in a fresh process: the update's ``imports`` (which save the
original function), its ``implementation``, a patch that installs the new function on the
package (for renames: delete the old name, set the new one), the candidate, then the test.
Here the same sequence lives in the task's ``conftest.py``, which the sandbox runner loads
before the candidate. The patch is applied in the ``new`` environment and skipped in ``old``
(``BENCH_ENV``), so ``upass`` = passes with the update and fails without it, as upstream.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from benchmark.importers import Importer, ImportReport, read_rows, slug
from benchmark.interchange import write_family
from benchmark.specs import ApiChecks, Change, ChangeType, Environment, Family, Kind, Split, Success, TaskSpec

FAMILY_ID = "codeupdatearena"
# Upstream pinned numpy 1.26.4; sympy and the standard library cover the rest.
REQUIREMENTS = ("numpy==1.26.4", "sympy==1.13.3")
# Added to an example's environment only when its update, solution or tests use scipy.
SCIPY_REQUIREMENT = "scipy==1.13.1"
# Upstream gives each unit test its own process and time; one job here runs them all.
SECONDS_PER_TEST, MAX_TIMEOUT_S = 20.0, 600.0
TORCH_REQUIREMENT = "torch==2.5.1"


def change_type(update_type: str) -> ChangeType:
    if "function-name" in update_type:
        return ChangeType.rename
    if "default_value" in update_type:
        return ChangeType.default
    if update_type.startswith("add-argument") or update_type.startswith("modify-argument-name"):
        return ChangeType.signature
    return ChangeType.semantics


def implementation_name(source: str) -> str | None:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    defs = [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))]
    return defs[-1] if defs else None


CONFTEST = '''\
"""CodeUpdateArena update {update_id}: installed on the package unless BENCH_ENV=old.

Upstream runs each test as a plain script. Here pytest runs in the same process, and some
updates (re.match, a deleted math.cos) would break pytest itself, so the update is in place
while the candidate is imported and while each test runs, and reverted around pytest's own
work in between.
"""
import importlib as _bench_importlib
import os as _bench_os
import sys as _bench_sys

import pytest as _bench_pytest

if getattr(_bench_sys, "_bench_update_revert", None) is not None:
    _bench_sys._bench_update_revert()  # pytest imports conftest again: start from the original API

{imports}

{implementation}


def _bench_example_namespace():
    """Upstream executes the example's own imports in the solution's namespace: a solution may
    use ``np`` or ``List`` without importing them. The candidate module here starts empty, so
    those names are made resolvable from it (as builtins it does not shadow)."""
    import builtins

    namespace = {{}}
    exec({example_imports!r}, namespace)
    for name, value in namespace.items():
        if not name.startswith("__") and not hasattr(builtins, name):
            setattr(builtins, name, value)


_bench_example_namespace()


def _bench_parent():
    parts = {path!r}.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            parent = _bench_importlib.import_module(".".join(parts[:cut]))
            break
        except ImportError:
            continue
    for attr in parts[cut:-1]:
        parent = getattr(parent, attr)
    return parent, parts[-1]


_BENCH_PARENT, _BENCH_OLD = _bench_parent()
_BENCH_SAVED = getattr(_BENCH_PARENT, _BENCH_OLD, None)


def _bench_apply():
    if {rename!r} and hasattr(_BENCH_PARENT, _BENCH_OLD):
        delattr(_BENCH_PARENT, _BENCH_OLD)
    setattr(_BENCH_PARENT, {new_name!r}, {impl!s})


def _bench_revert():
    if {rename!r} and hasattr(_BENCH_PARENT, {new_name!r}):
        delattr(_BENCH_PARENT, {new_name!r})
    if _BENCH_SAVED is not None:
        setattr(_BENCH_PARENT, _BENCH_OLD, _BENCH_SAVED)


_bench_sys._bench_update_revert = _bench_revert

if _bench_os.environ.get("BENCH_ENV", "new") != "old":
    if "solution" not in _bench_sys.modules:
        _bench_apply()  # the sandbox runner imports the candidate next, with the update in place

    def bench_after_import():
        """Called by the sandbox runner once the candidate is imported."""
        _bench_revert()

    @_bench_pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(item):
        _bench_apply()
        try:
            yield
        finally:
            _bench_revert()
'''


def normalize_signature(text: str) -> str:
    """Upstream signatures come as ``def f(x) -> T:``, ``f(x) -> T``, or ``function f(x):``."""
    sig = re.sub(r"^\s*(?:def|function)\s+", "", text.strip())
    return "def " + sig.rstrip(":").rstrip() + ":"


def _tests_module(imports: str, unit_tests: list[str] | str) -> str:
    """Upstream runs tests in the namespace of imports + solution; keep that, and give every
    test a distinct name (some examples reuse one). ``unit_tests`` is a list of sources or,
    in some copies of the data, one string holding them all."""
    source = unit_tests if isinstance(unit_tests, str) else "\n\n".join(t.strip("\n") for t in unit_tests)
    counter = iter(range(10_000))
    renamed = re.sub(r"^def\s+(\w+)\s*\(",
                     lambda m: f"def test_{next(counter):02d}_{m.group(1).removeprefix('test_')}(", source, flags=re.M)
    header = ["# Hidden tests imported from CodeUpdateArena.",
              "from conftest import *  # the update's saved originals (e.g. old_sin), as upstream",
              "from solution import *  # upstream tests rely on the solution's imports", "", ""]
    return "\n".join(header) + renamed.strip("\n") + "\n"


class CodeUpdateArenaImporter(Importer):
    name = "codeupdatearena"
    description = "CodeUpdateArena arena.jsonl (or its dataset id) -> a synthetic family; options: include_torch=true"

    def run(self, source: str, out: Path, replace: bool = False, **options: str) -> ImportReport:
        include_torch = options.get("include_torch", "false").lower() in ("1", "true", "yes")
        rows = read_rows(source)
        report = ImportReport()
        tasks = []
        for row in rows:
            update = row["update"]
            if update["package"] == "torch" and not include_torch:
                for ex in row["prog_syn_examples"]:
                    report.excluded[ex["prog_syn_id"]] = "torch update: the torch wheel is not in the default environment (pass -O include_torch=true)"
                continue
            impl = implementation_name(update["implementation"])
            if impl is None:
                for ex in row["prog_syn_examples"]:
                    report.excluded[ex["prog_syn_id"]] = "update implementation defines no function"
                continue
            path = update["function_path"]
            ctype = change_type(update["update_type"])
            rename = ctype is ChangeType.rename
            # The update installs its function under its own name: the same name replaces the
            # original, a new name is added beside it (add-function), and a rename deletes the old.
            new_name = impl
            u_num = re.search(r"update-(\d+)", update["update_id"])
            change_id = slug(f"{path}-{update['update_type']}-u{u_num.group(1) if u_num else 0}", 75)
            doc = (f"{update['description']}\n\nNew signature: {update['signature']}\n\n{update['docstring']}").strip()
            env_reqs = REQUIREMENTS + ((TORCH_REQUIREMENT,) if update["package"] == "torch" else ())
            for ex in row["prog_syn_examples"]:
                p_num = re.search(r"prog_syn-(\d+)", ex["prog_syn_id"])
                task_id = slug(f"{change_id[:70]}-p{p_num.group(1) if p_num else 0}", 80)
                signature = normalize_signature(ex["solution_signature"])
                entry = re.match(r"def\s+(\w+)\s*\(", signature)
                if entry is None:
                    report.excluded[ex["prog_syn_id"]] = "no function in solution_signature"
                    continue
                imports = ex.get("prog_syn_imports") or ex.get("imports") or ""
                conftest = CONFTEST.format(update_id=update["update_id"], imports=update["imports"].strip(),
                                           implementation=update["implementation"].strip(), path=path, rename=rename,
                                           new_name=new_name, impl=impl, example_imports=imports.strip())
                tests = ex["unit_tests"]
                n_tests = len(tests) if isinstance(tests, list) else len(re.findall(r"^def\s", tests, flags=re.M))
                texts = (update["imports"], update["implementation"], imports, ex["ref_solution"],
                         tests if isinstance(tests, str) else "\n".join(tests))
                reqs = env_reqs + ((SCIPY_REQUIREMENT,) if any(re.search(r"\bscipy\b", t) for t in texts) else ())
                spec = TaskSpec(
                    id=task_id, kind=Kind.synthetic, split=Split.test_unseen,
                    change=Change(id=change_id, type=ctype, old_api=path,
                                  new_api=path.rsplit(".", 1)[0] + "." + new_name,
                                  introduced_in_new=True),
                    entrypoint=entry.group(1), api=ApiChecks(), doc=doc, tags=(f"upstream:{ex['prog_syn_id']}",),
                    environments={"new": Environment(python="3.11", requirements=reqs),
                                  "old": Environment(python="3.11", requirements=reqs)},
                    timeout_s=min(MAX_TIMEOUT_S, SECONDS_PER_TEST * max(1, n_tests)),
                )
                files = {
                    "conftest.py": conftest,
                    "reference.py": ex["ref_solution"],
                    "test_task.py": _tests_module(imports, ex["unit_tests"]),
                    "starting.py": f"{imports.strip()}\n\n{signature}\n    raise NotImplementedError\n",
                    "prompt.md": f"{ex['scenario'].strip()}\n\n{ex['problem'].strip()}\n\nSignature: `{ex['solution_signature'].strip()}`\n",
                }
                tasks.append((spec, files))
        family = Family(id=FAMILY_ID, version=3, library="various", success=Success.upass,
                        description="CodeUpdateArena synthetic API updates, executed with and without the update patch.",
                        source="CodeUpdateArena (github.com/leo-liuzy/CodeUpdateArena), imported at run time",
                        license="MIT", preload=("numpy", "sympy", "math", "re", "itertools"),
                        track=("numpy", "sympy", "math", "re", "itertools"))
        report.folders.append(write_family(out, family, tasks, replace=replace))
        report.tasks = len(tasks)
        report.notes.append(f"{len(rows)} updates read; {len(tasks)} examples written; {len(report.excluded)} excluded")
        return report
