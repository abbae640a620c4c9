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
    seen: dict | None  # fix@1 on test_seen / test_unseen target tasks of this family
    unseen: dict | None
    locality: dict | None
    net: dict | None  # (target tasks fixed - keep tasks broken) / target tasks
    by_change_type: dict  # change type -> core metrics
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
                            seen=_split_fix(metrics, family, "test_seen"), unseen=_split_fix(metrics, family, "test_unseen"),
                            locality=metrics.get("locality_by_family", {}).get(family),
                            net=(metrics.get("net_by_family") or {}).get(family),
                            by_change_type=(metrics["by"].get("family_change_type") or {}).get(family, {}), **common))
        if len(families) > 1:
            split = metrics["by"].get("split", {})
            keep_latest(Row(family=", ".join(f"{f}@{v}" for f, v in families), version=0, metrics=metrics["overall"],
                            seen=(split.get("test_seen") or {}).get("fix@1"),
                            unseen=(split.get("test_unseen") or {}).get("fix@1"), locality=metrics.get("locality"),
                            net=metrics.get("net"), by_change_type=metrics["by"].get("change_type", {}),
                            pooled=True, **common))
    # Pooled tables first, the widest family set first; then families alphabetically; best fix@1 on top
    # (pass@1 breaks ties: it is the secondary column).
    return sorted(latest.values(), key=lambda r: (not r.pooled, -r.family.count(",") if r.pooled else 0, r.family,
                                                  r.version, -_mean(r.metrics.get("fix@1")),
                                                  -_mean(r.metrics.get("pass@1")), r.solver))


def _solver_label(solver: str, info: dict) -> str:
    # Options are part of what was run: prompt with strategy=cot is a different row from strategy=basic.
    options = (info.get("config") or {}).get("options") or {}
    return solver + "".join(f" {k}={v}" for k, v in sorted(options.items()))


def _split_fix(metrics: dict, family: str, split: str) -> dict | None:
    return (metrics["by"].get("family_split", {}).get(f"{family}/{split}") or {}).get("fix@1")


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


HEADERS = ["solver", "model", "splits", "tasks", "fix@1 % (95% CI)", "seen fix@1 %", "unseen fix@1 %",
           "net %", "locality %", "pass@1 % (tests only)", "exec %", "api %", "upass % (n)",
           *FORGETTING_HEADERS, "fit s", "solve s", "run"]


def _with_n(summary: dict | None) -> str:
    return f"{percent(summary)} ({summary['n']})" if summary else "-"


def _cells(row: Row) -> list:
    m = row.metrics
    return [row.solver, row.model, row.splits, m["tasks"], percent(m.get("fix@1"), ci=True), percent(row.seen),
            percent(row.unseen), percent(row.net), percent(row.locality), percent(m.get("pass@1")),
            percent(m.get("exec")), percent(m.get("api")), _with_n(m.get("upass")),
            *forgetting_cells(row.forgetting), row.cost.get("fit_s", "-"), row.cost.get("solve_s", "-"),
            f"`{row.run_id}`"]


def _change_type_table(members: list[Row], fmt: str) -> str:
    """fix@1 per change type: which kinds of update a solver handles (a rename is not a semantic change)."""
    types = sorted({t for r in members for t in r.by_change_type})
    headers = ["solver", "model", "splits", *(f"{t} (n={_n_of(members, t)})" for t in types)]
    body = [[r.solver, r.model, r.splits, *(percent((r.by_change_type.get(t) or {}).get("fix@1")) for t in types)]
            for r in members]
    return tabulate(body, headers=headers, tablefmt=fmt, disable_numparse=True)


def _n_of(members: list[Row], change_type: str) -> int:
    return max(((r.by_change_type.get(change_type) or {}).get("tasks", 0) for r in members), default=0)


INTRO = [
    "**fix@1 is the headline**: a target task is fixed when its hidden tests pass *and* its API check holds *and*",
    "the candidate raises no deprecation warning, so returning the input unchanged scores 0 and the reference 100.",
    "pass@1 (tests only) is secondary: old code that still runs with a warning passes it, so it rewards restraint.",
    "",
    "Generated by `bench leaderboard`. Each table compares only runs over the same task family versions: first the",
    "runs over several families, pooled (\"All of ...\"), then one table per family. fix@1 intervals are 95%",
    "bootstrap intervals that resample API changes (tasks of one change are not independent). seen/unseen: fix@1 on",
    "test_seen (changes also in train) and test_unseen (changes absent from train). net: target tasks fixed minus",
    "keep tasks broken, over target tasks (0 for doing nothing). locality: keep tasks still passing. upass is",
    "defined only where the new API did not exist in the old version; its n says on how many tasks. Imported",
    "families count their upstream notion of success as fixed. See docs/metrics.md.",
    "",
]


def _groups(rows: list[Row]) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    return groups


def render_markdown(rows: list[Row]) -> str:
    lines = ["# Leaderboard", "", *INTRO]
    for group, members in _groups(rows).items():
        lines += [f"## {group}", "", tabulate([_cells(r) for r in members], headers=HEADERS, tablefmt="github", disable_numparse=True), "",
                  "fix@1 % per change type:", "", _change_type_table(members, "github"), ""]
    return "\n".join(lines)


def _plot(rows: list[Row]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.5, 4.5))
    # One point per run on the widest pooled suite (per-family points would repeat every run).
    groups = _groups(rows)
    members = next(iter(groups.values()), [])
    for row in members:
        x = 100 * row.locality["mean"] if row.locality else 0.0
        y = 100 * _mean(row.metrics.get("fix@1"))
        ax.scatter([x], [y])
        ax.annotate(row.solver, (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
    ax.set_xlabel("locality (keep tasks still passing), %")
    ax.set_ylabel("fix@1 on target tasks, %")
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
             *(f"<p>{line}</p>" for line in INTRO[:3]),
             f"<img alt='fix@1 against locality' src='data:image/png;base64,{_plot(rows)}'>"]
    for group, members in _groups(rows).items():
        parts += [f"<h2>{group}</h2>", tabulate([_cells(r) for r in members], headers=HEADERS, tablefmt="html"),
                  "<h3>fix@1 % per change type</h3>", _change_type_table(members, "html")]
    parts.append("</body></html>")
    path.write_text("\n".join(parts))
