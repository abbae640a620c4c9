"""Aggregate sample rows into metrics with 95% confidence intervals.

Each metric is first computed per task (the mean over its samples; fix@k and pass@k with the
unbiased estimator of Chen et al. 2021), then averaged over tasks. Intervals: a seeded
percentile bootstrap that resamples *changes*, not tasks: the tasks of one API change share
the change's difficulty and are not independent, so resampling them one by one understates the
spread. Every summary carries its n (tasks) and the number of changes it was clustered over.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable

import numpy as np

from benchmark.results import SampleRecord

Z95 = 1.959963984540054
ROUNDS = 2000


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased estimator 1 - C(n-c, k) / C(n, k)."""
    if n - c < k:
        return 1.0
    return 1.0 - math.prod(1.0 - k / i for i in range(n - c + 1, n + 1))


def wilson(successes: float, n: int) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = successes / n
    denom = 1 + Z95**2 / n
    centre = (p + Z95**2 / (2 * n)) / denom
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def bootstrap(values: list[float], clusters: list[str] | None = None, rounds: int = ROUNDS,
              seed: int = 0, weights: list[float] | None = None) -> tuple[float, float]:
    """Percentile interval of the mean; with ``clusters``, whole clusters are resampled (the
    mean of a resample is its total over its task count, so clusters of unequal size weigh right).
    ``weights`` set what each value adds to that count (default 1)."""
    if not values:
        return (0.0, 0.0)
    labels = clusters if clusters is not None else [str(i) for i in range(len(values))]
    sums: dict[str, float] = defaultdict(float)
    counts: dict[str, float] = defaultdict(float)
    for value, label, weight in zip(values, labels, weights or [1.0] * len(values), strict=True):
        sums[label] += value
        counts[label] += weight
    total = np.array(list(sums.values()))
    size = np.array([counts[k] for k in sums], dtype=float)
    picks = np.random.default_rng(seed).integers(0, len(total), size=(rounds, len(total)))
    denominators = size[picks].sum(axis=1)
    means = np.sort(np.divide(total[picks].sum(axis=1), denominators, out=np.zeros(rounds), where=denominators > 0))
    return (float(means[int(0.025 * rounds)]), float(means[int(0.975 * rounds) - 1]))


def summarize(values: list[float], clusters: list[str] | None = None) -> dict[str, float | int] | None:
    if not values:
        return None
    mean = sum(values) / len(values)
    low, high = bootstrap(values, clusters)
    out: dict[str, float | int] = {"mean": round(mean, 4), "ci_low": round(low, 4), "ci_high": round(high, 4),
                                   "n": len(values)}
    if clusters is not None:
        out["clusters"] = len(set(clusters))
    return out


def change_of(row: SampleRecord) -> str:
    return f"{row.family}/{row.change_id}"


def _per_task(rows: Iterable[SampleRecord], value: Callable[[list[SampleRecord]], float | None]) -> dict | None:
    """Summary of ``value`` over tasks, clustered by the task's change."""
    by_task: dict[str, list[SampleRecord]] = defaultdict(list)
    for row in rows:
        by_task[row.task].append(row)
    values, clusters = [], []
    for samples in by_task.values():
        v = value(samples)
        if v is not None:
            values.append(float(v))
            clusters.append(change_of(samples[0]))
    return summarize(values, clusters)


def _mean(samples: list[SampleRecord], attr: str) -> float | None:
    vals = [getattr(s, attr) for s in samples if getattr(s, attr) is not None]
    return sum(map(float, vals)) / len(vals) if vals else None


def _at_k(samples: list[SampleRecord], attr: str, k: int) -> float | None:
    scored = [s for s in samples if getattr(s, attr) is not None]
    if len(scored) < k:
        return None
    return pass_at_k(len(scored), sum(bool(getattr(s, attr)) for s in scored), k)


def _core(rows: list[SampleRecord], ks: Iterable[int]) -> dict:
    scored = [r for r in rows if r.status != "infra"]
    out: dict = {
        "tasks": len({r.task for r in scored}),
        "samples": len(scored),
        "fix@1": _per_task(scored, lambda s: _at_k(s, "fixed", 1)),
        "pass@1": _per_task(scored, lambda s: _at_k(s, "passed", 1)),
        "exec": _per_task(scored, lambda s: _mean(s, "exec")),
        "api": _per_task(scored, lambda s: _mean(s, "api")),
        # Defined only where the new API did not exist in the old version: its n says on how many.
        "upass": _per_task(scored, lambda s: _mean(s, "upass")),
    }
    for k in ks:
        if k > 1:
            out[f"fix@{k}"] = _per_task(scored, lambda s, k=k: _at_k(s, "fixed", k))
            out[f"pass@{k}"] = _per_task(scored, lambda s, k=k: _at_k(s, "passed", k))
    return out


def net(target: list[SampleRecord], keep: list[SampleRecord]) -> dict | None:
    """(target tasks fixed - keep tasks broken) / target tasks, samples averaged per task.

    Zero for doing nothing, 1 for the reference; a solver that "fixes" by rewriting everything
    pays for every keep task it breaks. Clustered by change like the rest."""
    values: list[float] = []
    clusters: list[str] = []
    weights: list[float] = []
    for rows, is_target in ((target, True), (keep, False)):
        by_task: dict[str, list[SampleRecord]] = defaultdict(list)
        for r in rows:
            if r.status != "infra":
                by_task[r.task].append(r)
        for samples in by_task.values():
            share = _mean(samples, "fixed" if is_target else "passed")
            if share is None:
                continue
            # A target task adds what was fixed; a keep task subtracts what was broken and is
            # not counted in the denominator.
            values.append(share if is_target else share - 1.0)
            weights.append(1.0 if is_target else 0.0)
            clusters.append(change_of(samples[0]))
    n_target = int(sum(weights))
    if not n_target:
        return None
    low, high = bootstrap(values, clusters, weights=weights)
    return {"mean": round(sum(values) / n_target, 4), "ci_low": round(low, 4), "ci_high": round(high, 4),
            "n": n_target, "keep_n": len(values) - n_target, "clusters": len(set(clusters))}


def aggregate(rows: list[SampleRecord], samples: int = 1) -> dict:
    """Headline numbers over target tasks, locality over keep tasks, and breakdowns."""
    ks = sorted({1, *(k for k in (5, 10) if k <= samples), samples})
    target = [r for r in rows if r.kind != "keep"]
    keep = [r for r in rows if r.kind == "keep"]
    metrics = {
        "overall": _core(target, ks),
        "locality": _per_task([r for r in keep if r.status != "infra"], lambda s: _mean(s, "passed")),
        "net": net(target, keep),
        "infra_rows": sum(r.status == "infra" for r in rows),
        "non_deprecation_migrate": _core([r for r in target if r.kind == "migrate" and not r.deprecation], [1]),
        "by": {},
    }
    slices: dict[str, Callable[[SampleRecord], str]] = {
        field: (lambda r, f=field: getattr(r, f)) for field in ("kind", "split", "library", "change_type", "family")}
    # Seen vs unseen per family: the comparison that separates recalling a mapping from updating.
    slices["family_split"] = lambda r: f"{r.family}/{r.split}"
    for name, key in slices.items():
        groups: dict[str, list[SampleRecord]] = defaultdict(list)
        for r in target:
            groups[key(r)].append(r)
        metrics["by"][name] = {value: _core(group, [1]) for value, group in sorted(groups.items())}
    per_family: dict[str, dict[str, list[SampleRecord]]] = defaultdict(lambda: defaultdict(list))
    for r in target:
        per_family[r.family][r.change_type].append(r)
    metrics["by"]["family_change_type"] = {
        family: {ctype: _core(group, [1]) for ctype, group in sorted(types.items())}
        for family, types in sorted(per_family.items())}
    tiers: dict[str, list[SampleRecord]] = defaultdict(list)
    for r in target:
        if "tier" in r.solver_meta:
            tiers[str(r.solver_meta["tier"])].append(r)
    if tiers:  # e.g. hybrid: share of tasks per tier and pass rate within it
        n = len({r.task for r in target})
        metrics["by"]["tier"] = {name: {**_core(group, [1]), "share": round(len({r.task for r in group}) / n, 4)}
                                 for name, group in sorted(tiers.items())}
    keep_groups: dict[str, list[SampleRecord]] = defaultdict(list)
    for r in keep:
        if r.status != "infra":
            keep_groups[r.family].append(r)
    metrics["locality_by_family"] = {
        name: _per_task(group, lambda s: _mean(s, "passed")) for name, group in sorted(keep_groups.items())
    }
    target_groups: dict[str, list[SampleRecord]] = defaultdict(list)
    for r in target:
        target_groups[r.family].append(r)
    metrics["net_by_family"] = {name: net(group, keep_groups.get(name, []))
                                for name, group in sorted(target_groups.items())}
    statuses: dict[str, int] = defaultdict(int)
    for r in rows:
        statuses[r.status] += 1
    metrics["statuses"] = dict(sorted(statuses.items()))
    return metrics
