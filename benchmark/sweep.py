"""Sweeps: one run per value of one solver option, all else equal, compared in one table.

Every point is an ordinary run folder (``<name>-<value>``), so a sweep is resumable the way a
run is: a finished point is reused, a killed one is resumed, and the leaderboard shows each
point as its own row. A point whose folder holds a run of another configuration is refused
rather than mixed in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from tabulate import tabulate

from benchmark.runner import RunConfig
from leaderboard.render import FORGETTING_HEADERS, forgetting_cells, percent


class PointState(str, Enum):
    new = "new"
    partial = "partial"  # folder exists, no metrics yet: resume it
    done = "done"


@dataclass(frozen=True)
class SweepPoint:
    value: str
    run_id: str
    config: RunConfig


class SweepError(ValueError):
    """A sweep that cannot run as asked (bad values, or a folder holding a different run)."""


def _slug(value: str) -> str:
    # "top:1/3" -> "top-1_3", "0-3,10" -> "0-3_10": readable, and safe as a folder name.
    return re.sub(r"[^A-Za-z0-9.\-]+", "_", value.replace(":", "-")).strip("_") or "empty"


def sweep_points(base: RunConfig, key: str, values: list[str], name: str) -> list[SweepPoint]:
    """One run configuration per value of option ``key``; the other options stay as in ``base``."""
    if not values:
        raise SweepError(f"no values given for {key}")
    if len(set(values)) != len(values):
        raise SweepError(f"{key}: a value is given twice")
    if key in base.options:
        raise SweepError(f"{key} is both swept and fixed with -S; drop the -S {key}=...")
    points: list[SweepPoint] = []
    ids: set[str] = set()
    for value in values:
        run_id = f"{name}-{_slug(value)}"
        if run_id in ids:
            raise SweepError(f"{key}: values {values} give the same folder name {run_id}; rename them")
        ids.add(run_id)
        points.append(SweepPoint(value, run_id, base.model_copy(update={"options": {**base.options, key: value}})))
    return points


def point_state(out: Path, point: SweepPoint) -> PointState:
    folder = out / point.run_id
    if not (folder / "run.json").is_file():
        return PointState.new
    stored = RunConfig.model_validate(json.loads((folder / "run.json").read_text())["config"])
    # How a run is executed (sandbox backend, workers) does not change what it measures.
    same = {"sandbox": point.config.sandbox, "workers": point.config.workers}
    if stored.model_copy(update=same) != point.config:
        raise SweepError(f"{folder} holds a run of another configuration ({stored.solver} "
                         f"{stored.options}, model {stored.model}, limit {stored.limit}); "
                         "choose another --name or --out")
    return PointState.done if (folder / "metrics.json").is_file() else PointState.partial


SWEEP_HEADERS = ["fix@1 % (95% CI)", "seen fix@1 %", "unseen fix@1 %", "locality %", "pass@1 % (tests only)",
                 *FORGETTING_HEADERS,
                 "adapted layers", "trainable params", "fit s", "run"]


def sweep_rows(out: Path, key: str, points: list[SweepPoint]) -> tuple[list[str], list[list]]:
    """The comparison table of a sweep's finished points, read from their metrics.json."""
    rows = []
    for point in points:
        path = out / point.run_id / "metrics.json"
        if not path.is_file():
            continue
        m = json.loads(path.read_text())
        split = m["by"].get("split", {})
        cost = m.get("cost", {})
        rows.append([point.value, percent(m["overall"].get("fix@1"), ci=True),
                     percent((split.get("test_seen") or {}).get("fix@1")),
                     percent((split.get("test_unseen") or {}).get("fix@1")), percent(m.get("locality")),
                     percent(m["overall"]["pass@1"]),
                     *forgetting_cells(m.get("forgetting")), cost.get("layers", "-"),
                     f"{cost['trainable_params']:,}" if "trainable_params" in cost else "-",
                     cost.get("fit_s", "-"), f"`{point.run_id}`"])
    return [key, *SWEEP_HEADERS], rows


def render_sweep(out: Path, key: str, points: list[SweepPoint]) -> str:
    headers, rows = sweep_rows(out, key, points)
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)  # keep the signs of deltas
