"""``bench perf``: benchmarks (measured, never asserted in tests)."""

from __future__ import annotations

from typing import Optional

import typer

from benchmark.cli.common import log, out

app = typer.Typer(help="Benchmarks of the harness itself.", no_args_is_help=True)


@app.command()
def sandbox(
    family: str = typer.Option("pandas-2", "--family", help="Family whose references are the jobs."),
    jobs: int = typer.Option(12, "--jobs", min=1, help="Jobs per mode."),
    modes: Optional[str] = typer.Option(None, "--modes", help="Comma-separated subset of the modes."),
) -> None:
    """Throughput of the warm-container runner vs per-job `docker run` vs host subprocesses."""
    from benchmark.perf import MODES, sandbox_throughput

    chosen = [m.strip() for m in modes.split(",")] if modes else list(MODES)
    table_md = sandbox_throughput(family, jobs, chosen, log=log)
    out.print(table_md, markup=False, highlight=False)
