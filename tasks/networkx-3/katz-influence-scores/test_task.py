import pytest

from solution import InfluenceModel

FOLLOWS = [
    ("u1", "star"),
    ("u2", "star"),
    ("u3", "star"),
    ("star", "guru"),
    ("u1", "u2"),
    ("guru", "star"),
]


def test_converged_scores():
    assert InfluenceModel(FOLLOWS).scores() == {
        "guru": 1.1424,
        "star": 1.4242,
        "u1": 1.0,
        "u2": 1.1,
        "u3": 1.0,
    }


def test_ranking():
    assert InfluenceModel(FOLLOWS).ranking() == ["star", "guru", "u2", "u1", "u3"]


def test_few_iterations_with_large_alpha():
    assert InfluenceModel(FOLLOWS, alpha=0.5).scores(iterations=3) == {
        "guru": 2.5,
        "star": 3.5,
        "u1": 1.0,
        "u2": 1.5,
        "u3": 1.0,
    }
    assert InfluenceModel(FOLLOWS, beta=2.0).scores(iterations=1)["star"] == pytest.approx(2.0)
