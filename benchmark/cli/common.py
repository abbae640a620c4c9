"""Shared CLI helpers: console, option parsing, the metrics table, progress bars."""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

console = Console(stderr=True)
# Piped to a file, a table gets room instead of rich's 80 columns (which cut names short).
out = Console() if sys.stdout.isatty() else Console(width=int(os.environ.get("COLUMNS", "200")))


def log(msg: str) -> None:
    console.print(msg, highlight=False, markup=False, soft_wrap=True)  # one line per message, as logs want


def parse_options(pairs: list[str] | None) -> dict[str, str]:
    options: dict[str, str] = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise typer.BadParameter(f"solver option {pair!r} must look like key=value", param_hint="-S")
        key, value = pair.split("=", 1)
        options[key.strip()] = value.strip()
    return options


def check_selection(splits: tuple[str, ...], families: tuple[str, ...], root=None) -> None:  # noqa: ANN001
    """Splits and families named on the command line exist (checked before anything is built)."""
    from benchmark.loading import SpecError, default_tasks_dir, family_folders
    from benchmark.specs import Split

    known_splits = [s.value for s in Split]
    if bad := [s for s in splits if s not in known_splits]:
        raise typer.BadParameter(f"unknown split {', '.join(bad)} (known: {', '.join(known_splits)}, all)",
                                 param_hint="--split")
    folder = root or default_tasks_dir()
    known = [p.name for p in family_folders(folder)] if folder.is_dir() else []
    if bad := [f for f in families if f not in known]:
        hint = "; a task id is not a family: pass its family" if any("/" in f for f in bad) else ""
        raise SpecError([f"{folder}: unknown task family {', '.join(bad)} (known: {', '.join(known) or 'none'}){hint}"])


def check_options(owner: str, schema, options: dict[str, str]) -> None:  # noqa: ANN001
    """Validate ``-S`` options against the solver's schema; the error lists every valid key with its type."""
    from pydantic import ValidationError

    try:
        schema.model_validate(options)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or '-S'}: "
                             f"{'unknown option' if e['type'] == 'extra_forbidden' else e['msg']}" for e in exc.errors())
        valid = ", ".join(f"{name} ({_type_name(f.annotation)}, default {f.default!r})"
                          for name, f in schema.model_fields.items())
        raise typer.BadParameter(f"{owner}: {problems}. Valid options: {valid}", param_hint="-S") from None


def _type_name(annotation) -> str:  # noqa: ANN001
    from typing import Literal, get_args, get_origin

    if get_origin(annotation) is Literal:
        return "one of " + "|".join(map(str, get_args(annotation)))
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")


def split_csv(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip()) if value else ()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


@dataclass
class _LineTask:
    description: str
    total: float | None
    completed: float
    started: float
    # The rate is measured from the first step this session makes, not from the start: work that
    # comes in bursts (a chunk of answers generated, then scored) would otherwise count the first
    # burst's wait against one row and put the ETA hours off.
    rate_from: tuple[float, float] | None = None  # (time, completed) at the first step
    printed: float = 0.0  # when its last line was printed (monotonic)
    finished: bool = False


class LineProgress:
    """Progress a log can show. Rich draws its bar only on a terminal; with stderr redirected (CI,
    nohup, a file) each task prints one plain line when it starts, at most every
    ``BENCH_PROGRESS_INTERVAL`` seconds (default 30) while it moves, and when it ends:
    done/total, percent, rate, elapsed and ETA. Same methods as :class:`rich.progress.Progress`
    (``add_task``, ``update``, ``advance``) so callers do not care which one they hold."""

    def __init__(self, sink: Console, interval: float):
        self.sink, self.interval = sink, interval
        self.tasks: dict[int, _LineTask] = {}
        self._lock = threading.Lock()  # rows are scored (and reported) from worker threads

    def __enter__(self) -> "LineProgress":
        return self

    def __exit__(self, *exc: Any) -> None:
        for task in self.tasks.values():
            if not task.finished and task.rate_from is not None:
                self._print(task)

    def add_task(self, description: str, total: float | None = None, completed: float = 0, **_: Any) -> int:
        task_id = len(self.tasks)
        self.tasks[task_id] = task = _LineTask(description, total, completed, time.monotonic())
        self._print(task)
        return task_id

    def update(self, task_id: int, total: float | None = None, completed: float | None = None,
               advance: float | None = None, description: str | None = None, **_: Any) -> None:
        with self._lock:
            self._update(self.tasks[task_id], total, completed, advance, description)

    def _update(self, task: _LineTask, total: float | None, completed: float | None, advance: float | None,
                description: str | None) -> None:
        before, counting = task.completed, task.total is not None  # a call that brings the total sets the baseline
        if total is not None:
            task.total = total
        if completed is not None:
            task.completed = completed
        if advance:
            task.completed += advance
        if task.rate_from is None and counting and task.completed > before:
            task.rate_from = (time.monotonic(), task.completed)
        if description is not None:
            task.description = description
        now = time.monotonic()
        done = task.total is not None and task.completed >= task.total
        if done and not task.finished:
            task.finished = True
            self._print(task)
        elif not done and now - task.printed >= self.interval:
            self._print(task)

    def advance(self, task_id: int, advance: float = 1) -> None:
        self.update(task_id, advance=advance)

    def _print(self, task: _LineTask) -> None:
        now = time.monotonic()
        task.printed = now
        elapsed = now - task.started
        if task.total is None and not task.completed:
            self.sink.print(f"[{time.strftime('%H:%M:%S')}] {task.description}: started", markup=False,
                            highlight=False, soft_wrap=True)
            return
        parts = [f"{task.completed:g}" + (f"/{task.total:g}" if task.total is not None else "")]
        if task.total:
            parts[0] += f" ({100 * task.completed / task.total:.0f}%)"
        rate = None
        if task.rate_from is not None and task.completed > task.rate_from[1] and now > task.rate_from[0]:
            rate = (task.completed - task.rate_from[1]) / (now - task.rate_from[0])
            parts.append(f"{rate * 60:.1f}/min" if rate < 1 else f"{rate:.1f}/s")
        parts.append(f"elapsed {_duration(elapsed)}")
        if rate and task.total is not None and task.completed < task.total:
            parts.append(f"ETA {_duration((task.total - task.completed) / rate)}")
        stamp = time.strftime("%H:%M:%S")
        self.sink.print(f"[{stamp}] {task.description}: {', '.join(parts)}", markup=False, highlight=False,
                        soft_wrap=True)


def progress() -> Progress | LineProgress:
    """A rich bar on a terminal, else plain progress lines (:class:`LineProgress`)."""
    if not console.is_terminal:
        return LineProgress(console, float(os.environ.get("BENCH_PROGRESS_INTERVAL", "30")))
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
    for slice_by in ("split", "change_type"):
        for name, sub in metrics["by"][slice_by].items():
            add(f"{slice_by} = {name}", sub)
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

    table = Table(title="forgetting: updated model against the base model (adapters off, or edits undone)")
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

