"""``bench perf``: benchmarks (measured, never asserted in tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from benchmark.cli.common import log, out

app = typer.Typer(help="Benchmarks of the harness itself.", no_args_is_help=True)


@app.command()
def sandbox(
    family: str = typer.Option("pandas-2", "--family", help="Family whose references are the jobs."),
    jobs: int = typer.Option(12, "--jobs", min=1, help="Jobs per mode."),
    modes: Optional[str] = typer.Option(None, "--modes", help="Comma-separated subset of the modes."),
    baseline_runner: Optional[Path] = typer.Option(
        None, "--baseline-runner", help="Another copy of sandbox/runner (e.g. before a change): adds the mode "
                                        "docker-warm-baseline, timed in the same run."),
    rounds: int = typer.Option(1, "--rounds", min=1, help="With --baseline-runner: alternate the two warm modes "
                                                         "this many times; report medians over rounds and the paired ratio."),
) -> None:
    """Throughput of the warm-container runner vs per-job `docker run` vs host subprocesses."""
    from benchmark.perf import MODES, sandbox_throughput

    chosen = [m.strip() for m in modes.split(",")] if modes else list(MODES)
    table_md = sandbox_throughput(family, jobs, chosen, log=log, baseline_runner=baseline_runner, rounds=rounds)
    out.print(table_md, markup=False, highlight=False)


@app.command()
def adapters(
    family: str = typer.Option("pandas-2", "--family", help="Family whose target tasks give the prompts."),
    prompts: int = typer.Option(8, "--prompts", min=1, help="Prompts per mode."),
    batch_sizes: str = typer.Option("4,8", "--batch-sizes", help="Comma-separated generation batch sizes; the "
                                                                 "first is the baseline's."),
    max_new_tokens: int = typer.Option(128, "--max-new-tokens", min=1, help="Token cap per answer."),
    model: Optional[str] = typer.Option(None, "--model", help="Model (default: smollm2-135m)."),
    device: str = typer.Option("auto", "--device", help="auto | cpu | cuda"),
) -> None:
    """Generation speed of a LoRA-adapted model: adapter folded into the weights vs not, by batch size."""
    from benchmark.perf_adapters import adapter_throughput

    sizes = [int(b) for b in batch_sizes.split(",") if b.strip()]
    table_md = adapter_throughput(family, prompts, sizes, max_new_tokens, model=model, device=device, log=log)
    out.print(table_md, markup=False, highlight=False)


@app.command()
def training(
    steps: int = typer.Option(4, "--steps", min=1, help="Optimizer steps per mode."),
    batch_size: int = typer.Option(4, "--batch-size", min=1, help="Sequences per step."),
    solver: str = typer.Option("lora", "--solver", help="Weight-updating solver to train (lora, hier_lora, dpo)."),
    tasks: Optional[str] = typer.Option(None, "--tasks", help="Comma-separated families (default: all)."),
    model: Optional[str] = typer.Option(None, "--model", help="Model (default: smollm2-135m)."),
    device: str = typer.Option("auto", "--device", help="auto | cpu | cuda"),
) -> None:
    """Training speed and peak memory with gradient checkpointing on (TRL's default) and off."""
    from benchmark.perf_training import training_speed

    families = [f.strip() for f in tasks.split(",") if f.strip()] if tasks else None
    try:
        table_md = training_speed(steps, batch_size, solver, model=model, device=device, families=families, log=log)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--solver") from None
    out.print(table_md, markup=False, highlight=False)


@app.command()
def generate(
    backends: Optional[str] = typer.Option(
        None, "--backends", help="Comma-separated modes, each NAME or NAME:key=value;key=value (default: every "
                                 "backend available here: transformers, ctranslate2 int8 and float32, openai through "
                                 "a local server, vllm on CUDA)."),
    family: str = typer.Option("pandas-2", "--family", help="Family whose target tasks give the prompts."),
    prompts: int = typer.Option(8, "--prompts", min=1, help="Prompts per backend."),
    max_new_tokens: int = typer.Option(256, "--max-new-tokens", min=1, help="Token cap per answer."),
    batch_size: int = typer.Option(8, "--batch-size", min=1, help="Prompts per generation batch."),
    model: Optional[str] = typer.Option(None, "--model", help="Model (default: smollm2-135m)."),
    device: str = typer.Option("auto", "--device", help="auto | cpu | cuda"),
) -> None:
    """Tokens/s, peak memory and fidelity (identical greedy answers vs transformers fp32) of each backend."""
    from benchmark.cli.common import progress
    from benchmark.perf_generate import generation_speed

    # Options inside one mode are separated by ';' on the command line, since ',' separates modes.
    modes = [m.strip().replace(";", ",") for m in backends.split(",") if m.strip()] if backends else None
    with progress() as bar:
        handles: dict[str, object] = {}

        def on_progress(phase: str, done: int, total: int) -> None:
            if phase not in handles:
                handles[phase] = bar.add_task(phase, total=total)
            bar.update(handles[phase], total=total, completed=done)

        try:
            table_md = generation_speed(modes, family, prompts, max_new_tokens, batch_size, model=model, device=device,
                                        log=log, progress=on_progress)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--backends") from None
    out.print(table_md, markup=False, highlight=False, soft_wrap=True)  # a Markdown table must not wrap


@app.command()
def executor(
    family: str = typer.Option("pandas-2", "--family", help="Family whose references are the jobs."),
    jobs: int = typer.Option(48, "--jobs", min=1, help="Scoring jobs per pass."),
    workers: int = typer.Option(2, "--workers", min=1, help="Concurrent jobs (threads, or Ray docker slots)."),
    rounds: int = typer.Option(3, "--rounds", min=1, help="Timed passes per executor, alternating; medians reported."),
    modes: Optional[str] = typer.Option(None, "--modes", help="Comma-separated subset of: local, ray."),
) -> None:
    """Jobs/s of the local and ray executors on the same scoring jobs, timed in the same run."""
    from benchmark.perf_executor import executor_throughput

    chosen = [m.strip() for m in modes.split(",") if m.strip()] if modes else None
    try:
        table_md = executor_throughput(family, jobs, workers, rounds, chosen, log=log)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--modes") from None
    out.print(table_md, markup=False, highlight=False)


@app.command()
def edit(
    family: str = typer.Option("numpy-2", "--family", help="Family whose edit requests are optimised."),
    requests: int = typer.Option(4, "--requests", min=1, help="Edit requests (the family's first N)."),
    layer: Optional[int] = typer.Option(None, "--layer", min=0, help="Layer (default: the model's ROME layer)."),
    model: Optional[str] = typer.Option(None, "--model", help="Model (default: smollm2-135m)."),
    device: str = typer.Option("cpu", "--device", help="cpu | cuda"),
) -> None:
    """Seconds per v* step of the editing solvers: cached prompt prefix against whole prompts, same run."""
    from benchmark.perf_edit import edit_speed

    try:
        table_md = edit_speed(family, requests, layer, model=model, device=device, log=log)
    except ValueError as exc:  # an unknown family (SpecError) included
        raise typer.BadParameter(str(exc), param_hint="--family") from None
    out.print(table_md, markup=False, highlight=False)
