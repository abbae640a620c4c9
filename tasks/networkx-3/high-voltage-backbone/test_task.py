import networkx as nx

from solution import backbone, backbone_summary


def _grid():
    grid = nx.Graph()
    for name, region in [("s1", "north"), ("s2", "north"), ("s3", "north"), ("s4", "south"), ("s5", "north")]:
        grid.add_node(name, region=region)
    for a, b, kv in [("s1", "s2", 380), ("s2", "s3", 110), ("s3", "s5", 220), ("s1", "s4", 380), ("s1", "s5", 150)]:
        grid.add_edge(a, b, kv=kv)
    return grid


def test_default_backbone():
    assert backbone_summary(_grid(), "north") == {
        "substations": ["s1", "s2", "s3", "s5"],
        "lines": [("s1", "s2"), ("s3", "s5")],
        "islands": [["s1", "s2"], ["s3", "s5"]],
    }


def test_lower_threshold_and_other_region():
    assert backbone_summary(_grid(), "north", min_kv=100)["islands"] == [["s1", "s2", "s3", "s5"]]
    assert backbone_summary(_grid(), "south") == {"substations": ["s4"], "lines": [], "islands": [["s4"]]}


def test_backbone_is_a_view():
    grid = _grid()
    view = backbone(grid, "north")
    grid.edges["s2", "s3"]["kv"] = 400
    assert view.has_edge("s2", "s3")
    assert grid.number_of_edges() == 5
