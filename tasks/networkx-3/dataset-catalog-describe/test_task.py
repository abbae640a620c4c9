import networkx as nx
import pytest

from solution import DatasetCatalog


def _catalog():
    return (
        DatasetCatalog()
        .register("karate", nx.Graph(nx.karate_club_graph(), name=""))
        .register("ladder", nx.ladder_graph(4))
        .register("citations", nx.DiGraph([(1, 2), (1, 3), (2, 3)], name="cites"))
        .register("flights", nx.MultiDiGraph([("AMS", "JFK"), ("AMS", "JFK"), ("JFK", "AMS")]))
    )


def test_describe_all_sorted():
    assert _catalog().describe() == [
        "citations: DiGraph named 'cites' with 3 nodes and 3 edges",
        "flights: MultiDiGraph with 2 nodes and 3 edges",
        "karate: Graph with 34 nodes and 78 edges",
        "ladder: Graph with 8 nodes and 10 edges",
    ]


def test_describe_one_and_duplicates():
    catalog = _catalog()
    assert catalog.describe("flights") == ["flights: MultiDiGraph with 2 nodes and 3 edges"]
    with pytest.raises(KeyError):
        catalog.register("ladder", nx.Graph())
