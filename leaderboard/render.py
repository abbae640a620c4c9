"""Leaderboard rendering. Reads only the results store (run.json + metrics.json per run).

One row per solver (with its options) x model x evaluated splits x family@version, grouped by family@version
so that only like is compared with like; when a combination was run more than once, the
latest run counts. A run over several families also gets a row in a table of its own family
set ("All of ..."), pooling its tasks: the headline numbers, still comparing like with like.
"""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass
from pathlib import Path

from tabulate import tabulate


@dataclass(frozen=True)
class Row:
    family: str
    version: int
    solver: str
    model: str
    splits: str
    run_id: str
    finished_at: str
    metrics: dict
    seen: dict | None  # pass@1 on test_seen / test_unseen target tasks of this family
    unseen: dict | None
    locality: dict | None
    forgetting: dict  # metrics.json's "forgetting" report; empty for solvers that change no weights
    cost: dict
    pooled: bool = False  # a row over all of a run's families rather than one

    @property
    def group(self) -> str:
        return f"{self.family}@{self.version}" if not self.pooled else f"All of {self.family}"


def _is_run(folder: Path) -> bool:
    return (folder / "run.json").is_file() and (folder / "metrics.json").is_file()


def collect_runs(paths: list[Path]) -> list[Row]:
    folders: list[Path] = []
    for path in paths:
        if _is_run(path):
            folders.append(path)
        elif path.is_dir():
            folders += sorted(p for p in path.iterdir() if _is_run(p))
    latest: dict[tuple, Row] = {}

    def keep_latest(row: Row) -> None:
        key = (row.group, row.solver, row.model, row.splits)
        if key not in latest or latest[key].finished_at < row.finished_at:
            latest[key] = row

    for folder in folders:
        info = json.loads((folder / "run.json").read_text())
        metrics = json.loads((folder / "metrics.json").read_text())
        forgetting = metrics.get("forgetting") or {}
        splits = ",".join(metrics.get("splits") or info.get("config", {}).get("splits") or []) or "-"
        if info.get("config", {}).get("limit"):
            # A sampled run is a different task set: it neither replaces nor is replaced by a full one.
            splits += f" (limit {info['config']['limit']})"
        common = dict(solver=_solver_label(metrics["solver"], info), model=metrics.get("model") or "-", splits=splits,
                      run_id=metrics["run_id"], finished_at=info.get("finished_at", ""),
                      forgetting=forgetting,
                      cost=metrics.get("cost", {}))
        families = sorted(info.get("families", {}).items())
        for family, version in families:
            fam_metrics = metrics["by"]["family"].get(family)
            if fam_metrics is None:
                continue
            keep_latest(Row(family=family, version=version, metrics=fam_metrics,
                            seen=_split_pass(metrics, family, "test_seen"), unseen=_split_pass(metrics, family, "test_unseen"),
                            locality=metrics.get("locality_by_family", {}).get(family), **common))
        if len(families) > 1:
            split = metrics["by"].get("split", {})
            keep_latest(Row(family=", ".join(f"{f}@{v}" for f, v in families), version=0, metrics=metrics["overall"],
                            seen=(split.get("test_seen") or {}).get("pass@1"),
                            unseen=(split.get("test_unseen") or {}).get("pass@1"), locality=metrics.get("locality"),
                            pooled=True, **common))
    # Pooled tables first, the widest family set first; then families alphabetically; best pass@1 on top.
    return sorted(latest.values(), key=lambda r: (not r.pooled, -r.family.count(",") if r.pooled else 0, r.family,
                                                  r.version, -_mean(r.metrics.get("pass@1")), r.solver))


def _solver_label(solver: str, info: dict) -> str:
    # Options are part of what was run: prompt with strategy=cot is a different row from strategy=basic.
    options = (info.get("config") or {}).get("options") or {}
    return solver + "".join(f" {k}={v}" for k, v in sorted(options.items()))


def _split_pass(metrics: dict, family: str, split: str) -> dict | None:
    return (metrics["by"].get("family_split", {}).get(f"{family}/{split}") or {}).get("pass@1")


def _mean(summary: dict | None) -> float:
    return summary["mean"] if summary else -1.0


def percent(summary: dict | None, ci: bool = False) -> str:
    if not summary:
        return "-"
    text = f"{100 * summary['mean']:.1f}"
    return text + f" ({100 * summary['ci_low']:.0f}–{100 * summary['ci_high']:.0f})" if ci else text


def signed(summary: dict | None, scale: float, digits: int, ci: bool = False) -> str:
    """A difference (updated minus base), with its sign; with ``ci``, its 95% interval."""
    if not summary:
        return "-"
    text = f"{scale * summary['mean']:+.{digits}f}"
    if ci and "ci_low" in summary:
        text += f" ({scale * summary['ci_low']:+.{digits}f}…{scale * summary['ci_high']:+.{digits}f})"
    return text


FORGETTING_HEADERS = ["Δ HumanEval pass@1 % (95% CI)", "Δ bits/byte (95% CI)", "Δ bits/byte, HumanEval code (95% CI)"]


def forgetting_cells(forgetting: dict | None) -> list[str]:
    """The forgetting deltas of a run's report with their intervals; bits per byte moves in the fourth
    decimal. The last is general code only, without the keep tasks' code from the training domain."""
    forgetting = forgetting or {}
    general = (forgetting.get("bpb_by_source") or {}).get("humaneval") or {}
    return [signed(forgetting.get("humaneval_delta"), 100, 1, ci=True), signed(forgetting.get("bpb_delta"), 1, 4, ci=True),
            signed(general.get("delta"), 1, 4, ci=True)]


HEADERS = ["solver", "model", "splits", "tasks", "pass@1 % (95% CI)", "seen %", "unseen %", "exec %", "api %", "upass %", "locality %",
           *FORGETTING_HEADERS, "fit s", "solve s", "run"]


def _cells(row: Row) -> list:
    return [row.solver, row.model, row.splits, row.metrics["tasks"], percent(row.metrics.get("pass@1"), ci=True),
            percent(row.seen), percent(row.unseen), percent(row.metrics.get("exec")), percent(row.metrics.get("api")), percent(row.metrics.get("upass")),
            percent(row.locality), *forgetting_cells(row.forgetting), row.cost.get("fit_s", "-"), row.cost.get("solve_s", "-"),
            f"`{row.run_id}`"]


def _groups(rows: list[Row]) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    return groups


def render_markdown(rows: list[Row]) -> str:
    lines = ["# Leaderboard", "",
             "Generated by `bench leaderboard`. Each table compares only runs over the same task family versions:",
             "first the runs over several families, pooled (\"All of ...\"), then one table per family.",
             "pass@1, exec, api and upass are over target tasks (migrate/complete/synthetic) of the evaluated splits;",
             "seen/unseen: pass@1 on test_seen (changes also in train) and test_unseen (changes absent from train);",
             "locality is the share of keep tasks still passing. See docs/metrics.md.", ""]
    for group, members in _groups(rows).items():
        lines += [f"## {group}", "", tabulate([_cells(r) for r in members], headers=HEADERS, tablefmt="github"), ""]
    return "\n".join(lines)


def _plot(rows: list[Row]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.5, 4.5))
    for row in [r for r in rows if not r.pooled]:
        humaneval = row.forgetting.get("humaneval_delta")
        x = 100 * humaneval["mean"] if humaneval else (100 * row.locality["mean"] if row.locality else 0.0)
        y = 100 * _mean(row.metrics.get("pass@1"))
        ax.scatter([x], [y])
        ax.annotate(f"{row.solver}/{row.model} ({row.family})", (x, y), fontsize=7, xytext=(3, 3),
                    textcoords="offset points")
    has_forgetting = any(r.forgetting.get("humaneval_delta") for r in rows)
    ax.set_xlabel("Δ HumanEval pass@1 (forgetting), %" if has_forgetting else "locality (keep tasks passing), %")
    ax.set_ylabel("pass@1 on target tasks, %")
    ax.set_title("Update accuracy against its cost")
    ax.grid(alpha=0.3)
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=120)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def render_html(rows: list[Row], path: Path) -> None:
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>api-update-bench leaderboard</title>",
             "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}</style></head><body>",
             "<h1>api-update-bench leaderboard</h1>",
             f"<img alt='pass@1 against forgetting or locality' src='data:image/png;base64,{_plot(rows)}'>"]
    for group, members in _groups(rows).items():
        parts += [f"<h2>{group}</h2>", tabulate([_cells(r) for r in members], headers=HEADERS, tablefmt="html")]
    parts.append("</body></html>")
    path.write_text("\n".join(parts))
