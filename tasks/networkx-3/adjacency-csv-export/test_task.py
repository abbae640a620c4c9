import csv

import networkx as nx

from solution import AdjacencyExporter


def _orchard():
    graph = nx.Graph()
    graph.add_edge("oak", "elm", weight=2.5)
    graph.add_edge("elm", "ash", weight=4)
    graph.add_node("yew")
    return graph


def test_weighted_undirected_rows():
    assert AdjacencyExporter(_orchard()).rows() == [
        ["", "ash", "elm", "oak", "yew"],
        ["ash", "0", "4", "0", "0"],
        ["elm", "4", "0", "2.5", "0"],
        ["oak", "0", "2.5", "0", "0"],
        ["yew", "0", "0", "0", "0"],
    ]


def test_directed_custom_weight_and_missing_value():
    graph = nx.DiGraph()
    graph.add_edge(2, 10, cost=7)
    graph.add_edge(10, 3, cost=1.25)
    graph.add_edge(3, 3, cost=2)
    assert AdjacencyExporter(graph, weight="cost", missing=-1.0).rows() == [
        ["", "10", "2", "3"],
        ["10", "-1", "-1", "1.25"],
        ["2", "7", "-1", "-1"],
        ["3", "-1", "-1", "2"],
    ]
    assert AdjacencyExporter(graph, weight=None).rows()[1:] == [
        ["10", "0", "0", "1"],
        ["2", "1", "0", "0"],
        ["3", "0", "0", "1"],
    ]


def test_write_csv_file():
    path = AdjacencyExporter(_orchard()).write("orchard.csv")
    with open(path, newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["", "ash", "elm", "oak", "yew"]
    assert rows[2] == ["elm", "4", "0", "2.5", "0"]
    assert len(rows) == 5
