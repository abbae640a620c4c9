import networkx as nx
import pytest

from solution import routes_between, walk_counts


def _network():
    return nx.Graph(
        [("Abbey", "Bridge"), ("Bridge", "Castle"), ("Castle", "Abbey"), ("Castle", "Docks")]
    )


def test_two_and_three_leg_walks():
    network = _network()
    assert walk_counts(network, 2) == [[2, 1, 1, 1], [1, 2, 1, 1], [1, 1, 3, 0], [1, 1, 0, 1]]
    assert walk_counts(network, 3) == [[2, 3, 4, 1], [3, 2, 4, 1], [4, 4, 2, 3], [1, 1, 3, 0]]


def test_single_leg_and_zero_legs():
    network = _network()
    assert walk_counts(network, 1) == [[0, 1, 1, 0], [1, 0, 1, 0], [1, 1, 0, 1], [0, 0, 1, 0]]
    assert walk_counts(network, 0) == [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]
    assert all(isinstance(v, int) for row in walk_counts(network, 2) for v in row)


def test_routes_between_stations():
    network = _network()
    assert routes_between(network, "Abbey", "Docks", 4) == {1: 0, 2: 1, 3: 1, 4: 4}
    assert routes_between(network, "Castle", "Castle", 2) == {1: 0, 2: 3}
    with pytest.raises(KeyError):
        routes_between(network, "Abbey", "Harbour", 2)
