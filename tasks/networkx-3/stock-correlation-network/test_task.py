import pytest

from solution import clusters, correlation_network

TICKERS = ["AAA", "BBB", "CCC", "DDD", "EEE"]
CORR = [
    [1.0, 0.9, 0.2, -0.6, 0.1],
    [0.9, 1.0, 0.3, -0.4, 0.0],
    [0.2, 0.3, 1.0, 0.1, 0.7],
    [-0.6, -0.4, 0.1, 1.0, 0.0],
    [0.1, 0.0, 0.7, 0.0, 1.0],
]


def test_default_threshold_keeps_strong_links():
    network = correlation_network(TICKERS, CORR)
    assert sorted(network.nodes()) == TICKERS
    assert sorted((u, v, d["weight"]) for u, v, d in network.edges(data=True)) == [
        ("AAA", "BBB", 0.9),
        ("AAA", "DDD", -0.6),
        ("CCC", "EEE", 0.7),
    ]
    assert not network.is_directed()
    assert clusters(network) == [["AAA", "BBB", "DDD"], ["CCC", "EEE"]]


def test_high_threshold_leaves_isolated_tickers():
    network = correlation_network(TICKERS, CORR, threshold=0.8)
    assert network.number_of_nodes() == 5
    assert list(network.edges(data="weight")) in ([("AAA", "BBB", 0.9)], [("BBB", "AAA", 0.9)])
    assert clusters(network) == [["AAA", "BBB"], ["CCC"], ["DDD"], ["EEE"]]


def test_shape_mismatch():
    with pytest.raises(ValueError):
        correlation_network(["AAA", "BBB"], CORR)
