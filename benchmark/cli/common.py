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


def _n(summary: dict | None) -> str:
    return f"{pct(summary, False)} (n={summary['n']})" if summary else "-"


def metrics_table(metrics: dict) -> Table:
    table = Table(title=f"{metrics['solver']} / {metrics.get('model') or 'no model'}  ({metrics['run_id']})")
    for col in ("slice", "tasks", "fix@1 [95% CI]", "pass@1", "exec", "api", "upass"):
        table.add_column(col, justify="right" if col != "slice" else "left")

    def add(label: str, core: dict) -> None:
        table.add_row(label, str(core["tasks"]), pct(core.get("fix@1")), pct(core["pass@1"], False),
                      pct(core["exec"], False), pct(core["api"], False), _n(core["upass"]))

    add("all target tasks", metrics["overall"])
    for field in ("split", "change_type"):
        for name, sub in metrics["by"][field].items():
            add(f"{field} = {name}", sub)
    loc = metrics.get("locality")
    table.add_row("locality (keep tasks pass)", str(loc["n"]) if loc else "0", "", pct(loc), "", "", "")
    if metrics.get("net"):
        table.add_row("net (fixed - broken keep)", str(metrics["net"]["n"]), pct(metrics["net"]), "", "", "", "")
    core = metrics["overall"]
    for k in [k for k in core if k.startswith("fix@") and k != "fix@1"]:
        table.add_row(k, str(core["tasks"]), pct(core[k]), pct(core[k.replace("fix", "pass")], False), "", "", "")
    return table


def forgetting_table(metrics: dict) -> Table | None:
    """What the update cost elsewhere, base model against updated, for runs that changed weights."""
    report = metrics.get("forgetting")
    if not report:
        return None
    from leaderboard.render import signed

    table = Table(title="forgetting: updated model against the base model (adapters off)")
    for col in ("measure", "items", "base", "updated", "Δ [95% CI]"):
        table.add_column(col, justify="right" if col != "measure" else "left")
    if report.get("humaneval_delta"):
        base, updated = report["humaneval_base"], report["humaneval_updated"]
        table.add_row("HumanEval pass@1 (greedy)", str(base["n"]), pct(base, False), pct(updated, False),
                      signed(report["humaneval_delta"], 100, 1, ci=True) + " points")
    if report.get("bpb_delta"):
        parts = [("bits/byte, all held-out code", {"docs": report["bpb_docs"], "base": report["bpb_base"],
                                                   "updated": report["bpb_updated"], "delta": report["bpb_delta"]})]
        names = {"humaneval": "  HumanEval code (general)", "keep": "  keep-task code (the domain)"}
        parts += [(names.get(k, f"  {k}"), v) for k, v in (report.get("bpb_by_source") or {}).items()]
        for label, part in parts:
            table.add_row(label, str(part["docs"]), f"{part['base']:.4f}", f"{part['updated']:.4f}",
                          signed(part["delta"], 1, 4, ci=True))
    return table

