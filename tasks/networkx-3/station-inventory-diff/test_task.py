import networkx as nx

from solution import inventory_report, same_stations


def _model(stations):
    graph = nx.Graph()
    for name, platforms in stations.items():
        graph.add_node(name, platforms=platforms)
    return graph


def test_identical_models_in_any_order():
    a = _model({"york": 11, "leeds": 17, "hull": 7})
    b = _model({"hull": 7, "york": 11, "leeds": 17})
    assert same_stations(a, b) is True
    assert inventory_report(a, b) == {"same_stations": True, "same_details": True, "only_in_a": [], "only_in_b": []}


def test_attribute_and_membership_differences():
    a = _model({"york": 11, "leeds": 17, "hull": 7})
    b = _model({"york": 11, "leeds": 18, "hull": 7})
    assert same_stations(a, b) is False
    assert same_stations(a, b, with_attributes=False) is True
    c = _model({"york": 11, "leeds": 17, "selby": 3})
    assert inventory_report(a, c) == {
        "same_stations": False,
        "same_details": False,
        "only_in_a": ["hull"],
        "only_in_b": ["selby"],
    }
