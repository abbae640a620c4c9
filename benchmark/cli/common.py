"""Shared CLI helpers: console, option parsing, the metrics table, progress bars."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

console = Console(stderr=True)
out = Console()


def log(msg: str) -> None:
    console.print(msg, highlight=False)


def parse_options(pairs: list[str] | None) -> dict[str, str]:
    options: dict[str, str] = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise typer.BadParameter(f"solver option {pair!r} must look like key=value", param_hint="-S")
        key, value = pair.split("=", 1)
        options[key.strip()] = value.strip()
    return options


def split_csv(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip()) if value else ()


def progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    TimeRemainingColumn(), console=console, transient=False)


def pct(summary: dict | None, ci: bool = True) -> str:
    if not summary:
        return "-"
    text = f"{100 * summary['mean']:.1f}%"
    if ci:
        text += f" [{100 * summary['ci_low']:.0f}-{100 * summary['ci_high']:.0f}]"
    return text


def metrics_table(metrics: dict) -> Table:
    table = Table(title=f"{metrics['solver']} / {metrics.get('model') or 'no model'}  ({metrics['run_id']})")
    for col in ("slice", "tasks", "pass@1 [95% CI]", "exec", "api", "upass"):
        table.add_column(col, justify="right" if col != "slice" else "left")
    core = metrics["overall"]
    table.add_row("all target tasks", str(core["tasks"]), pct(core["pass@1"]), pct(core["exec"], False),
                  pct(core["api"], False), pct(core["upass"], False))
    nd = metrics["non_deprecation_migrate"]
    if nd["tasks"]:
        table.add_row("migrate, non-deprecation", str(nd["tasks"]), pct(nd["pass@1"]), pct(nd["exec"], False),
                      pct(nd["api"], False), pct(nd["upass"], False))
    for field in ("split", "change_type"):
        for name, sub in metrics["by"][field].items():
            table.add_row(f"{field} = {name}", str(sub["tasks"]), pct(sub["pass@1"]), pct(sub["exec"], False),
                          pct(sub["api"], False), pct(sub["upass"], False))
    loc = metrics.get("locality")
    table.add_row("locality (keep tasks)", str(loc["n"]) if loc else "0", pct(loc), "", "", "")
    for k in [k for k in core if k.startswith("pass@") and k != "pass@1"]:
        table.add_row(k, str(core["tasks"]), pct(core[k]), "", "", "")
    return table
