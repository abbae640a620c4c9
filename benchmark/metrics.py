"""Aggregate sample rows into metrics with 95% confidence intervals.

Each metric is first computed per task (the mean over its samples; pass@k with the unbiased
estimator of Chen et al. 2021), then averaged over tasks. Intervals: Wilson score for
0/1 per-task values (one sample per task), otherwise a seeded percentile bootstrap over tasks.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterable

from benchmark.results import SampleRecord

Z95 = 1.959963984540054


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


def bootstrap(values: list[float], rounds: int = 2000, seed: int = 0) -> tuple[float, float]:
    if not values:
        return (0.0, 0.0)
    rng = random.Random(seed)
    n = len(values)
    means = sorted(sum(rng.choice(values) for _ in range(n)) / n for _ in range(rounds))
    return (means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1])


def summarize(values: list[float]) -> dict[str, float | int] | None:
    if not values:
        return None
    mean = sum(values) / len(values)
    binary = all(v in (0.0, 1.0) for v in values)
    low, high = wilson(sum(values), len(values)) if binary else bootstrap(values)
    return {"mean": round(mean, 4), "ci_low": round(low, 4), "ci_high": round(high, 4), "n": len(values)}


def _per_task(rows: Iterable[SampleRecord], value: Callable[[list[SampleRecord]], float | None]) -> list[float]:
    by_task: dict[str, list[SampleRecord]] = defaultdict(list)
    for row in rows:
        by_task[row.task].append(row)
    out = []
    for samples in by_task.values():
        v = value(samples)
        if v is not None:
            out.append(float(v))
    return out


def _mean(samples: list[SampleRecord], attr: str) -> float | None:
    vals = [getattr(s, attr) for s in samples if getattr(s, attr) is not None]
    return sum(map(float, vals)) / len(vals) if vals else None


def _core(rows: list[SampleRecord], ks: Iterable[int]) -> dict:
    scored = [r for r in rows if r.status != "infra"]
    out: dict = {
        "tasks": len({r.task for r in scored}),
        "samples": len(scored),
        "pass@1": summarize(_per_task(scored, lambda s: pass_at_k(len(s), sum(r.passed for r in s), 1))),
        "exec": summarize(_per_task(scored, lambda s: _mean(s, "exec"))),
        "api": summarize(_per_task(scored, lambda s: _mean(s, "api"))),
        "upass": summarize(_per_task(scored, lambda s: _mean(s, "upass"))),
    }
    for k in ks:
        if k > 1:
            out[f"pass@{k}"] = summarize(
                _per_task(scored, lambda s, k=k: pass_at_k(len(s), sum(r.passed for r in s), k) if len(s) >= k else None)
            )
    return out


def aggregate(rows: list[SampleRecord], samples: int = 1) -> dict:
    """Headline numbers over target tasks, locality over keep tasks, and breakdowns."""
    ks = sorted({1, *(k for k in (5, 10) if k <= samples), samples})
    target = [r for r in rows if r.kind != "keep"]
    keep = [r for r in rows if r.kind == "keep"]
    metrics = {
        "overall": _core(target, ks),
        "locality": summarize(_per_task([r for r in keep if r.status != "infra"], lambda s: _mean(s, "passed"))),
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
        name: summarize(_per_task(group, lambda s: _mean(s, "passed"))) for name, group in sorted(keep_groups.items())
    }
    statuses: dict[str, int] = defaultdict(int)
    for r in rows:
        statuses[r.status] += 1
    metrics["statuses"] = dict(sorted(statuses.items()))
    return metrics
