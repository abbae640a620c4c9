"""``bench``: the command line of api-update-bench."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Optional

import typer

from benchmark.cli import edits_cmd, models_cmd, perf_cmd, rules_cmd, sandbox_cmd, solvers_cmd, tasks_cmd
from benchmark.cli.common import console, forgetting_table, log, metrics_table, out, parse_options, pct, progress, split_csv

app = typer.Typer(help="Benchmark harness: bring code models up to date with library API changes, measure what it costs.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
app.add_typer(tasks_cmd.app, name="tasks")
app.add_typer(sandbox_cmd.app, name="sandbox")
app.add_typer(solvers_cmd.app, name="solvers")
app.add_typer(perf_cmd.app, name="perf")
app.add_typer(models_cmd.app, name="models")
app.add_typer(rules_cmd.app, name="rules")
app.add_typer(edits_cmd.app, name="edits")
app.command("trace")(edits_cmd.trace)

DEFAULT_MODEL = "smollm2-135m"

# Options shared by run and sweep: one definition, one help text.
OPTION_OPT = typer.Option(None, "-S", help="Solver option key=value (bench solvers show NAME).")
MODEL_OPT = typer.Option(None, "--model", help=f"Model for model-based solvers (default {DEFAULT_MODEL}).")
TASKS_OPT = typer.Option(None, "--tasks", help="Comma-separated task families (default: all).")
SPLIT_OPT = typer.Option("test_seen,test_unseen", "--split", help="Splits to evaluate, comma-separated, or 'all'.")
SANDBOX_OPT = typer.Option("auto", "--sandbox", help="auto | docker | local")
WORKERS_OPT = typer.Option(1, "--workers", min=1, help="Parallel sandbox workers.")
SAMPLES_OPT = typer.Option(1, "--samples", min=1, help="Samples per task (pass@k for k <= samples).")
TEMPERATURE_OPT = typer.Option(0.0, "--temperature", min=0.0)
SEED_OPT = typer.Option(0, "--seed")
OUT_DIR_OPT = typer.Option(Path("results"), "--out", help="Results folder.")
ROOT_OPT = typer.Option(None, "--root", help="Tasks folder (default: the shipped tasks/).")
LIMIT_OPT = typer.Option(None, "--limit", min=1, help="Only the first N target and N keep tasks (spread over families and splits).")
BACKEND_OPT = typer.Option("auto", "--backend", help="Generation backend of model-based solvers: auto (vllm on a CUDA "
                           "GPU when installed; on a CPU ctranslate2 float32, the reference's answers about 2x "
                           "faster), transformers (the reference), ctranslate2 (-B compute_type=int8: faster still, "
                           "other answers), vllm, openai, llamacpp (bench models backends).")
BACKEND_OPTION_OPT = typer.Option(None, "-B", help="Backend option key=value, e.g. -B compute_type=float32 "
                                                  "(bench models backends).")
EXECUTOR_OPT = typer.Option("local", "--executor", help="Where sandbox jobs run: local (threads on this machine) or "
                            "ray (Ray tasks on the cluster nodes that advertise the sandbox resource; docs/scaling.md).")
RAY_ADDRESS_OPT = typer.Option(None, "--ray-address", help="With --executor ray: the cluster to join, e.g. "
                               "10.0.0.5:6379 (default $RAY_ADDRESS, else a one-machine cluster for the run).")
API_BASE_OPT = typer.Option(None, "--api-base", help="OpenAI-compatible server for --model openai:NAME, e.g. "
                                                    "http://127.0.0.1:8000/v1 (key from $OPENAI_API_KEY, or -B "
                                                    "api_key_env=VAR).")


@app.command()
def run(
    solver: str = typer.Option("prompt", "--solver", help="Solver name (bench solvers list); the default prompts the default model."),
    option: Optional[list[str]] = OPTION_OPT,
    model: Optional[str] = MODEL_OPT,
    tasks: Optional[str] = TASKS_OPT,
    split: str = SPLIT_OPT,
    sandbox: str = SANDBOX_OPT,
    workers: int = WORKERS_OPT,
    samples: int = SAMPLES_OPT,
    temperature: float = TEMPERATURE_OPT,
    seed: int = SEED_OPT,
    out_dir: Path = OUT_DIR_OPT,
    run_id: Optional[str] = typer.Option(None, "--run-id", help="Name of the run folder (default: time-solver-model)."),
    root: Optional[Path] = ROOT_OPT,
    limit: Optional[int] = LIMIT_OPT,
    resume: Optional[str] = typer.Option(None, "--resume", help="Continue the run with this id."),
    remeasure_forgetting: bool = typer.Option(
        False, "--remeasure-forgetting",
        help="With --resume, on a weight-updating run: measure forgetting again from the saved adapter."),
    backend: str = BACKEND_OPT,
    backend_option: Optional[list[str]] = BACKEND_OPTION_OPT,
    api_base: Optional[str] = API_BASE_OPT,
    executor: str = EXECUTOR_OPT,
    ray_address: Optional[str] = RAY_ADDRESS_OPT,
) -> None:
    """Run a solver on tasks in the sandbox and print its metrics."""
    from benchmark.runner import default_run_id

    if remeasure_forgetting and resume is None:
        raise typer.BadParameter("applies to an existing run: add --resume RUN_ID", param_hint="--remeasure-forgetting")
    config = _config(solver, option, model, tasks, split, sandbox, workers, samples, temperature, seed, root, limit,
                     backend, backend_option, api_base)
    _execute(config, resume or run_id or default_run_id(config), resume is not None, out_dir, remeasure_forgetting,
             _executor_options(executor, ray_address))


def _config(solver: str, option: list[str] | None, model: str | None, tasks: str | None, split: str, sandbox: str,
            workers: int, samples: int, temperature: float, seed: int, root: Path | None, limit: int | None,
            backend: str = "auto", backend_option: list[str] | None = None, api_base: str | None = None):  # noqa: ANN202
    from benchmark.plugins import SOLVERS
    from benchmark.runner import RunConfig
    from solvers.lm.backends import configure

    from benchmark.cli.common import check_options, check_selection

    solver_cls = SOLVERS.get(solver)
    splits = ("train", "test_seen", "test_unseen") if split == "all" else split_csv(split)
    check_selection(splits, split_csv(tasks), root)
    options = parse_options(option)
    model = (model or DEFAULT_MODEL) if solver_cls.uses_model else model
    if model is not None and solver_cls.uses_model:
        from solvers.lm.models import check_model

        check_model(model)
    # "auto" is resolved now and the run records the engine it used, so a resume keeps it.
    engine, engine_options = configure(backend, model, backend_option, api_base, options.get("device", "auto")) \
        if solver_cls.uses_model else (None, {})
    config = RunConfig(solver=solver, options=options, model=model,
                       families=split_csv(tasks), splits=splits, sandbox=sandbox, workers=workers, samples=samples,
                       temperature=temperature, seed=seed, tasks_root=str(root.resolve()) if root else None, limit=limit,
                       backend=engine, backend_options=engine_options)
    check_options(solver, solver_cls.Options, config.options)  # a bad -S fails before any build
    return config


def _executor_options(name: str, ray_address: str | None) -> tuple[str, dict[str, str]]:
    from benchmark.plugins import EXECUTORS

    EXECUTORS.get(name)  # an unknown name fails before anything starts
    if ray_address and name != "ray":
        raise typer.BadParameter("applies to --executor ray", param_hint="--ray-address")
    return name, ({"address": ray_address} if ray_address else {})


def _execute(config, run_id: str, resume: bool, out_dir: Path, remeasure_forgetting: bool = False,  # noqa: ANN001
             executor: tuple[str, dict[str, str]] = ("local", {})) -> dict:
    """One run with a progress bar, its metrics printed; returns the metrics."""
    from benchmark.plugins import EXECUTORS, open_sandbox
    from benchmark.results import RunStore
    from benchmark.runner import check_resumable, run as run_benchmark

    if resume:
        check_resumable(out_dir, run_id)  # before a sandbox opens or a bar is drawn
    stored = RunStore(out_dir / run_id)
    # A resumed run is the stored solver's, whatever --solver (default: prompt) says.
    solver_name = stored.run_info()["config"]["solver"] if resume and stored.exists else config.solver
    # Containers carry the run id, so a killed run's leftovers can be found and pruned.
    box = open_sandbox(config.sandbox, workers=config.workers, log=log, run_label=run_id)
    jobs = None
    try:
        jobs = EXECUTORS.get(executor[0])(box, config.workers, **executor[1])
        with progress() as bar:
            handle = bar.add_task(f"{solver_name} {run_id}", total=None)

            def on_total(total: int, done: int) -> None:
                bar.update(handle, total=total, completed=done)

            fixed = [0, 0]  # target rows fixed, target rows scored in this session

            def on_row(row) -> None:  # noqa: ANN001
                if row.fixed is not None:
                    fixed[0] += row.fixed
                    fixed[1] += 1
                so_far = f" · fix@1 so far {100 * fixed[0] / fixed[1]:.1f}% of {fixed[1]}" if fixed[1] else ""
                bar.update(handle, advance=1, description=f"{solver_name} {run_id}{so_far}")

            phases: dict[str, object] = {}

            def on_phase(phase: str, done: int, total: int) -> None:
                # Text after " · " is live detail of the phase (e.g. grpo's mean reward): same bar, new description.
                key = phase.split(" · ", 1)[0]
                if key not in phases:
                    phases[key] = bar.add_task(phase, total=total, completed=done)
                bar.update(phases[key], total=total, completed=done, description=phase)

            folder, metrics = run_benchmark(config, box, out_dir, run_id=run_id, resume=resume, log=log,
                                            on_total=on_total, on_row=on_row, remeasure_forgetting=remeasure_forgetting,
                                            on_phase=on_phase, executor=jobs)
    finally:
        if jobs is not None:
            jobs.close()
        box.close()
    out.print(metrics_table(metrics))
    if (forgetting := forgetting_table(metrics)) is not None:
        out.print(forgetting)
    log(f"results: {folder}")
    return metrics


@app.command()
def sweep(
    key: str = typer.Argument(..., help="The solver option to vary, e.g. layers."),
    values: list[str] = typer.Argument(..., help="Its values, one run each, e.g. bottom:1/3 middle:1/3 top:1/3 all."),
    solver: str = typer.Option(..., "--solver", help="Solver name (bench solvers list)."),
    option: Optional[list[str]] = OPTION_OPT,
    model: Optional[str] = MODEL_OPT,
    tasks: Optional[str] = TASKS_OPT,
    split: str = SPLIT_OPT,
    sandbox: str = SANDBOX_OPT,
    workers: int = WORKERS_OPT,
    samples: int = SAMPLES_OPT,
    temperature: float = TEMPERATURE_OPT,
    seed: int = SEED_OPT,
    out_dir: Path = OUT_DIR_OPT,
    name: Optional[str] = typer.Option(None, "--name", help="Run folders are NAME-VALUE (default: sweep-SOLVER-KEY)."),
    root: Optional[Path] = ROOT_OPT,
    limit: Optional[int] = LIMIT_OPT,
    table: Optional[Path] = typer.Option(None, "--table", help="Also write the comparison table (Markdown) here."),
    backend: str = BACKEND_OPT,
    backend_option: Optional[list[str]] = BACKEND_OPTION_OPT,
    api_base: Optional[str] = API_BASE_OPT,
    executor: str = EXECUTOR_OPT,
    ray_address: Optional[str] = RAY_ADDRESS_OPT,
) -> None:
    """Run a solver once per value of one option and compare the runs; rerun to resume."""
    from benchmark.plugins import SOLVERS
    from benchmark.sweep import PointState, point_state, render_sweep, sweep_points

    base = _config(solver, option, model, tasks, split, sandbox, workers, samples, temperature, seed, root, limit,
                   backend, backend_option, api_base)
    jobs = _executor_options(executor, ray_address)
    points = sweep_points(base, key, values, name or f"sweep-{solver}-{key}")
    for point in points:
        SOLVERS.get(solver).Options.model_validate(point.config.options)  # every value is checked before any run
    states = {point.run_id: point_state(out_dir, point) for point in points}
    for i, point in enumerate(points, 1):
        state = states[point.run_id]
        log(f"[{i}/{len(points)}] {key}={point.value}: {state.value} ({out_dir / point.run_id})")
        if state is not PointState.done:
            _execute(point.config, point.run_id, state is PointState.partial, out_dir, executor=jobs)
    text = render_sweep(out_dir, key, points)
    out.print(text, soft_wrap=True)  # a Markdown table must not be wrapped
    if table:
        command = " ".join(["bench", *map(shlex.quote, sys.argv[1:])])  # how to reproduce, options included
        table.write_text(f"`{command}`\n\n{text}\n")
        log(f"wrote {table}")


@app.command()
def rescore(
    run_ids: Optional[list[str]] = typer.Argument(None, help="Runs to re-score (default with --all: every run)."),
    all_runs: bool = typer.Option(False, "--all", help="Re-score every run in the results folder."),
    out_dir: Path = OUT_DIR_OPT,
    sandbox: str = SANDBOX_OPT,
    workers: int = WORKERS_OPT,
) -> None:
    """Re-execute stored candidates against the current tasks and checks; rewrite rows and metrics."""
    from benchmark.plugins import open_sandbox
    from benchmark.rescore import ScoreCache, rescore_run, run_folders, why_not_rescorable

    if not run_ids and not all_runs:
        raise typer.BadParameter("name one or more RUN_IDs, or pass --all")
    folders = run_folders(out_dir, run_ids)
    cache = ScoreCache()
    box = open_sandbox(sandbox, workers=workers, log=log, run_label="rescore")
    try:
        with progress() as bar:
            for folder in folders:
                if (why := why_not_rescorable(folder)) is not None:
                    log(f"{folder.name}: skipped, {why}")
                    continue
                handle = bar.add_task(f"rescore {folder.name}", total=None)
                metrics = rescore_run(folder, box, cache, workers=workers, log=log,
                                      on_total=lambda n, h=handle: bar.update(h, total=n),
                                      on_row=lambda row, h=handle: bar.advance(h))
                core = metrics["overall"]
                log(f"{folder.name}: fix@1 {pct(core['fix@1'])}, pass@1 {pct(core['pass@1'])}")
    finally:
        box.close()
    log(f"re-scored {len(folders)} runs ({cache.hits} rows reused an identical candidate's verdict)")


@app.command()
def leaderboard(
    results: Optional[list[Path]] = typer.Argument(None, help="Run folders or folders of runs (default: results/)."),
    output: Path = typer.Option(Path("LEADERBOARD.md"), "-o", "--output", help="Markdown file to write."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML page with plots here."),
) -> None:
    """Render runs into a Markdown leaderboard (and optionally HTML with plots)."""
    from leaderboard.html import render_html, trace_files
    from leaderboard.render import collect_runs, render_markdown, unfinished_runs

    paths = results or [Path("results")]
    runs = collect_runs(paths)
    skipped = unfinished_runs(paths)
    for note in skipped:
        log(f"left out {note}")
    if not runs:
        raise typer.BadParameter("no finished runs (folders with run.json and metrics.json) found")
    output.write_text(render_markdown(runs))
    log(f"wrote {output}: {len({r.run_id for r in runs})} runs in {len(runs)} rows"
        + (f"; {len(skipped)} unfinished runs left out (listed above)" if skipped else ""))
    if html:
        traces = trace_files(paths)
        render_html(runs, html, traces)
        log(f"wrote {html}" + (f" with {len(traces)} causal traces" if traces else ""))


def main() -> None:
    """Entry point: user errors become one line, ``error: ...``, and exit status 2, never a traceback."""
    from pydantic import ValidationError
    from rich.markup import escape

    from benchmark.loading import SpecError
    from benchmark.registry import UnknownPlugin
    from sandbox.base import InfraError, SandboxUnavailable
    from benchmark.runner import RunRequestError
    from benchmark.sweep import SweepError
    from solvers.lm.models import ModelError

    def fail(message: str, status: int = 2) -> None:
        console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
        raise SystemExit(status) from None

    try:
        status = app(standalone_mode=False)  # click's usage errors come here too, for one error style
    except typer.Abort:
        raise SystemExit(130) from None
    except ValidationError as exc:
        fail("invalid option: " + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()))
    except SpecError as exc:
        for problem in exc.problems[:-1]:
            console.print(f"[bold red]error:[/] {escape(problem)}", highlight=False, soft_wrap=True)
        fail(exc.problems[-1] if exc.problems else str(exc))
    except (UnknownPlugin, SandboxUnavailable, InfraError, ModelError, SweepError, RunRequestError, FileExistsError,
            FileNotFoundError) as exc:
        fail(str(exc))
    except Exception as exc:
        # click's usage errors (typer vendors its own click, so matched by their interface)
        if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
            raise
        ctx = getattr(exc, "ctx", None)
        path = getattr(ctx, "command_path", "") or ""
        fail(exc.format_message() + (f" (see {path} --help)" if path else ""), exc.exit_code)
    if isinstance(status, int) and status:
        raise SystemExit(status)


if __name__ == "__main__":
    main()
