import networkx as nx

from solution import banner


def test_named_directed_graph():
    graph = nx.DiGraph([("a", "b"), ("b", "c")], name="flow")
    line = "=" * 45
    assert banner(graph, "Flows") == (
        f"{line}\nFlows\nDiGraph named 'flow' with 3 nodes and 2 edges\ndensity 0.33\n{line}"
    )


def test_long_title():
    title = "Quarterly supplier network analysis"
    text = banner(nx.cycle_graph(4), title)
    assert text.splitlines() == [
        "=" * len(title),
        title,
        "Graph with 4 nodes and 4 edges",
        "density 0.67",
        "=" * len(title),
    ]
