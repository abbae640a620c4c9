"""``bench``: the command line of api-update-bench."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from benchmark.cli import models_cmd, perf_cmd, rules_cmd, sandbox_cmd, solvers_cmd, tasks_cmd
from benchmark.cli.common import console, log, metrics_table, out, parse_options, progress, split_csv

app = typer.Typer(help="Benchmark harness: bring code models up to date with library API changes, measure what it costs.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
app.add_typer(tasks_cmd.app, name="tasks")
app.add_typer(sandbox_cmd.app, name="sandbox")
app.add_typer(solvers_cmd.app, name="solvers")
app.add_typer(perf_cmd.app, name="perf")
app.add_typer(models_cmd.app, name="models")
app.add_typer(rules_cmd.app, name="rules")

DEFAULT_MODEL = "smollm2-135m"


@app.command()
def run(
    solver: str = typer.Option("prompt", "--solver", help="Solver name (bench solvers list); the default prompts the default model."),
    option: Optional[list[str]] = typer.Option(None, "-S", help="Solver option key=value (bench solvers show NAME)."),
    model: Optional[str] = typer.Option(None, "--model", help=f"Model for model-based solvers (default {DEFAULT_MODEL})."),
    tasks: Optional[str] = typer.Option(None, "--tasks", help="Comma-separated task families (default: all)."),
    split: str = typer.Option("test_seen,test_unseen", "--split", help="Splits to evaluate, comma-separated, or 'all'."),
    sandbox: str = typer.Option("auto", "--sandbox", help="auto | docker | local"),
    workers: int = typer.Option(1, "--workers", min=1, help="Parallel sandbox workers."),
    samples: int = typer.Option(1, "--samples", min=1, help="Samples per task (pass@k for k <= samples)."),
    temperature: float = typer.Option(0.0, "--temperature", min=0.0),
    seed: int = typer.Option(0, "--seed"),
    out_dir: Path = typer.Option(Path("results"), "--out", help="Results folder."),
    run_id: Optional[str] = typer.Option(None, "--run-id", help="Name of the run folder (default: time-solver-model)."),
    root: Optional[Path] = typer.Option(None, "--root", help="Tasks folder (default: the shipped tasks/)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N target and N keep tasks."),
    resume: Optional[str] = typer.Option(None, "--resume", help="Continue the run with this id."),
) -> None:
    """Run a solver on tasks in the sandbox and print its metrics."""
    from benchmark.plugins import SOLVERS, open_sandbox
    from benchmark.runner import RunConfig, default_run_id
    from benchmark.runner import run as run_benchmark

    solver_cls = SOLVERS.get(solver)
    splits = ("train", "test_seen", "test_unseen") if split == "all" else split_csv(split)
    config = RunConfig(solver=solver, options=parse_options(option),
                       model=(model or DEFAULT_MODEL) if solver_cls.uses_model else model,
                       families=split_csv(tasks), splits=splits, sandbox=sandbox, workers=workers, samples=samples,
                       temperature=temperature, seed=seed, tasks_root=str(root.resolve()) if root else None, limit=limit)
    solver_cls.Options.model_validate(config.options)  # fail on a bad -S before any build
    run_id = resume or run_id or default_run_id(config)
    # Containers carry the run id, so a killed run's leftovers can be found and pruned.
    box = open_sandbox(sandbox, workers=workers, log=log, run_label=run_id)
    try:
        with progress() as bar:
            handle = bar.add_task(f"{solver}", total=None)

            def on_total(total: int, done: int) -> None:
                bar.update(handle, total=total, completed=done)

            def on_row(row) -> None:  # noqa: ANN001
                bar.advance(handle)

            folder, metrics = run_benchmark(config, box, out_dir, run_id=run_id, resume=resume is not None,
                                            log=log, on_total=on_total, on_row=on_row)
    finally:
        box.close()
    out.print(metrics_table(metrics))
    log(f"results: {folder}")


@app.command()
def leaderboard(
    results: Optional[list[Path]] = typer.Argument(None, help="Run folders or folders of runs (default: results/)."),
    output: Path = typer.Option(Path("LEADERBOARD.md"), "-o", "--output", help="Markdown file to write."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML page with plots here."),
) -> None:
    """Render runs into a Markdown leaderboard (and optionally HTML with plots)."""
    from leaderboard.render import collect_runs, render_html, render_markdown

    runs = collect_runs(results or [Path("results")])
    if not runs:
        raise typer.BadParameter("no finished runs (folders with run.json and metrics.json) found")
    output.write_text(render_markdown(runs))
    log(f"wrote {output} ({len(runs)} runs)")
    if html:
        render_html(runs, html)
        log(f"wrote {html}")


def main() -> None:
    """Entry point: user errors become one red line and exit status 2, not a traceback."""
    from pydantic import ValidationError

    from benchmark.loading import SpecError
    from benchmark.registry import UnknownPlugin
    from sandbox.base import InfraError, SandboxUnavailable
    from solvers.lm.models import ModelError

    try:
        app()  # standalone: click handles its own usage errors and exits
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        console.print(f"[bold red]error:[/] invalid option: {problems}", highlight=False)
        raise SystemExit(2) from None
    except SpecError as exc:
        for problem in exc.problems:
            console.print(f"[bold red]error:[/] {problem}", highlight=False)
        raise SystemExit(2) from None
    except (UnknownPlugin, SandboxUnavailable, InfraError, ModelError, FileExistsError, FileNotFoundError) as exc:
        console.print(f"[bold red]error:[/] {exc}", highlight=False)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
