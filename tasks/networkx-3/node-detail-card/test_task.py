import networkx as nx
import pytest

from solution import OrgChart

REPORTS_TO = {"ceo": None, "cfo": "ceo", "cto": "ceo", "dev1": "cto", "dev2": "cto", "intern": "dev1"}


def test_tooltip_for_manager():
    chart = OrgChart(REPORTS_TO)
    assert chart.tooltip("cto") == (
        "Node cto has the following properties:\nDegree: 3\nNeighbors: ceo dev1 dev2"
    )


def test_tooltip_for_leaf_and_overview():
    chart = OrgChart(REPORTS_TO)
    assert chart.tooltip("intern") == "Node intern has the following properties:\nDegree: 1\nNeighbors: dev1"
    assert chart.overview() == "Graph with 6 nodes and 5 edges"
    solo = OrgChart({"founder": None})
    assert solo.tooltip("founder") == "Node founder has the following properties:\nDegree: 0\nNeighbors: "


def test_unknown_person():
    with pytest.raises(nx.NetworkXError):
        OrgChart(REPORTS_TO).tooltip("ghost")
