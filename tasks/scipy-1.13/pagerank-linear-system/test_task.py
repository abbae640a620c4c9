import pytest

from solution import pagerank


def test_small_graph_scores():
    scores = pagerank({"a": ["b", "c"], "b": ["c"], "c": ["a"], "d": ["c"]})
    assert scores == pytest.approx({"a": 0.372527, "b": 0.195824, "c": 0.394149, "d": 0.0375}, abs=2e-6)


def test_dangling_page_and_damping():
    links = {"home": ["about", "blog"], "about": ["home"], "blog": ["home", "post"], "post": []}
    scores = pagerank(links, damping=0.9)
    assert scores == pytest.approx(
        {"about": 0.230342, "blog": 0.230342, "home": 0.373312, "post": 0.166005}, abs=2e-6
    )
    assert sum(scores.values()) == pytest.approx(1.0, abs=1e-5)


def test_symmetric_cycle_is_uniform():
    scores = pagerank({"x": ["y"], "y": ["z"], "z": ["x"]})
    assert scores == pytest.approx({"x": 1 / 3, "y": 1 / 3, "z": 1 / 3}, abs=2e-6)
