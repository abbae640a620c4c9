import networkx as nx

from solution import confusion_graph, most_confused_class, top_confusions

LABELS = ["cat", "dog", "fox", "owl"]
CONFUSION = [
    [50, 7, 3, 0],
    [11, 40, 1, 0],
    [2, 6, 30, 1],
    [0, 0, 0, 12],
]


def test_graph_has_only_mistakes():
    graph = confusion_graph(LABELS, CONFUSION)
    assert isinstance(graph, nx.DiGraph)
    assert sorted(graph.nodes()) == ["cat", "dog", "fox", "owl"]
    assert sorted((u, v, d["weight"]) for u, v, d in graph.edges(data=True)) == [
        ("cat", "dog", 7),
        ("cat", "fox", 3),
        ("dog", "cat", 11),
        ("dog", "fox", 1),
        ("fox", "cat", 2),
        ("fox", "dog", 6),
        ("fox", "owl", 1),
    ]
    assert nx.number_of_selfloops(graph) == 0


def test_top_confusions():
    assert top_confusions(LABELS, CONFUSION) == [("dog", "cat", 11), ("cat", "dog", 7), ("fox", "dog", 6)]
    assert top_confusions(LABELS, CONFUSION, n=5)[3:] == [("cat", "fox", 3), ("fox", "cat", 2)]


def test_most_confused_class():
    assert most_confused_class(LABELS, CONFUSION) == "dog"
    assert most_confused_class(["a", "b"], [[5, 0], [3, 1]]) == "b"
