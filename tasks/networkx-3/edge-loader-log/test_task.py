import networkx as nx

from solution import load_interactions

ROWS = [("a", "b"), ("b", "c"), ("", "d"), ("c", "c"), ("a",), ("c", "a"), ("b", "a")]


def test_undirected_log():
    log = []
    graph = load_interactions(ROWS, log)
    assert log == ["skipped 3 row(s)", "Graph named 'interactions' with 3 nodes and 3 edges"]
    assert isinstance(graph, nx.Graph)


def test_directed_log_appends():
    log = ["start"]
    graph = load_interactions(ROWS, log, directed=True)
    assert log == ["start", "skipped 3 row(s)", "DiGraph named 'interactions' with 3 nodes and 4 edges"]
    assert graph.has_edge("b", "a") and graph.has_edge("a", "b")


def test_empty_input():
    log = []
    load_interactions([], log)
    assert log == ["skipped 0 row(s)", "Graph named 'interactions' with 0 nodes and 0 edges"]
