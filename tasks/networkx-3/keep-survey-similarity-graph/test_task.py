from solution import similarity_graph

PEOPLE = ["p1", "p2", "p3", "p4"]
ANSWERS = [
    [1, 2, 3, 1],
    [1, 2, 3, 2],
    [3, 3, 1, 2],
    [1, 2, 1, 1],
]


def test_default_threshold():
    graph = similarity_graph(PEOPLE, ANSWERS)
    assert sorted(graph.nodes()) == PEOPLE
    assert sorted((min(u, v), max(u, v), w) for u, v, w in graph.edges(data="weight")) == [
        ("p1", "p2", 0.75),
        ("p1", "p4", 0.75),
    ]


def test_lower_threshold():
    graph = similarity_graph(PEOPLE, ANSWERS, min_agreement=0.5)
    assert graph.number_of_edges() == 3
    assert graph["p2"]["p4"]["weight"] == 0.5
    assert graph.degree("p3") == 0
