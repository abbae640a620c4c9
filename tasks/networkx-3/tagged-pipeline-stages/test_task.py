import pytest

from solution import Pipeline


def _pipeline():
    return (
        Pipeline()
        .stage("fetch", tags=["ci", "nightly"])
        .stage("lint", after=["fetch"], tags=["ci"])
        .stage("build", after=["fetch"], tags=["ci", "nightly"])
        .stage("test", after=["build"], tags=["ci"])
        .stage("bench", after=["build"], tags=["nightly"])
        .stage("docs", tags=["nightly"])
    )


def test_full_plan():
    assert _pipeline().plan() == ["docs", "fetch", "build", "bench", "lint", "test"]


def test_plans_by_tag():
    pipeline = _pipeline()
    assert pipeline.plan("ci") == ["fetch", "build", "lint", "test"]
    assert pipeline.plan("nightly") == ["docs", "fetch", "build", "bench"]
    assert pipeline.plan("release") == []
    assert pipeline.dag.number_of_nodes() == 6


def test_cycle_rejected():
    pipeline = Pipeline().stage("a").stage("b", after=["a"])
    with pytest.raises(ValueError):
        pipeline.stage("a", after=["b"])
