from __future__ import annotations

import math

import pytest

from benchmark.metrics import aggregate, bootstrap, pass_at_k, wilson
from benchmark.results import SampleRecord


def test_pass_at_k_unbiased_estimator():
    assert pass_at_k(1, 1, 1) == 1.0 and pass_at_k(1, 0, 1) == 0.0
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3)
    # 1 - C(7,5)/C(10,5) = 1 - 21/252
    assert pass_at_k(10, 3, 5) == pytest.approx(1 - math.comb(7, 5) / math.comb(10, 5))
    assert pass_at_k(5, 4, 2) == 1.0


def test_wilson_interval():
    low, high = wilson(0, 10)
    assert low == 0.0 and high == pytest.approx(0.2775, abs=1e-3)
    low, high = wilson(5, 10)
    assert low == pytest.approx(0.2366, abs=1e-3) and high == pytest.approx(0.7634, abs=1e-3)


def test_bootstrap_is_seeded_and_brackets_mean():
    values = [0.0, 0.5, 1.0, 0.25, 0.75]
    assert bootstrap(values) == bootstrap(values)
    low, high = bootstrap(values)
    assert low <= 0.5 <= high


def _row(task: str, sample: int, passed: bool, kind: str = "migrate", status: str | None = None, **kw) -> SampleRecord:
    base = dict(task=task, family="f", family_version=1, task_hash="h", library="lib", kind=kind, split="test_seen",
                change_id="c", change_type="removed", deprecation=False, sample=sample, candidate="",
                status=status or ("pass" if passed else "fail"), exec=True, passed=passed, api=passed)
    base.update(kw)
    return SampleRecord(**base)


def test_aggregate_separates_target_keep_and_infra():
    rows = [_row("f/a", 0, True), _row("f/a", 1, False), _row("f/b", 0, False), _row("f/b", 1, False),
            _row("f/k", 0, True, kind="keep"), _row("f/k", 1, True, kind="keep"),
            _row("f/c", 0, False, status="infra"), _row("f/c", 1, False, status="infra")]
    m = aggregate(rows, samples=2)
    assert m["overall"]["tasks"] == 2  # infra-only task excluded
    assert m["overall"]["pass@1"]["mean"] == pytest.approx(0.25)
    assert m["overall"]["pass@2"]["mean"] == pytest.approx(0.5)
    assert m["locality"]["mean"] == 1.0
    assert m["infra_rows"] == 2
    assert m["by"]["change_type"]["removed"]["tasks"] == 2


def test_seen_and_unseen_are_reported_per_family():
    rows = [_row("f/a", 0, True), _row("f/b", 0, False, split="test_unseen"),
            _row("g/c", 0, False, family="g"), _row("g/d", 0, True, family="g", split="test_unseen")]
    by = aggregate(rows)["by"]["family_split"]
    assert {k: v["pass@1"]["mean"] for k, v in by.items()} == {
        "f/test_seen": 1.0, "f/test_unseen": 0.0, "g/test_seen": 0.0, "g/test_unseen": 1.0}
