"""Leaderboard rendering. Reads only the results store (run.json + metrics.json per run).

One row per solver (with its options) x model x evaluated splits x family@version, grouped by family@version
so that only like is compared with like; when a combination was run more than once, the
latest run counts. A run over several families also gets a row in a table of its own family
set ("All of ..."), pooling its tasks: the headline numbers, still comparing like with like.
"""

from __future__ import annotations

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
    runnable: dict | None = None  # {"tasks": scored, "of": selected, "left_out": {reason: count}}
    # grpo: the reward per training step, run.json's fit facts "reward_history" ({"step", "mean", "std", ...})
    reward_curve: tuple = ()
    # rome/memit/alphaedit: metrics.json's "editing" (efficacy, generalisation, specificity, base and edited)
    editing: dict | None = None

    @property
    def group(self) -> str:
        return f"{self.family}@{self.version}" if not self.pooled else f"All of {self.family}"


def _is_run(folder: Path) -> bool:
    return (folder / "run.json").is_file() and (folder / "metrics.json").is_file()


def _started_runs(paths: list[Path]) -> list[Path]:
    """Run folders (finished or not) among ``paths``: each a run folder or a folder of runs."""
    folders: list[Path] = []
    for path in paths:
        if (path / "run.json").is_file():
            folders.append(path)
        elif path.is_dir():
            folders += sorted(p for p in path.iterdir() if (p / "run.json").is_file())
    return folders


def unfinished_runs(paths: list[Path]) -> list[str]:
    """The runs left off the leaderboard (no metrics yet: killed or still running), each with how
    far it got and how to finish it."""
    notes = []
    for folder in _started_runs(paths):
        if _is_run(folder):
            continue
        info = json.loads((folder / "run.json").read_text())
        total = len(info.get("task_hashes", {})) * int((info.get("config") or {}).get("samples", 1))
        samples = folder / "samples.jsonl"
        scored = len({(r["task"], r["sample"]) for r in map(json.loads, filter(str.strip, samples.read_text().splitlines()))
                      if r.get("status") != "infra"}) if samples.is_file() else 0
        notes.append(f"{folder.name}: unfinished, {scored} of {total} rows scored (bench run --resume {folder.name} "
                     f"--out {folder.parent})")
    return notes


def collect_runs(paths: list[Path]) -> list[Row]:
    folders = [f for f in _started_runs(paths) if _is_run(f)]
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
        common = dict(solver=_solver_label(metrics["solver"], info), model=_model_label(metrics, info), splits=splits,
                      run_id=metrics["run_id"], finished_at=info.get("finished_at", ""),
                      forgetting=forgetting,
                      cost=metrics.get("cost", {}),
                      reward_curve=tuple((info.get("fit") or {}).get("reward_history") or ()),
                      editing=metrics.get("editing"))
        families = sorted(info.get("families", {}).items())
        for family, version in families:
            fam_metrics = metrics["by"]["family"].get(family)
            if fam_metrics is None:
                continue
            keep_latest(Row(family=family, version=version, metrics=fam_metrics,
                            runnable=(metrics.get("runnable_by_family") or {}).get(family),
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
                            pooled=True, runnable=metrics.get("runnable"), **common))
    # Pooled tables first, the widest family set first; then families alphabetically; best fix@1 on top
    # (pass@1 breaks ties: it is the secondary column).
    return sorted(latest.values(), key=lambda r: (not r.pooled, -r.family.count(",") if r.pooled else 0, r.family,
                                                  r.version, -_mean(r.metrics.get("fix@1")),
                                                  -_mean(r.metrics.get("pass@1")), r.solver))


def _solver_label(solver: str, info: dict) -> str:
    # Options are part of what was run: prompt with strategy=cot is a different row from strategy=basic.
    options = (info.get("config") or {}).get("options") or {}
    return solver + "".join(f" {k}={v}" for k, v in sorted(options.items()))


def _model_label(metrics: dict, info: dict) -> str:
    """The model, and the engine that generated when it was not the transformers reference: an
    engine with other numerics (int8) is another configuration, never the same row."""
    model = metrics.get("model") or "-"
    backend = (info.get("config") or {}).get("backend") or (metrics.get("cost") or {}).get("backend")
    if model == "-" or backend in (None, "transformers", "openai"):  # openai: the model name says it
        return model
    compute = (metrics.get("cost") or {}).get("compute_type")
    return f"{model} ({backend}{' ' + compute if compute else ''})"


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


EDIT_HEADERS = ["solver", "model", "splits", "edits", "efficacy % (base → edited)", "generalisation %",
                "specificity %", "edit s", "run"]


def _shift(summary: dict | None) -> str:
    if not summary or summary.get("edited") is None:
        return "-"
    base = f"{100 * summary['base']:.1f}" if summary.get("base") is not None else "-"
    return f"{base} → {100 * summary['edited']:.1f} (n={summary['n']})"


def editing_table(members: list[Row], fmt: str) -> str | None:
    """The per-edit metrics of the model-editing runs of a group (docs/metrics.md), or None without any."""
    runs = [r for r in members if r.editing]
    if not runs:
        return None
    body = [[r.solver, r.model, r.splits, r.editing.get("edits", "-"), _shift(r.editing.get("efficacy")),
             _shift(r.editing.get("generalisation")), _shift(r.editing.get("specificity")),
             r.cost.get("edit_s", "-"), r.run_id if fmt == "html" else f"`{r.run_id}`"] for r in runs]
    return tabulate(body, headers=EDIT_HEADERS, tablefmt=fmt, disable_numparse=True)


def _groups(rows: list[Row]) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    return groups


def runnable_notes(members: list[Row]) -> list[str]:
    """For runs that could not score every task they selected: how many they did, and why not the rest."""
    notes = []
    for r in members:
        if r.runnable and r.runnable["tasks"] < r.runnable["of"]:
            why = ", ".join(f"{n} {reason}" for reason, n in sorted(r.runnable["left_out"].items()))
            notes.append(f"`{r.run_id}`: {r.runnable['tasks']} of {r.runnable['of']} tasks runnable here "
                         f"(left out: {why}); its scores are over the runnable tasks.")
    return notes


def render_markdown(rows: list[Row]) -> str:
    lines = ["# Leaderboard", "", *INTRO]
    for group, members in _groups(rows).items():
        lines += [f"## {group}", "", tabulate([_cells(r) for r in members], headers=HEADERS, tablefmt="github", disable_numparse=True), ""]
        if notes := runnable_notes(members):
            lines += [*(f"- {n}" for n in notes), ""]
        lines += ["fix@1 % per change type:", "", _change_type_table(members, "github"), ""]
        if (edits := editing_table(members, "github")) is not None:
            lines += ["Model editing, per edit request (the target preferred to the old API on the edit prompt, on",
                      "paraphrases; neighbourhood continuations kept):", "", edits, ""]
    return "\n".join(lines)
