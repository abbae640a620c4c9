"""``bench tasks``: list, show, scaffold and validate task families."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
import yaml
from rich.table import Table

from benchmark.cli.common import console, log, out, progress, split_csv
from benchmark.loading import SpecError, default_tasks_dir, family_folders, load_family, load_tasks

app = typer.Typer(help="Task families: list, show, new, validate.", no_args_is_help=True)


def _load(families: tuple[str, ...], root: Path):  # noqa: ANN202
    try:
        return load_tasks(families or None, root=root)
    except SpecError as exc:
        for problem in exc.problems:
            console.print(f"[bold red]error:[/] {escape(problem)}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


@app.command("list")
def list_(root: Path = typer.Option(None, "--root", help="Tasks folder (default: the shipped tasks/).")) -> None:
    """One line per family: version, library, task counts."""
    root = root or default_tasks_dir()
    table = Table("family", "version", "library", "tasks", "kinds", "splits", "changes")
    for folder in family_folders(root):
        try:
            tasks = load_family(folder)
        except SpecError as exc:
            table.add_row(folder.name, "?", "?", "?", f"[red]invalid: {exc.problems[0]}[/]", "", "")
            continue
        fam = tasks[0].family if tasks else None
        kinds = Counter(t.spec.kind.value for t in tasks)
        splits = Counter(t.spec.split.value for t in tasks)
        table.add_row(folder.name, str(fam.version if fam else "?"), fam.library if fam else "?", str(len(tasks)),
                      ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
                      ", ".join(f"{k} {v}" for k, v in sorted(splits.items())),
                      str(len({t.spec.change.id for t in tasks if t.spec.kind.value != "keep"})))
    out.print(table)


@app.command()
def show(uid: str = typer.Argument(..., help="FAMILY or FAMILY/TASK"),
         root: Path = typer.Option(None, "--root")) -> None:
    """Show a family's tasks, or one task's spec and files."""
    root = root or default_tasks_dir()
    family, _, task_id = uid.partition("/")
    tasks = _load((family,), root)
    if not task_id:
        table = Table("task", "kind", "split", "change", "type", "hash")
        for t in tasks:
            table.add_row(t.spec.id, t.spec.kind.value, t.spec.split.value, t.spec.change.id, t.spec.change.type.value,
                          t.content_hash)
        out.print(table)
        return
    match = [t for t in tasks if t.spec.id == task_id]
    if not match:
        raise typer.BadParameter(f"no task {task_id!r} in family {family!r}")
    task = match[0]
    out.print(f"[bold]{task.uid}[/]  hash {task.content_hash}")
    out.print(yaml.safe_dump(task.spec.model_dump(mode="json"), sort_keys=False), markup=False, highlight=False)
    for name, text in sorted(task.files.items()):
        out.rule(name)
        out.print(text, highlight=False, markup=False)


FAMILY_TEMPLATE = """\
id: {family}
version: 1
library: {library}
description: Migrations of {library} code from OLD to NEW (edit me).
source: your name or the upstream this family comes from
license: MIT
environments:
  old: {{python: "3.11", requirements: ["{library}==OLD_VERSION"]}}
  new: {{python: "3.11", requirements: ["{library}==NEW_VERSION"]}}
"""

TASK_TEMPLATE = """\
id: {task}
kind: {kind}
split: train
change:
  id: describe-the-change
  type: removed        # rename | removed | moved | signature | default | semantics | deprecation | none
  old_api: {library}.old_function
  new_api: {library}.new_function
  introduced_in_new: false
entrypoint: main
api:
  must_use: [{library}.new_function]
  must_not_use: [{library}.old_function]
doc: |
  Release-note style description of the change.
"""


@app.command()
def new(
    uid: str = typer.Argument(..., help="FAMILY (new family) or FAMILY/TASK (new task)"),
    library: Optional[str] = typer.Option(None, "--library", help="Library name for a new family."),
    kind: str = typer.Option("migrate", "--kind", help="Kind of a new task: migrate | keep | complete | synthetic."),
    root: Path = typer.Option(None, "--root"),
) -> None:
    """Scaffold a family or a task with template files to edit."""
    root = root or default_tasks_dir()
    family, _, task = uid.partition("/")
    fam_dir = root / family
    if not task:
        if fam_dir.exists():
            raise typer.BadParameter(f"{fam_dir} already exists")
        fam_dir.mkdir(parents=True)
        (fam_dir / "family.yaml").write_text(FAMILY_TEMPLATE.format(family=family, library=library or family))
        log(f"created {fam_dir / 'family.yaml'}; add tasks with `bench tasks new {family}/TASK`")
        return
    if not (fam_dir / "family.yaml").is_file():
        raise typer.BadParameter(f"no family at {fam_dir}; create it with `bench tasks new {family}`")
    lib = yaml.safe_load((fam_dir / "family.yaml").read_text()).get("library", family)
    task_dir = fam_dir / task
    if task_dir.exists():
        raise typer.BadParameter(f"{task_dir} already exists")
    task_dir.mkdir()
    (task_dir / "task.yaml").write_text(TASK_TEMPLATE.format(task=task, kind=kind, library=lib))
    (task_dir / "old.py").write_text(f"import {lib}\n\n\ndef main():\n    return {lib}.old_function()\n")
    (task_dir / "reference.py").write_text(f"import {lib}\n\n\ndef main():\n    return {lib}.new_function()\n")
    (task_dir / "test_task.py").write_text("from solution import main\n\n\ndef test_main():\n    assert main() == 42\n")
    log(f"created {task_dir}: edit task.yaml, old.py, reference.py, test_task.py, then `bench tasks validate {family}`")


@app.command()
def validate(
    families: Optional[str] = typer.Argument(None, help="Comma-separated families (default: all)."),
    all_: bool = typer.Option(False, "--all", help="Validate every family."),
    sandbox: str = typer.Option("auto", "--sandbox", help="auto | docker | local"),
    workers: int = typer.Option(1, "--workers", min=1),
    root: Path = typer.Option(None, "--root"),
    schema_only: bool = typer.Option(False, "--schema-only", help="Only check the specs, run nothing."),
) -> None:
    """Check specs, then run references and old code in the sandbox; write the results."""
    from benchmark.plugins import open_sandbox
    from benchmark.validate import validate as run_validation

    root = root or default_tasks_dir()
    tasks = _load(() if all_ else split_csv(families), root)
    log(f"specs OK: {len(tasks)} tasks")
    if schema_only:
        return
    box = open_sandbox(sandbox, workers=workers, log=log)
    failures = []
    try:
        with progress() as bar:
            handle = bar.add_task("validate", total=len(tasks))

            def on_task(report: dict) -> None:
                bar.advance(handle)
                if not report["ok"]:
                    failures.append(report)
                    if report.get("unavailable"):
                        return
                    console.print(f"[red]invalid[/] {escape(report['task'])}: {escape('; '.join(report['notes']))}",
                                  highlight=False, soft_wrap=True)

            run_validation(box, tasks, root, workers=workers, on_task=on_task)
    finally:
        box.close()
    unavailable = sum(1 for f in failures if f.get("unavailable"))
    if unavailable:
        log(f"{unavailable} tasks could not run here (environment unavailable; reasons in validation.json)")
    log(f"{len(tasks) - len(failures)}/{len(tasks)} tasks valid; written to {root}/<family>/validation.json and "
        f"{root}/VALIDATION.md")
    if failures:
        raise typer.Exit(1)


@app.command("import")
def import_(
    importer: str = typer.Argument(..., help="jsonl | gitchameleon | codeupdatearena (bench.importers)"),
    source: str = typer.Argument(..., help="A file or folder, or a Hugging Face dataset id."),
    out: Path = typer.Option(Path("imported-tasks"), "--out", help="Tasks folder to write the family into."),
    option: Optional[list[str]] = typer.Option(None, "-O", help="Importer option key=value."),
    solutions: Optional[Path] = typer.Option(None, "--solutions", help="GitChameleon ground_truth_solutions.jsonl."),
    replace: bool = typer.Option(False, "--replace", help="Overwrite an existing family folder."),
) -> None:
    """Turn a peer benchmark (or an export) into family folders; nothing is copied into tasks/."""
    from benchmark.cli.common import parse_options
    from benchmark.plugins import IMPORTERS

    opts = parse_options(option)
    if solutions:
        opts["solutions"] = str(solutions)
    out.mkdir(parents=True, exist_ok=True)
    report = IMPORTERS.get(importer)().run(source, out, replace=replace, **opts)
    for folder in report.folders:
        log(f"wrote {folder}")
    for note in report.notes:
        log(note)
    if report.excluded:
        excluded = out / f"{importer}-excluded.json"
        import json

        excluded.write_text(json.dumps(report.excluded, indent=2, sort_keys=True) + "\n")
        log(f"{len(report.excluded)} items excluded, each with its reason: {excluded}")
    log(f"{report.tasks} tasks; validate with `bench tasks validate --all --root {out}`")


@app.command()
def export(
    out: Path = typer.Argument(..., help="Output file (jsonl) or folder (hf)."),
    format_: str = typer.Option("jsonl", "--format", help="jsonl | hf (datasets.DatasetDict saved to disk)"),
    families: Optional[str] = typer.Option(None, "--tasks", help="Comma-separated families (default: all)."),
    root: Path = typer.Option(None, "--root"),
) -> None:
    """Export specs, code, tests, environments, versions and hashes of the whole task set."""
    from benchmark.interchange import export_hf, export_jsonl

    tasks = _load(split_csv(families), root or default_tasks_dir())
    if format_ == "jsonl":
        log(f"wrote {export_jsonl(tasks, out)} tasks to {out}")
    elif format_ == "hf":
        counts = export_hf(tasks, out)
        log(f"wrote a DatasetDict to {out}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    else:
        raise typer.BadParameter("--format must be jsonl or hf")
