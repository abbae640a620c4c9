from __future__ import annotations

import math

import pytest

from benchmark.metrics import aggregate, bootstrap, net, pass_at_k, wilson
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


def test_bootstrap_is_seeded_and_strictly_inside_the_range_of_the_data():
    values = [0.0, 0.1, 0.9, 1.0, 0.3, 0.7, 0.2, 0.8]
    assert bootstrap(values) == bootstrap(values)
    assert bootstrap(values, seed=1) != bootstrap(values, seed=2)
    low, high = bootstrap(values)
    # Means of 8 resampled values: far from both extremes of the data, around its mean of 0.5.
    assert 0.1 < low < 0.5 < high < 0.9


def test_clustered_bootstrap_is_wider_when_tasks_of_a_change_agree():
    # 10 changes x 5 tasks; within a change every task has the same outcome (they share the
    # change's difficulty). Resampling tasks treats 50 draws as independent; resampling changes
    # sees only 10, and the interval must widen accordingly.
    values = [float(c % 2) for c in range(10) for _ in range(5)]
    clusters = [f"c{c}" for c in range(10) for _ in range(5)]
    flat_low, flat_high = bootstrap(values)
    low, high = bootstrap(values, clusters)
    assert (high - low) > 1.6 * (flat_high - flat_low)
    # Unequal cluster sizes: the mean of a resample is its total over its task count.
    assert bootstrap([1.0, 1.0, 1.0, 0.0], ["a", "a", "a", "b"], rounds=200) != (0.0, 0.0)


def _row(task: str, sample: int, passed: bool, kind: str = "migrate", status: str | None = None, **kw) -> SampleRecord:
    base = dict(task=task, family="f", family_version=1, task_hash="h", library="lib", kind=kind, split="test_seen",
                change_id="c", change_type="removed", deprecation=False, sample=sample, candidate="",
                status=status or ("pass" if passed else "fail"), exec=True, passed=passed, api=passed,
                fixed=passed if kind != "keep" else None)
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


def test_fix_at_1_is_not_pass_at_1():
    # A deprecation task whose old code still passes (with a warning): pass, but not fixed.
    rows = [_row("f/a", 0, True, api=False, fixed=False, deprecation=True), _row("f/b", 0, True)]
    m = aggregate(rows)
    assert m["overall"]["pass@1"]["mean"] == 1.0
    assert m["overall"]["fix@1"]["mean"] == 0.5


def test_fix_at_k_uses_the_unbiased_estimator_over_fixed_samples():
    rows = [_row("f/a", s, passed=True, fixed=s < 2) for s in range(5)] + \
           [_row("f/b", s, passed=False) for s in range(5)]
    m = aggregate(rows, samples=5)
    assert m["overall"]["fix@1"]["mean"] == pytest.approx((2 / 5 + 0) / 2)
    assert m["overall"]["fix@5"]["mean"] == pytest.approx((pass_at_k(5, 2, 5) + 0) / 2)
    assert m["overall"]["pass@5"]["mean"] == pytest.approx(0.5)


def test_summaries_carry_their_n_and_upass_only_where_defined():
    rows = [_row("f/a", 0, True, upass=True), _row("f/b", 0, True, upass=None), _row("f/c", 0, False, upass=False)]
    m = aggregate(rows)
    assert m["overall"]["upass"]["n"] == 2 and m["overall"]["upass"]["mean"] == 0.5
    assert m["overall"]["fix@1"]["n"] == 3 and m["overall"]["fix@1"]["clusters"] == 1


def test_net_is_zero_for_doing_nothing_and_charges_broken_keep_tasks():
    noop = [_row(f"f/t{i}", 0, False, change_id=f"c{i}") for i in range(4)] + \
           [_row(f"f/k{i}", 0, True, kind="keep", change_id=f"k{i}") for i in range(2)]
    assert net([r for r in noop if r.kind != "keep"], [r for r in noop if r.kind == "keep"])["mean"] == 0.0
    # Fixes 2 of 4 target tasks but breaks 1 of 2 keep tasks: (2 - 1) / 4.
    target = [_row(f"f/t{i}", 0, i < 2, change_id=f"c{i}") for i in range(4)]
    keep = [_row("f/k0", 0, True, kind="keep", change_id="k0"), _row("f/k1", 0, False, kind="keep", change_id="k1")]
    result = net(target, keep)
    assert result["mean"] == pytest.approx(0.25) and result["n"] == 4 and result["keep_n"] == 2
    assert result["ci_low"] <= 0.25 <= result["ci_high"] and result["ci_low"] < result["ci_high"]
    m = aggregate(target + keep)
    assert m["net"]["mean"] == pytest.approx(0.25) and m["net_by_family"]["f"]["mean"] == pytest.approx(0.25)


def test_seen_and_unseen_are_reported_per_family():
    rows = [_row("f/a", 0, True), _row("f/b", 0, False, split="test_unseen"),
            _row("g/c", 0, False, family="g"), _row("g/d", 0, True, family="g", split="test_unseen")]
    by = aggregate(rows)["by"]["family_split"]
    assert {k: v["fix@1"]["mean"] for k, v in by.items()} == {
        "f/test_seen": 1.0, "f/test_unseen": 0.0, "g/test_seen": 0.0, "g/test_unseen": 1.0}
    per_type = aggregate(rows)["by"]["family_change_type"]
    assert per_type["g"]["removed"]["fix@1"]["mean"] == 0.5
